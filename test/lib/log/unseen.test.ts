// What the toolbar badge counts (issue 13 §3): failed and partial entries after the "seen" mark, with
// one key-only read of the activity index however many entries there are.
import type { DBCore, DBCoreCountRequest, DBCoreOpenCursorRequest, DBCoreQueryRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import type { ActivityResult } from '../../../lib/db/records';
import { appendEntry } from '../../../lib/log/activity';
import { markSeen, SEEN_KEY, unseenCounts } from '../../../lib/log/unseen';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);

function log(result: ActivityResult, at: number) {
  return appendEntry({ at, template: 'product-sync', operation: 'product-sync', result, summary: result });
}

/** Every read of the `activity` table: which index, and whether it loaded rows. */
function readRecorder(reads: string[]) {
  return {
    stack: 'dbcore' as const,
    name: 'unseen-read-recorder',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        if (name !== 'activity') return table;
        const what = (req: DBCoreQueryRequest | DBCoreOpenCursorRequest | DBCoreCountRequest, kind: string) =>
          `${kind} ${req.query.index.name || 'primary key'}${'values' in req && req.values !== false ? ' with rows' : ''}`;
        return {
          ...table,
          query: (req: DBCoreQueryRequest) => (reads.push(what(req, 'query')), table.query(req)),
          openCursor: (req: DBCoreOpenCursorRequest) => (
            reads.push(what(req, 'cursor')),
            table.openCursor(req)
          ),
          count: (req: DBCoreCountRequest) => (reads.push(what(req, 'count')), table.count(req)),
        };
      },
    }),
  };
}

const reads: string[] = [];
const recorder = readRecorder(reads);
beforeEach(freshDb);
afterEach(() => {
  db.unuse(recorder);
  reads.length = 0;
});

describe('the unseen failed and partial entries', () => {
  it('counts failed and partial entries after the mark, and nothing logged before it or successful', async () => {
    await log('failed', T0 - 1);
    await log('partial', T0);
    await markSeen(T0);
    await log('failed', T0 + 1);
    await log('success', T0 + 2);
    await log('partial', T0 + 3);
    await log('failed', T0 + 4);

    expect(await unseenCounts()).toEqual({ failed: 2, partial: 1 });
  });

  it('counts nothing once everything is marked seen', async () => {
    await markSeen(T0);
    await log('failed', T0 + 1);
    await log('partial', T0 + 2);
    await markSeen(T0 + 2);
    expect(await unseenCounts()).toEqual({ failed: 0, partial: 0 });
  });

  it('starts the mark at the first count, so entries from before the feature are not news', async () => {
    await log('failed', T0 - 60_000);
    expect(await unseenCounts(T0)).toEqual({ failed: 0, partial: 0 });
    expect(await db.meta.get(SEEN_KEY)).toEqual({ key: SEEN_KEY, value: T0 });
    await log('partial', T0 + 1);
    expect(await unseenCounts(T0 + 2)).toEqual({ failed: 0, partial: 1 });
  });

  it('reads the activity table once, by the [result+at] index, without loading a single entry', async () => {
    await markSeen(T0);
    for (let i = 1; i <= 30; i++)
      await log(i % 3 === 0 ? 'success' : i % 3 === 1 ? 'failed' : 'partial', T0 + i);
    db.close();
    db.use(recorder);
    await db.open();

    expect(await unseenCounts()).toEqual({ failed: 10, partial: 10 });
    expect(reads).toEqual(['cursor [result+at]']);
  });
});
