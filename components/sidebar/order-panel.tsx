// The order part of the sidebar (issue 3 §1–§2, issue 10 §3, issue 12): the lines as cards with the
// PO's distributor's price, stock, status and each problem with its fix, and the other connected
// distributors' offers beside them; `Check price and availability`, `Submit to <distributor>` (check,
// then the review window) and the submission's state. The sidebar never places an
// order: a hostile page can frame it, so Confirm lives in the review window (an extension popup).
import { useCallback, useEffect, useState } from 'react';
import type { PurchaseOrderView } from '../../lib/messaging/results';
import type { BlockingCode, OrderCheckView, SubmissionView } from '../../lib/orders/views';
import type { AppErrorData } from '../../lib/errors/app-error';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import { BlockingProblems } from './blocking-problems';
import { LineCards } from './line-cards';
import { OrderedState } from './ordered-state';
import { nudgeBadges } from './page-nudge';
import { canOrder, isCancelled } from './po-notices';
import { Waiting } from './progress';
import { SubmissionStatus } from './submission-status';
import { useOrderChanges } from './use-order-changes';

/** After every check, answered or failed: the host page's inline badges follow the sidebar's. */
async function withNudge(check: Promise<OrderCheckView>): Promise<OrderCheckView> {
  try {
    return await check;
  } finally {
    // Best effort: without a content script (sidebar opened on its own) there is nothing to update.
    nudgeBadges().catch(() => {});
  }
}

/** How often the sidebar re-reads the submission while a review window is open (a fallback: the
 * change signal normally arrives first). */
export const STATE_POLL_MS = 2_000;

// Shown elsewhere in the sidebar, not as "Cannot submit yet": the Ordered state, the submission's
// own status, the vendor / cancelled notice (po-notices.tsx).
const SHOWN_ELSEWHERE: ReadonlySet<BlockingCode> = new Set([
  'already-ordered',
  'in-progress',
  'not-distributor-vendor',
]);

const settled = (state: SubmissionView | null) => state?.state === 'accepted' || state?.state === 'rejected';

interface Props {
  po: PurchaseOrderView;
  /** The submission changed in the background: the PO's status, order number and activity too. */
  onOrderChanged?: () => void;
}

export function OrderPanel({ po, onOrderChanged }: Props) {
  const api = useApi();
  const orderable = canOrder(po);
  const label = po.distributor?.label ?? 'the distributor';
  // The lines show the distributor's price and stock from the start when the PO is for a distributor.
  const initialCheck = useRequest(
    async () => (orderable ? withNudge(api('order.check', { poId: po.id })) : undefined),
    [api, po.id, orderable],
  );
  const initialState = useRequest(() => api('order.state', { poId: po.id }), [api, po.id]);
  const [checked, setCheck] = useState<OrderCheckView>();
  const [read, setSubmission] = useState<SubmissionView | null>();
  const [busy, setBusy] = useState<'check' | 'submit'>();
  const [error, setError] = useState<AppErrorData>();
  const [note, setNote] = useState<string>();
  const [watching, setWatching] = useState(false);
  const check = checked ?? (initialCheck.state.status === 'done' ? initialCheck.state.value : undefined);
  const submission =
    read !== undefined ? read : initialState.state.status === 'done' ? initialState.state.value : null;
  const loadError =
    initialState.state.status === 'failed'
      ? initialState.state.error
      : initialCheck.state.status === 'failed'
        ? initialCheck.state.error
        : undefined;

  const runCheck = useCallback(async () => {
    // A check the user asked for: the background logs it when it finds a problem (issue 10 §2).
    const result = await withNudge(api('order.check', { poId: po.id, clicked: true }));
    setCheck(result);
    return result;
  }, [api, po.id]);

  const readState = useCallback(async () => {
    const state = await api('order.state', { poId: po.id });
    setSubmission(state);
    if (settled(state)) {
      setWatching(false);
      setNote(undefined); // "Review the order in the window that opened…" is over
    }
    return state;
  }, [api, po.id]);

  // Confirm in the review window, the Create Orders template, a recovery: follow it at once.
  useOrderChanges(po.id, () => {
    void readState().catch(() => undefined);
    onOrderChanged?.();
  });

  // Also while a submission is still being settled (a restarted worker looks it up meanwhile).
  const settling = submission !== null && !settled(submission);
  const pendingWriteBack = submission?.state === 'accepted' && submission.writeBack !== 'done';
  useEffect(() => {
    if (!watching && !settling && !pendingWriteBack) return;
    const timer = setInterval(() => void readState().catch(() => undefined), STATE_POLL_MS);
    return () => clearInterval(timer);
  }, [watching, settling, pendingWriteBack, readState]);

  const act = async (kind: 'check' | 'submit', work: () => Promise<void>) => {
    setBusy(kind);
    setNote(undefined);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(undefined);
    }
  };

  const review = async (resubmit: boolean) => {
    await api('order.review', { poId: po.id, ...(resubmit ? { resubmit: true } : {}) });
    setNote('Review the order in the window that opened, then Confirm order there.');
    setWatching(true);
  };

  const submit = () =>
    act('submit', async () => {
      const result = await runCheck();
      if (result.blocking.length) return;
      await review(false);
    });

  const firstCheck = orderable && initialCheck.state.status === 'loading';
  const checking = busy !== undefined || firstCheck;
  const orderedOnPo = !submission ? check?.blocking.find((p) => p.code === 'already-ordered') : undefined;
  const canSubmit =
    orderable &&
    !orderedOnPo &&
    (!submission || submission.state === 'intent' || submission.state === 'unknown');
  const blocking = (check?.blocking ?? []).filter(
    (p) => !SHOWN_ELSEWHERE.has(p.code) && !(p.code === 'po-closed' && isCancelled(po)),
  );
  // Submit stays visible but cannot be pressed while a problem is listed (a check clears it).
  const blocked = submission?.state !== 'accepted' && !orderedOnPo && blocking.length > 0;
  const lineCount = po.lines.length === 1 ? '1 line' : `${po.lines.length} lines`;

  return (
    <>
      {submission ? (
        <SubmissionStatus
          submission={submission}
          statusLabel={po.statusLabel}
          busy={checking}
          onResubmit={() => void act('submit', () => review(true))}
        />
      ) : null}
      {orderedOnPo ? (
        <OrderedState
          label={label}
          orderNumbers={orderedOnPo.orderNumbers ?? []}
          statusLabel={po.statusLabel}
        />
      ) : null}
      {firstCheck || busy === 'check' ? (
        <Waiting>{`Asking ${label} for price and availability of ${lineCount}…`}</Waiting>
      ) : null}
      {busy === 'submit' ? (
        <Waiting>{`Checking with ${label}, then opening the review window…`}</Waiting>
      ) : null}
      <LineCards lines={po.lines} label={label} checking={checking} {...(check ? { check } : {})} />
      {submission?.state === 'accepted' || orderedOnPo ? null : <BlockingProblems problems={blocking} />}
      {orderable ? (
        <div className="actions">
          <button
            type="button"
            disabled={checking}
            onClick={() => void act('check', async () => void (await runCheck()))}
          >
            Check price and availability
          </button>
          {canSubmit ? (
            <button
              type="button"
              className="primary"
              disabled={checking || blocked}
              {...(blocked ? { 'aria-describedby': 'blocked-note' } : {})}
              onClick={() => void submit()}
            >
              Submit to {label}
            </button>
          ) : null}
        </div>
      ) : null}
      {canSubmit && blocked ? (
        <p id="blocked-note" className="muted">
          Fix what is listed under “Cannot submit yet”, then Check price and availability again.
        </p>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
      {error || loadError ? <ErrorHint error={(error ?? loadError)!} /> : null}
    </>
  );
}
