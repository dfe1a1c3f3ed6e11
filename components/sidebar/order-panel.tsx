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
import { toAppError } from '../ui/use-request';
import { BlockingProblems } from './blocking-problems';
import { LinesTable } from './lines-table';
import { nudgeBadges } from './page-nudge';
import { SubmissionStatus } from './submission-status';

/** How often the sidebar re-reads the submission while a review window is open. */
export const STATE_POLL_MS = 2_000;

export function OrderPanel({ po }: { po: PurchaseOrderView }) {
  const api = useApi();
  const [check, setCheck] = useState<OrderCheckView>();
  const [submission, setSubmission] = useState<SubmissionView | null>(null);
  const [busy, setBusy] = useState<'check' | 'submit'>();
  const [error, setError] = useState<AppErrorData>();
  const [note, setNote] = useState<string>();
  const [watching, setWatching] = useState(false);

  const runCheck = useCallback(async () => {
    setError(undefined);
    const result = await api('order.check', { poId: po.id });
    setCheck(result);
    nudgeBadges();
    return result;
  }, [api, po.id]);

  const readState = useCallback(async () => {
    const state = await api('order.state', { poId: po.id });
    setSubmission(state);
    return state;
  }, [api, po.id]);

  useEffect(() => {
    void readState().catch((e: unknown) => setError(toAppError(e)));
  }, [readState]);

  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(() => {
      void readState().then(
        (state) => {
          if (state && (state.state === 'accepted' || state.state === 'rejected')) setWatching(false);
        },
        () => undefined,
      );
    }, STATE_POLL_MS);
    return () => clearInterval(timer);
  }, [watching, readState]);

  const act = async (kind: 'check' | 'submit', work: () => Promise<void>) => {
    setBusy(kind);
    setNote(undefined);
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
        <SubmissionStatus
          submission={submission}
          onResubmit={() => void act('submit', () => review(true))}
        />
      ) : null}
      {check ? <BlockingProblems problems={check.blocking} /> : null}
      <div className="actions">
        <button type="button" disabled={busy !== undefined} onClick={() => void act('check', async () => void (await runCheck()))}>
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
      {error ? <ErrorHint error={error} /> : null}
    </>
  );
}
