// What the runner does when one of lib's timers fires (timers.ts) — the extension's onAlarm listener
// (entrypoints/background/alarms.ts) on the runner: a paused run's resume, log retention, the outbox
// recovery. Retention and recovery take a lock of their own name, so replicas do not both do them.
import type { Timer } from '../../lib/host/timers';
import { RETENTION_ALARM, handleRetentionAlarm } from '../../lib/log/retention-alarm';
import { OUTBOX_RECOVERY_ALARM, handleOutboxRecoveryAlarm } from '../../lib/orders/recovery';
import { RESUME_PREFIX } from '../../lib/sync/alarm-names';
import type { SyncServices } from '../../lib/sync/services';
import type { RunnerStore } from '../store/types';
import type { RunControl } from './runs';

export function timerListener(
  store: Pick<RunnerStore, 'withTemplateLock'>,
  runs: RunControl,
  services: SyncServices,
): (timer: Timer) => Promise<void> {
  return async (timer) => {
    if (timer.name.startsWith(RESUME_PREFIX)) {
      const result = await runs.start(timer.name.slice(RESUME_PREFIX.length), 'resume');
      if (result.started) await result.finished;
    } else if (timer.name === RETENTION_ALARM) {
      await store.withTemplateLock(RETENTION_ALARM, () => handleRetentionAlarm(timer));
    } else if (timer.name === OUTBOX_RECOVERY_ALARM) {
      await store.withTemplateLock(OUTBOX_RECOVERY_ALARM, () => handleOutboxRecoveryAlarm(timer, services));
    }
  };
}
