// Settles interrupted submissions without anyone opening the PO (issue 3 §3): at every worker start,
// and again after NOTFOUND_RECHECK_MS while anything is still open — a record waiting for its
// second NOTFOUND lookup, a write-back that failed. Runs in every browser, schedules or not: the
// outbox is this browser's own, so only this browser can settle it.
import { timers } from '../host/timers';
import type { SyncServices } from '../sync/services';
import { NOTFOUND_RECHECK_MS } from './constants';
import { orderServiceFor } from './shared';
import type { Outbox } from './outbox';

export const OUTBOX_RECOVERY_ALARM = 'outbox-recovery';

async function openRecords(outbox: Outbox): Promise<number> {
  const states = await Promise.all(
    (['intent', 'submitting', 'unknown'] as const).map((s) => outbox.inState(s)),
  );
  return states.reduce((sum, rows) => sum + rows.length, 0) + (await outbox.pendingWriteBacks()).length;
}

/** One recovery pass; returns how many records are still open afterwards. */
export async function recoverOutbox(services: SyncServices, now = Date.now): Promise<number> {
  const orders = orderServiceFor(services);
  if ((await openRecords(orders.outbox)) === 0) {
    await timers().clear(OUTBOX_RECOVERY_ALARM);
    return 0;
  }
  try {
    await orders.recover();
  } catch {
    // Not connected, offline, throttled: the records stay as they are and the next pass tries again.
  }
  const open = await openRecords(orders.outbox);
  if (open > 0) await timers().create(OUTBOX_RECOVERY_ALARM, { when: now() + NOTFOUND_RECHECK_MS });
  else await timers().clear(OUTBOX_RECOVERY_ALARM);
  return open;
}

/** The host's timer listener's part: a recovery pass when it is our timer. */
export async function handleOutboxRecoveryAlarm(
  alarm: { name: string },
  services: SyncServices,
): Promise<void> {
  if (alarm.name === OUTBOX_RECOVERY_ALARM) await recoverOutbox(services);
}
