// Sends the review window's one order.submit and sees it through (issue 10 §4). When the background
// gives no answer — the service worker stopped while it handled Confirm, so the message channel
// closed — or answers with an outcome still being settled, the same Confirm is sent again by itself
// ("Resuming…"): the background is idempotent per PO number (lib/orders/service.ts), so a re-send
// continues the same submission and never places a second order.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { PayloadOf } from '../../lib/messaging/protocol';
import type { SubmissionView } from '../../lib/orders/views';
import type { Api } from '../ui/api';
import { toAppError } from '../ui/use-request';

/**
 * Waits between re-sends; the last repeats until RESUME_FOR_MS has passed. Each re-send of an
 * unsettled order costs one distributor order-status lookup, so they slow down.
 */
export const RESUME_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000] as const;
/** After this the window shows the unsettled outcome; the background keeps settling it (recovery). */
export const RESUME_FOR_MS = 120_000;

export type SubmitPhase =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'resuming' }
  | { status: 'done'; result: SubmissionView }
  | { status: 'failed'; error: AppErrorData; hintId?: string };

const settled = (view: SubmissionView) => view.state === 'accepted' || view.state === 'rejected';

/** The channel closed or no background answered: the Confirm may or may not have been handled. */
const unanswered = (error: AppErrorData) => error.code === 'background-unavailable';

interface Options {
  delays?: readonly number[];
  resumeForMs?: number;
}

export function useSubmitOrder(api: Api, options: Options = {}) {
  const { delays = RESUME_DELAYS_MS, resumeForMs = RESUME_FOR_MS } = options;
  const [phase, setPhase] = useState<SubmitPhase>({ status: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const submit = useCallback(
    async (payload: PayloadOf<'order.submit'>) => {
      setPhase({ status: 'sending' });
      const started = Date.now();
      for (let attempt = 0; alive.current; attempt += 1) {
        const giveUp = Date.now() - started >= resumeForMs;
        try {
          const result = await api('order.submit', payload);
          if (settled(result) || giveUp) return alive.current && setPhase({ status: 'done', result });
        } catch (thrown) {
          const error = toAppError(thrown);
          if (!unanswered(error)) return alive.current && setPhase({ status: 'failed', error });
          if (giveUp) {
            // Still no answer: the outcome is unknown, never "try again" (that is the background's job).
            return alive.current && setPhase({ status: 'failed', error, hintId: 'order-outcome-unknown' });
          }
        }
        if (!alive.current) return;
        setPhase({ status: 'resuming' });
        await new Promise((resolve) => setTimeout(resolve, delays[Math.min(attempt, delays.length - 1)]));
      }
    },
    [api, delays, resumeForMs],
  );

  return { phase, submit };
}
