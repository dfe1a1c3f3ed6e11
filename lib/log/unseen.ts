// What the toolbar badge counts (issue 13 §3): failed and partial entries newer than the moment the
// popup was last opened. The "seen" mark lives in the same database as the entries (the meta table,
// like the API budget's tenant sample) rather than in a setting: it is state, not a choice a person
// makes; the worker reads mark and count in one snapshot; and a log wiped with its database takes
// its mark along.
import { db } from '../db/db';
import type { ActivityResult } from '../db/records';

export const SEEN_KEY = 'log.seenAt';

export interface UnseenCounts {
  failed: number;
  partial: number;
}

const COUNTED = ['failed', 'partial'] as const satisfies readonly ActivityResult[];

/** When the popup was last opened (epoch ms); undefined before the first mark. */
export async function seenMark(): Promise<number | undefined> {
  const mark = (await db.meta.get(SEEN_KEY))?.value;
  return typeof mark === 'number' ? mark : undefined;
}

/** Everything in the log up to `at` (epoch ms) counts as seen. */
export async function markSeen(at: number): Promise<void> {
  await db.meta.put({ key: SEEN_KEY, value: at });
}

/**
 * One key-only cursor over the `[result+at]` index, jumping between the two ranges (Dexie's
 * inAnyRange): no entry is read, and successes are never visited. A log without a mark (the first
 * start after install or after this feature arrived) starts its mark now, so an update does not
 * greet anyone with a month of old failures.
 */
export async function unseenCounts(now: number = Date.now()): Promise<UnseenCounts> {
  // Read-only, so that counting never holds up an append.
  const keys = await db.transaction('r', db.meta, db.activity, async () => {
    const mark = (await db.meta.get(SEEN_KEY))?.value;
    if (typeof mark !== 'number') return undefined;
    return db.activity
      .where('[result+at]')
      .inAnyRange(
        COUNTED.map((result) => [
          [result, mark],
          [result, Infinity],
        ]),
        { includeLowers: false, includeUppers: true },
      )
      .keys();
  });
  const counts: UnseenCounts = { failed: 0, partial: 0 };
  if (keys === undefined) {
    await markSeen(now);
    return counts;
  }
  // Each key is the index's [result, at].
  for (const key of keys) {
    const result: unknown = Array.isArray(key) ? key[0] : undefined;
    if (result === 'failed' || result === 'partial') counts[result]++;
  }
  return counts;
}
