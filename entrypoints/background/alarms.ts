// chrome.alarms, the extension's timers (lib/sync/timers.ts): one onAlarm listener hands each alarm
// to lib's handlers — the templates' schedules and resumes (issue 2 §4), the log's daily retention
// run (issue 6 §3), and the outbox recovery that settles interrupted submissions without anyone
// opening the PO (issue 3 §3). Alarms are re-created at every worker start (they do not survive every
// browser update). Whether this browser runs schedules at all is lib/sync's decision (runScheduledHere).
import { browser } from 'wxt/browser';
import { ensureRetentionAlarm, handleRetentionAlarm } from '../../lib/log/retention-alarm';
import { handleOutboxRecoveryAlarm, recoverOutbox } from '../../lib/orders/recovery';
import { handleAlarm, syncAlarms } from '../../lib/sync/scheduler';
import type { SyncServices } from '../../lib/sync/services';
import { handleRunnerBadgeAlarm } from './toolbar-badge';

const failed = (what: string) => (error: unknown) => console.error(`Autotask Bridge: ${what} failed`, error);

export function registerAlarms(services: SyncServices): Promise<void> {
  // Registered synchronously at start-up: an alarm that woke the worker is delivered only to
  // listeners added in the first turn of the event loop. Each handler ignores the others' names.
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm).catch(failed('alarm'));
    void handleRetentionAlarm(alarm).catch(failed('log retention'));
    void handleOutboxRecoveryAlarm(alarm, services).catch(failed('outbox recovery'));
    void handleRunnerBadgeAlarm(alarm).catch(failed('toolbar badge'));
  });
  void ensureRetentionAlarm().catch(failed('retention alarm'));
  // A first recovery pass at every start: a worker stopped mid-submission left records open.
  void recoverOutbox(services).catch(failed('outbox recovery'));
  return syncAlarms();
}
