// Log retention (issue 6 §3): delete activity entries older than the setting, with their items.
// Outbox records and per-SKU state are not log entries and are never touched here.
import { db } from '../db/db';

const DAY_MS = 86_400_000;
/** Deleting in chunks keeps each transaction short, so the log view stays responsive meanwhile. */
const CHUNK = 1_000;

/** Deletes entries with `at` < now − days and their items; returns how many entries were deleted. */
export async function pruneOlderThan(days: number, now: number = Date.now()): Promise<number> {
  const cutoff = now - days * DAY_MS;
  let deleted = 0;
  for (;;) {
    const ids = await db.activity.where('at').below(cutoff).limit(CHUNK).primaryKeys();
    if (ids.length === 0) return deleted;
    await db.transaction('rw', db.activity, db.activityItems, async () => {
      await db.activityItems.where('entryId').anyOf(ids).delete();
      await db.activity.bulkDelete(ids);
    });
    deleted += ids.length;
  }
}
