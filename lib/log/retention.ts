// Log retention (issue 6 §3): delete activity entries older than the setting, with their items.
// Outbox records and per-SKU state are not log entries and are never touched here.
import { store } from '../host/store';

const DAY_MS = 86_400_000;

/** Deletes entries with `at` < now − days and their items; returns how many entries were deleted. */
export async function pruneOlderThan(days: number, now: number = Date.now()): Promise<number> {
  return store().log.pruneBefore(now - days * DAY_MS);
}
