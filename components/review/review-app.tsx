// The review window (issue 3 §2, issue 10 §5): an extension popup window, so a page can neither frame
// nor overlay it. Shows what will be ordered — lines with Autotask's cost against the distributor's price,
// total, ship-to, warehouse and backorder choice — and the only `Confirm order` of the extension,
// usable once the window has been in front for a second (issue 11 §1) and every risky line is
// acknowledged. After Confirm it shows the result and `Close`; an unanswered Confirm is re-sent.
import { useMemo, useState } from 'react';
import type { OrderCheckView } from '../../lib/orders/views';
import { useApi } from '../ui/api';
import { WindowConfirmButton } from '../ui/confirm-button';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { BlockingProblems } from '../sidebar/blocking-problems';
import { ReviewChoices } from './review-choices';
import { checkLabel, DriftWarning, ReviewLines } from './review-lines';
import { ReviewResult } from './review-result';
import { blockedWithoutBackorders, lineRisk } from './review-rules';
import { useSubmitOrder } from './use-submit-order';

export interface ReviewTarget {
  poId: number;
  resubmit: boolean;
}

interface Props {
  target: ReviewTarget;
  /** Re-send timing (use-submit-order.ts); tests shorten it. */
  resume?: { delays?: readonly number[]; resumeForMs?: number };
  onClose?: () => void;
}

function warehouseNames(check: OrderCheckView): Map<string, string> {
  const names = new Map(check.warehouses.map((w) => [w.id, w.name]));
  for (const line of check.lines) for (const w of line.warehouses) names.set(w.id, w.name);
  return names;
}

export function ReviewApp({ target, resume, onClose = () => window.close() }: Props) {
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
  const [backorderChoice, setBackorderChoice] = useState<boolean>();
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<number>>(new Set());
  const { phase, submit } = useSubmitOrder(api, resume);
  const names = useMemo(
    () => (state.status === 'done' ? warehouseNames(state.value.check) : new Map<string, string>()),
    [state],
  );

  if (state.status === 'loading') return <p role="status">Checking the order with the distributor…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const { po, check, submission } = state.value;
  const label = checkLabel(check);
  // The backorder default is Create Orders' setting (issue 10 §5).
  const allowBackorder = backorderChoice ?? check.backorderPolicy !== 'reject';
  const nextAttempt = target.resubmit && submission ? submission.attempt + 1 : undefined;
  const nextNumber = nextAttempt
    ? `${submission?.distributorPoNumber.replace(/-R\d+$/, '')}-R${nextAttempt}`
    : undefined;
  const blocking = check.blocking.filter((p) => !(target.resubmit && p.code === 'already-ordered'));
  const continuing =
    !target.resubmit && submission && (submission.state === 'intent' || submission.state === 'unknown');
  const risky = check.lines.filter((line) => lineRisk(line) !== undefined);
  const blockedLines = allowBackorder ? [] : risky.filter(blockedWithoutBackorders);
  const unacknowledged = risky.filter(
    (line) => !blockedLines.includes(line) && !acknowledged.has(line.itemId),
  );
  const busy = phase.status === 'sending' || phase.status === 'resuming';
  const canConfirm =
    !busy &&
    (continuing === true ||
      (blocking.length === 0 && blockedLines.length === 0 && unacknowledged.length === 0));

  const confirm = () =>
    void submit({
      poId: po.id,
      allowBackorder,
      ...(warehouse ? { shipFromWarehouse: warehouse } : {}),
      ...(target.resubmit ? { resubmit: true, ...(nextAttempt ? { attempt: nextAttempt } : {}) } : {}),
    });

  // Done here, or already ordered before this window opened (a second window, a reopened one).
  const result =
    phase.status === 'done'
      ? phase.result
      : !target.resubmit && submission?.state === 'accepted' && phase.status === 'idle'
        ? submission
        : undefined;
  if (result) {
    return (
      <main>
        <h1>
          {target.resubmit ? 'Re-submitted' : 'Ordered'} {po.number}
        </h1>
        <ReviewResult result={result} warehouseNames={names} onClose={onClose} />
      </main>
    );
  }

  return (
    <main>
      <h1>
        {target.resubmit ? 'Re-submit as new order' : 'Review order'} {po.number}
      </h1>
      {nextNumber ? (
        <p>
          This places a NEW {label} order with PO number <strong>{nextNumber}</strong>.
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
      </dl>
      <DriftWarning check={check} />
      <div className="table-scroll">
        <ReviewLines
          check={check}
          allowBackorder={allowBackorder}
          acknowledged={acknowledged}
          locked={busy}
          onAcknowledge={(itemId, yes) =>
            setAcknowledged((current) => {
              const next = new Set(current);
              if (yes) next.add(itemId);
              else next.delete(itemId);
              return next;
            })
          }
        />
      </div>
      <BlockingProblems problems={blocking} />
      <ReviewChoices
        label={label}
        warehouses={check.warehouses}
        warehouse={warehouse}
        onWarehouse={setWarehouse}
        allowBackorder={allowBackorder}
        onAllowBackorder={setBackorderChoice}
        locked={busy}
      />
      {phase.status === 'failed' ? <ErrorHint error={phase.error} hintId={phase.hintId} /> : null}
      <div className="actions row">
        <WindowConfirmButton onConfirm={confirm} disabled={!canConfirm}>
          Confirm order
        </WindowConfirmButton>
        {phase.status === 'sending' ? <span role="status">Submitting to {label}…</span> : null}
        {phase.status === 'resuming' ? (
          <span role="status">
            Resuming… the extension restarted while placing the order; it is finishing that same order
            (nothing is sent twice).
          </span>
        ) : null}
        {!busy && !canConfirm ? (
          <ConfirmBlockers count={unacknowledged.length} blocked={blockedLines.length} />
        ) : null}
      </div>
    </main>
  );
}

function ConfirmBlockers({ count, blocked }: { count: number; blocked: number }) {
  if (blocked > 0) {
    return (
      <span className="status-warn">
        {blocked === 1 ? 'A line cannot' : `${blocked} lines cannot`} be ordered without backorders.
      </span>
    );
  }
  if (count > 0) {
    return (
      <span className="status-warn">
        Tick the acknowledgement of {count === 1 ? 'the marked line' : `the ${count} marked lines`} first.
      </span>
    );
  }
  return null;
}
