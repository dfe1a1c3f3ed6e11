// The order part of the sidebar (issue 3 §1–§2): the lines with TD SYNNEX price, stock and badges,
// `Check price and availability`, `Submit to TD SYNNEX` (check, then the review window) and the
// submission's state. The sidebar never places an order: a hostile page can frame it, so Confirm
// lives in the review window (an extension popup window).
import { useCallback, useEffect, useState } from 'react';
import type { PurchaseOrderView } from '../../lib/messaging/results';
import type { OrderCheckView, SubmissionView } from '../../lib/orders/views';
import type { AppErrorData } from '../../lib/errors/app-error';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import { BlockingProblems } from './blocking-problems';
import { LinesTable } from './lines-table';
import { nudgeBadges } from './page-nudge';
import { SubmissionStatus } from './submission-status';

/** After every check: the host page's inline badges follow the sidebar's. */
function withNudge(check: OrderCheckView): OrderCheckView {
  // Best effort: without a content script (sidebar opened on its own) there is nothing to update.
  nudgeBadges().catch(() => {});
  return check;
}

/** How often the sidebar re-reads the submission while a review window is open. */
export const STATE_POLL_MS = 2_000;

export function OrderPanel({ po }: { po: PurchaseOrderView }) {
  const api = useApi();
  // The lines show TD SYNNEX price and stock from the start when the PO is for TD SYNNEX.
  const initialCheck = useRequest(
    async () => (po.isDistributorVendor ? withNudge(await api('order.check', { poId: po.id })) : undefined),
    [api, po.id, po.isDistributorVendor],
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
    const result = withNudge(await api('order.check', { poId: po.id, clicked: true }));
    setCheck(result);
    return result;
  }, [api, po.id]);

  const readState = useCallback(async () => {
    const state = await api('order.state', { poId: po.id });
    setSubmission(state);
    return state;
  }, [api, po.id]);

  // Also while a submission is still being settled (a restarted worker looks it up meanwhile).
  const settling = submission !== null && submission.state !== 'accepted' && submission.state !== 'rejected';
  const pendingWriteBack = submission?.state === 'accepted' && submission.writeBack !== 'done';
  useEffect(() => {
    if (!watching && !settling && !pendingWriteBack) return;
    const timer = setInterval(() => {
      void readState().then(
        (state) => {
          if (state && (state.state === 'accepted' || state.state === 'rejected')) setWatching(false);
        },
        () => undefined,
      );
    }, STATE_POLL_MS);
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

  return (
    <>
      <LinesTable lines={po.lines} {...(check ? { check } : {})} />
      {submission ? (
        <SubmissionStatus submission={submission} onResubmit={() => void act('submit', () => review(true))} />
      ) : null}
      {check ? <BlockingProblems problems={check.blocking} /> : null}
      <div className="actions">
        <button
          type="button"
          disabled={busy !== undefined}
          onClick={() => void act('check', async () => void (await runCheck()))}
        >
          Check price and availability
        </button>
        {!submission || submission.state === 'intent' || submission.state === 'unknown' ? (
          <button type="button" disabled={busy !== undefined} onClick={() => void submit()}>
            Submit to TD SYNNEX
          </button>
        ) : null}
      </div>
      {busy === 'check' ? <p role="status">Checking with TD SYNNEX…</p> : null}
      {note ? <p role="status">{note}</p> : null}
      {error || loadError ? <ErrorHint error={(error ?? loadError)!} /> : null}
    </>
  );
}
