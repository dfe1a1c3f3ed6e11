// "The same hint for the same template alerts at most once an hour" (issue 13 §3). When each
// (template, hint) pair last alerted is kept in the store's meta values, so a restarted runner — or
// the standby replica taking over — does not alert again for a failure the team has just been told of.
import type { RunnerStore } from '../store/types';

export const ALERT_WINDOW_MS = 60 * 60 * 1000;

const PREFIX = 'alerts.lastSent:';

/** A failure without a hint is throttled by its result instead: failed and partial apart. */
export function throttleKey(template: string, hintId: string | undefined, result: string): string {
  return `${PREFIX}${template}:${hintId ?? `result:${result}`}`;
}

export function createThrottle(meta: RunnerStore['meta'], now: () => number, windowMs = ALERT_WINDOW_MS) {
  return {
    async due(key: string): Promise<boolean> {
      const last = await meta.get(key);
      if (typeof last !== 'number') return true;
      const at = now();
      // A clock set back (last in the future) must not silence alerts until it catches up.
      return at - last >= windowMs || at < last;
    },
    /** Called only once the webhook took the alert: a failed post leaves the next failure free to alert. */
    async sent(key: string): Promise<void> {
      await meta.set(key, now());
    },
  };
}
