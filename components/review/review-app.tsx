// The review window (issue 3 §2): an extension popup window, so a page can neither frame nor
// overlay it. Shows what will be ordered — lines, total, ship-to, warehouse, backorder choice —
// and the only `Confirm order` of the extension. A re-submission shows the new …-R<n> number.
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { SubmissionView } from '../../lib/orders/views';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { formatMoney } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import { BlockingProblems } from '../sidebar/blocking-problems';
import { LinesTable } from '../sidebar/lines-table';
import { SubmissionStatus } from '../sidebar/submission-status';
import { ReviewChoices } from './review-choices';

export interface ReviewTarget {
  poId: number;
  resubmit: boolean;
}

export function ReviewApp({ target }: { target: ReviewTarget }) {
  const api = useApi();
  const { state } = useRequest(async () => {
    const [po, check, submission] = await Promise.all([
      api('purchaseOrder.get', { poId: target.poId }),
      api('order.check', { poId: target.poId }),
      api('order.state', { poId: target.poId }),
    ]);
    return { po, check, submission };
  }, [api, target.poId]);
  const [warehouse, setWarehouse] = useState('');
  const [allowBackorder, setAllowBackorder] = useState(true);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SubmissionView>();
  const [error, setError] = useState<AppErrorData>();

  if (state.status === 'loading') return <p role="status">Checking the order with TD SYNNEX…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const { po, check, submission } = state.value;
  const nextNumber =
    target.resubmit && submission ? nextAttemptNumber(submission.distributorPoNumber) : undefined;
  const blocking = check.blocking.filter((p) => !(target.resubmit && p.code === 'already-ordered'));
  const continuing =
    !target.resubmit && submission && (submission.state === 'intent' || submission.state === 'unknown');
  const canConfirm = !result && !sending && (blocking.length === 0 || continuing === true);

  const confirm = async () => {
    setSending(true);
    setError(undefined);
    try {
      setResult(
        await api('order.submit', {
          poId: po.id,
          allowBackorder,
          ...(warehouse ? { shipFromWarehouse: warehouse } : {}),
          ...(target.resubmit ? { resubmit: true } : {}),
        }),
      );
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <main>
      <h1>
        {target.resubmit ? 'Re-submit as new order' : 'Review order'} {po.number}
      </h1>
      {nextNumber ? (
        <p>
          This places a NEW TD SYNNEX order with PO number <strong>{nextNumber}</strong>.
        </p>
      ) : null}
      <dl className="facts">
        <dt>Ship to</dt>
        <dd>
          {[
            po.shipTo.name,
            po.shipTo.address1,
            po.shipTo.address2,
            po.shipTo.city,
            po.shipTo.state,
            po.shipTo.postalCode,
          ]
            .filter(Boolean)
            .join(', ')}
        </dd>
        <dt>Total at TD SYNNEX prices</dt>
        <dd>{formatMoney(check.distributorTotal)}</dd>
        <dt>Total in Autotask</dt>
        <dd>{formatMoney(po.total)}</dd>
      </dl>
      <LinesTable lines={po.lines} check={check} />
      <BlockingProblems problems={blocking} />
      <ReviewChoices
        warehouses={check.warehouses}
        warehouse={warehouse}
        onWarehouse={setWarehouse}
        allowBackorder={allowBackorder}
        onAllowBackorder={setAllowBackorder}
      />
      {result ? <SubmissionStatus submission={result} /> : null}
      {error ? <ErrorHint error={error} /> : null}
      <div className="actions">
        <button type="button" disabled={!canConfirm} onClick={() => void confirm()}>
          Confirm order
        </button>
        {sending ? <span role="status">Submitting to TD SYNNEX…</span> : null}
      </div>
    </main>
  );
}

/** `AT1-2` → `AT1-2-R2`, `AT1-2-R2` → `AT1-2-R3` (lib/orders/po-number.ts). */
function nextAttemptNumber(current: string): string {
  const match = /^(.*?)(?:-R(\d+))?$/.exec(current);
  const base = match?.[1] ?? current;
  const attempt = match?.[2] ? Number(match[2]) : 1;
  return `${base}-R${attempt + 1}`;
}
