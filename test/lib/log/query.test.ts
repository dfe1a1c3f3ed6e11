import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import type { NewActivityEntry } from '../../../lib/log/activity';
import { dailyCounts, entriesById, loggedTemplates, matchingIds, startOfDay } from '../../../lib/log/query';
import { firstEntries, firstEntriesEarly } from '../../../lib/log/first-screen';
import { freshDb } from '../db/fresh-db';

const HOUR = 3_600_000;
const T0 = new Date(2026, 10, 25, 12).getTime(); // local noon

function entry(over: Partial<NewActivityEntry>): NewActivityEntry {
  return {
    at: T0,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: '',
    ...over,
  };
}

/** Six entries an hour apart, oldest first: a..f. */
async function seed() {
  const ids: Record<string, number> = {};
  const rows: [string, Partial<NewActivityEntry>][] = [
    ['a', { template: 'product-sync', result: 'success' }],
    ['b', { template: 'order-status', result: 'failed', keys: ['PO-1042', 'AT684213-1042'] }],
    ['c', { template: 'product-sync', result: 'failed' }],
    ['d', { template: 'manual', result: 'partial', keys: ['PO-1043'] }],
    ['e', { template: 'product-sync', result: 'partial' }],
    ['f', { template: 'order-status', result: 'success' }],
  ];
  for (const [i, [name, over]] of rows.entries()) {
    ids[name] = await appendEntry(entry({ ...over, at: T0 + i * HOUR, summary: name }));
  }
  return ids;
}

const names = async (ids: number[]) => (await entriesById(ids)).map((e) => e.summary);

describe('matchingIds', () => {
  beforeEach(freshDb);

  it('lists everything newest first', async () => {
    await seed();
    expect(await names(await matchingIds({}))).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });

  it.each([
    ['a template', { template: 'product-sync' }, ['e', 'c', 'a']],
    ['a result', { result: 'failed' as const }, ['c', 'b']],
    ['a template and a result', { template: 'product-sync', result: 'partial' as const }, ['e']],
    ['a date range (from inclusive, to exclusive)', { from: T0 + HOUR, to: T0 + 4 * HOUR }, ['d', 'c', 'b']],
    ['a template within a range', { template: 'order-status', from: T0 + 2 * HOUR }, ['f']],
    ['a PO number, any case', { search: ' po-1042 ' }, ['b']],
    [
      'a distributor PO number with a result that excludes it',
      { search: 'AT684213-1042', result: 'success' as const },
      [],
    ],
  ])('filters by %s', async (_name, query, expected) => {
    await seed();
    expect(await names(await matchingIds(query))).toEqual(expected);
  });

  it('finds an entry by an item key even when the entry holds too many items to carry their keys', async () => {
    await seed();
    const items = Array.from({ length: 120 }, (_, i) => ({ key: `${7000001 + i}`, outcome: 'updated' }));
    await appendEntry(entry({ at: T0 + 10 * HOUR, summary: 'big sync' }), items);
    expect(await names(await matchingIds({ search: '7000117' }))).toEqual(['big sync']);
  });

  it('orders entries of the same instant by id, newest first', async () => {
    const first = await appendEntry(entry({ summary: 'first' }));
    const second = await appendEntry(entry({ summary: 'second' }));
    expect(await matchingIds({})).toEqual([second, first]);
  });
});

describe('firstEntries', () => {
  beforeEach(freshDb);

  it.each([
    ['no filter', {}],
    ['a template', { template: 'product-sync' }],
    ['a result', { result: 'failed' as const }],
    ['a template and a result', { template: 'product-sync', result: 'failed' as const }],
    [
      'a template, a result and a range',
      { template: 'product-sync', result: 'failed' as const, to: T0 + 30 * 24 * HOUR },
    ],
    ['a search key', { search: 'PO-7' }],
  ])('gives the same newest entries as the full id list, for %s', async (_name, query) => {
    // 400 entries over ~50 days: sparse enough that the template + result walk needs several windows.
    const templates = ['product-sync', 'order-status', 'manual'];
    const results = ['success', 'success', 'partial', 'failed', 'success'] as const;
    for (let i = 0; i < 400; i++) {
      await appendEntry(
        entry({
          at: T0 + i * 3 * HOUR,
          template: templates[i % 3] as string,
          result: results[i % 5] as 'success',
          keys: [`PO-${i % 10}`],
          summary: `#${i}`,
        }),
      );
    }
    const expected = (await matchingIds(query)).slice(0, 25);
    expect(expected.length).toBeGreaterThan(0);
    expect((await firstEntries(query, 25)).map((e) => e.id)).toEqual(expected);
    // Also when the template + result walk gives up reading rows early and walks keys instead.
    expect((await firstEntries(query, 25, 3)).map((e) => e.id)).toEqual(expected);
    // The log page's early read (no Dexie) reads the same screen.
    expect((await firstEntriesEarly(query, 25))?.map((e) => e.id)).toEqual(expected);
  });
});

describe('firstEntries, searching', () => {
  beforeEach(freshDb);

  it('finds entries by their own keys and, for an entry of more than 50 items, by an item alone', async () => {
    const item = (key: string) => ({ key, outcome: 'updated' });
    const many = Array.from({ length: 60 }, (_, i) => item(`SKU-${i}`));
    const ids = {
      big: await appendEntry(entry({ at: T0, summary: 'big' }), many),
      small: await appendEntry(entry({ at: T0 + HOUR, summary: 'small' }), [item('SKU-7'), item('X')]),
      own: await appendEntry(entry({ at: T0 + 2 * HOUR, summary: 'own', keys: ['SKU-7'] })),
      failed: await appendEntry(entry({ at: T0 + 3 * HOUR, result: 'failed', keys: ['SKU-7'] })),
      other: await appendEntry(entry({ at: T0 + 4 * HOUR, keys: ['SKU-8'] })),
    };
    // The 60-item entry carries none of its SKUs on itself: only its item finds it.
    expect((await firstEntries({ search: 'sku-7' }, 10)).map((e) => e.id)).toEqual([
      ids.failed,
      ids.own,
      ids.small,
      ids.big,
    ]);
    expect((await firstEntries({ search: ' SKU-7 ', result: 'success' }, 2)).map((e) => e.id)).toEqual([
      ids.own,
      ids.small,
    ]);
    for (const query of [{ search: 'SKU-7' }, { search: 'sku-59' }, { search: 'nothing' }]) {
      expect((await firstEntries(query, 10)).map((e) => e.id)).toEqual(await matchingIds(query));
    }
  });
});

describe('entriesById', () => {
  beforeEach(freshDb);

  it('returns rows in the order asked, for close and for scattered ids, skipping deleted ones', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push(await appendEntry(entry({ summary: `#${i}` })));
    const close = [ids[5], ids[3], ids[4]] as number[];
    expect((await entriesById(close)).map((e) => e.summary)).toEqual(['#5', '#3', '#4']);
    const scattered = [ids[39], ids[0]] as number[];
    expect((await entriesById(scattered)).map((e) => e.summary)).toEqual(['#39', '#0']);
    expect((await entriesById([99_999, ids[1] as number])).map((e) => e.summary)).toEqual(['#1']);
  });
});

describe('dailyCounts and loggedTemplates', () => {
  beforeEach(freshDb);

  it('counts runs per local day by result, oldest day first, for the last N days', async () => {
    const today = startOfDay(T0);
    await appendEntry(entry({ at: today + HOUR, result: 'success' }));
    await appendEntry(entry({ at: today + 2 * HOUR, result: 'failed' }));
    await appendEntry(entry({ at: today - HOUR, result: 'partial' })); // yesterday evening
    await appendEntry(entry({ at: today - 20 * 24 * HOUR, result: 'failed' })); // outside 14 days
    const days = await dailyCounts(14, T0);
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: today, success: 1, partial: 0, failed: 1 });
    expect(days.at(-2)).toEqual({ day: startOfDay(today - 1), success: 0, partial: 1, failed: 0 });
    expect(days.slice(0, -2).every((d) => d.success + d.partial + d.failed === 0)).toBe(true);
  });

  it('lists the templates that occur in the log', async () => {
    await seed();
    expect(await loggedTemplates()).toEqual(['manual', 'order-status', 'product-sync']);
  });
});
