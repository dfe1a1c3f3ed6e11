// The daily retention run (issue 6 §3): one timer (chrome.alarms in the extension) deletes entries older than the
// `logRetentionDays` setting. Every browser with the extension prunes its own log (the log is local),
// so unlike the templates this does not depend on runScheduledHere.
import { timers } from '../host/timers';
import { logRetentionDays } from '../settings/settings';
import { pruneOlderThan } from './retention';

export const RETENTION_ALARM = 'log-retention';
const DAILY_MINUTES = 24 * 60;
/** The first run soon after start-up, so a browser that is rarely open still prunes. */
const FIRST_RUN_DELAY_MINUTES = 5;

/** Creates the alarm unless it exists (re-creating a periodic alarm would restart its countdown). */
export async function ensureRetentionAlarm(): Promise<void> {
  if (await timers().get(RETENTION_ALARM)) return;
  await timers().create(RETENTION_ALARM, {
    delayInMinutes: FIRST_RUN_DELAY_MINUTES,
    periodInMinutes: DAILY_MINUTES,
  });
}

/** The onAlarm listener's part: prunes when it is our alarm; returns how many entries went. */
export async function handleRetentionAlarm(
  alarm: { name: string },
  now: number = Date.now(),
): Promise<number> {
  if (alarm.name !== RETENTION_ALARM) return 0;
  return pruneOlderThan(await logRetentionDays.getValue(), now);
}

/** Changes the setting and prunes at once, so the log matches what the page now says. */
export async function setRetentionDays(days: number, now: number = Date.now()): Promise<number> {
  await logRetentionDays.setValue(days);
  await pruneOlderThan(days, now);
  return days;
}
