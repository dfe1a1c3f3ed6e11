// chrome.alarms for the templates (issue 2 §4 "Templates"): alarms are re-created at every worker
// start (they do not survive every browser update), and each one fired runs its template through
// lib/sync. Whether this browser runs schedules at all is lib/sync's decision (runScheduledHere).
import { browser } from 'wxt/browser';
import { handleAlarm, syncAlarms } from '../../lib/sync/scheduler';

export function registerAlarms(): Promise<void> {
  // Registered synchronously at start-up: an alarm that woke the worker is delivered only to
  // listeners added in the first turn of the event loop.
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm).catch((error: unknown) => console.error('Autotask Bridge: alarm failed', error));
  });
  return syncAlarms();
}
