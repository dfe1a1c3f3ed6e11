// The sidebar opens a confirmation window and cannot know when (or whether) it is confirmed: after
// opening it, this polls one cheap local read (the activity log, the stored order status — never an
// API) and calls `onChange` once when its answer changes, so the sidebar shows what was written.
import { useCallback, useEffect, useRef } from 'react';

export const POLL_EVERY_MS = 3_000;
/** Long enough to read the window and confirm; a window left open longer is followed by a reload. */
export const POLL_FOR_MS = 5 * 60_000;

export function useAfterConfirm(probe: () => Promise<unknown>, onChange: () => void): () => void {
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const latest = useRef({ probe, onChange });
  useEffect(() => {
    latest.current = { probe, onChange };
  });
  const stop = useCallback(() => {
    clearInterval(timer.current);
    timer.current = undefined;
  }, []);
  useEffect(() => stop, [stop]);

  return useCallback(() => {
    stop();
    const started = Date.now();
    let before: string | undefined;
    const look = async () => {
      const now = JSON.stringify(await latest.current.probe().catch(() => null));
      if (before === undefined) before = now;
      else if (now !== before) {
        stop();
        latest.current.onChange();
      }
      if (Date.now() - started > POLL_FOR_MS) stop();
    };
    void look();
    timer.current = setInterval(() => void look(), POLL_EVERY_MS);
  }, [stop]);
}
