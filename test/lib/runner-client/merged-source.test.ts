import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { startOfDay } from '../../../lib/log/days';
import { createLogSource } from '../../../lib/log/query-source';
import { createMergedSource, RUNNER_PAGE } from '../../../lib/runner-client/merged-source';
import { insertionPoints } from '../../../lib/runner-client/merged-positions';
import { freshDb } from '../db/fresh-db';
import { newEntry } from '../../runner/api/harness';
import { serveRunner } from './runner-world';
import type { RunnerWorld } from './runner-world';

const T0 = Date.UTC(2026, 2, 1, 9);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function ownEntry(minute: number, summary: string, result: 'success' | 'failed' = 'success') {
  return appendEntry({
    at: T0 + minute * MINUTE,
    template: 'manual',
    operation: 'connection',
    result,
    summary,
  });
}

async function runnerEntry(
  world: RunnerWorld,
  minute: number,
  summary: string,
  more: Partial<Parameters<typeof newEntry>[0]> = {},
) {
  return world.served.store.log.appendEntry(newEntry({ at: T0 + minute * MINUTE, summary, ...more }), []);
}

const csv = async (blob: Blob) => Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true }).data;

describe('the merged log (issue 13 §2)', () => {
  let world: RunnerWorld;
  beforeEach(async () => {
    await freshDb();
    world = await serveRunner();
  });
  afterEach(() => world.served.close());

  async function seedBoth() {
    await ownEntry(0, 'browser 0');
    await runnerEntry(world, 1, 'runner 1');
    await ownEntry(2, 'browser 2', 'failed');
    // The same moment in both logs: the runner's goes first, as mergeNewestFirst orders them.
    await runnerEntry(world, 2, 'runner 2', {
      result: 'failed',
      template: 'order-status',
      operation: 'status-update',
    });
    await ownEntry(4, 'browser 4');
    await runnerEntry(world, 5, 'runner 5');
  }

  it('lists both logs newest first, ties runner first, each row marked with where it ran', async () => {
    await seedBoth();
    const source = createMergedSource(createLogSource(), world.ask);
    const ids = await source.match({});
    const rows = await source.rows(ids);
    expect(rows.map((r) => [r.summary, r.origin])).toEqual([
      ['runner 5', 'runner'],
      ['browser 4', 'browser'],
      ['runner 2', 'runner'],
      ['browser 2', 'browser'],
      ['runner 1', 'runner'],
      ['browser 0', 'browser'],
    ]);
    // The runner's ids lie below 0, this browser's keep their own.
    expect(ids.filter((id) => id < 0)).toHaveLength(3);
    // The first screen is the same list, cut short.
    const first = await source.first({}, 4);
    expect(first.map((r) => r.summary)).toEqual(rows.slice(0, 4).map((r) => r.summary));
  });

  it('filters both logs alike', async () => {
    await seedBoth();
    const source = createMergedSource(createLogSource(), world.ask);
    const failed = await source.rows(await source.match({ result: 'failed' }));
    expect(failed.map((r) => r.summary)).toEqual(['runner 2', 'browser 2']);
    const from = await source.rows(await source.match({ from: T0 + 2 * MINUTE, to: T0 + 5 * MINUTE }));
    expect(from.map((r) => r.summary)).toEqual(['browser 4', 'runner 2', 'browser 2']);
    // The Template filter offers the runner's templates too (those of the rows read so far).
    await source.match({});
    expect(await source.templates()).toEqual(['manual', 'order-status', 'product-sync']);
  });

  it('reads a runner entry with its items from the runner, by its own id', async () => {
    const id = await world.served.store.log.appendEntry(
      newEntry({ at: T0, summary: 'runner sync', result: 'partial' }),
      [
        { key: '5432101', label: '5432101', outcome: 'updated' },
        { key: '5432102', label: '5432102', outcome: 'failed', message: 'Unknown SKU' },
      ],
    );
    // A fresh reader, as the log page opened from the popup's `#entry--<id>`: nothing cached.
    const source = createMergedSource(createLogSource(), world.ask);
    const [row] = await source.rows([-id]);
    expect(row).toMatchObject({ id: -id, summary: 'runner sync', origin: 'runner' });
    const items = await source.items(-id);
    expect(items.map((i) => [i.label, i.outcome, i.message])).toEqual([
      ['5432101', 'updated', undefined],
      ['5432102', 'failed', 'Unknown SKU'],
    ]);
  });

  it('exports both logs in the list’s order with a "Ran on" column and the formula guard', async () => {
    await ownEntry(0, 'browser 0');
    await world.served.store.log.appendEntry(newEntry({ at: T0 + MINUTE, summary: '=cmd|/C calc' }), [
      { key: 'sku-1', label: 'SKU-1', outcome: 'updated' },
    ]);
    const source = createMergedSource(createLogSource(), world.ask);
    const ids = await source.match({});
    const rows = await csv(await source.exportCsv(ids, { perItem: false, onProgress: () => undefined }));
    expect(rows[0]?.slice(-3)).toEqual(['Error code', 'Hint', 'Ran on']);
    expect(rows.slice(1).map((r) => [r[7], r.at(-1)])).toEqual([
      ["'=cmd|/C calc", 'Runner'],
      ['browser 0', 'This browser'],
    ]);
    const perItem = await csv(await source.exportCsv(ids, { perItem: true, onProgress: () => undefined }));
    expect(perItem[0]?.slice(-4)).toEqual(['Item', 'Item outcome', 'Item message', 'Ran on']);
    expect(perItem.slice(1).map((r) => [r.at(-4), r.at(-1)])).toEqual([
      ['SKU-1', 'Runner'],
      ['', 'This browser'],
    ]);
  });

  it('shows this browser’s entries with a notice when the runner cannot be reached', async () => {
    await ownEntry(0, 'browser 0');
    await ownEntry(1, 'browser 1');
    await world.served.close();
    const source = createMergedSource(createLogSource(), world.ask);
    const seen: unknown[] = [];
    source.runnerNotice.subscribe(() => seen.push(source.runnerNotice.current()));
    const first = await source.first({}, 40);
    expect(first.map((r) => r.summary)).toEqual(['browser 1', 'browser 0']);
    const rows = await source.rows(await source.match({}));
    expect(rows.map((r) => r.summary)).toEqual(['browser 1', 'browser 0']);
    expect(source.runnerNotice.current()).toMatchObject({ error: { code: 'runner-unreachable' } });
    expect(seen.length).toBeGreaterThan(0);
    // Closed again by afterEach: make that a no-op.
    world.served.close = async () => undefined;
  });

  it('counts both logs in the runs chart, each run on its own local day', async () => {
    const today = startOfDay(T0);
    const yesterday = startOfDay(today - 1);
    const own = (at: number, result: 'success' | 'partial' | 'failed') =>
      appendEntry({ at, template: 'manual', operation: 'connection', result, summary: 'browser' });
    const theirs = (
      at: number,
      result: 'success' | 'partial' | 'failed',
      template = 'product-sync',
      operation: 'product-sync' | 'status-update' | 'connection' = 'product-sync',
    ) => world.served.store.log.appendEntry(newEntry({ at, result, template, operation }));
    await own(today + HOUR, 'success');
    await own(today + 2 * HOUR, 'failed');
    await own(today - HOUR, 'partial');
    await theirs(today + 3 * HOUR, 'success');
    await theirs(today + 3 * HOUR + MINUTE, 'success');
    await theirs(today + 4 * HOUR, 'failed', 'order-status', 'status-update');
    await theirs(yesterday + HOUR, 'success');
    await theirs(yesterday - 1, 'partial'); // the day before yesterday
    await theirs(startOfDay(today - 20 * 24 * HOUR), 'failed'); // before the chart's 14 days

    const source = createMergedSource(createLogSource(), world.ask);
    const days = await source.daily(14, T0);

    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: today, success: 3, partial: 0, failed: 2 });
    expect(days.at(-2)).toEqual({ day: yesterday, success: 1, partial: 1, failed: 0 });
    expect(days.at(-3)).toEqual({ day: startOfDay(yesterday - 1), success: 0, partial: 1, failed: 0 });
    expect(days.slice(0, -3).every((d) => d.success + d.partial + d.failed === 0)).toBe(true);
    expect(world.asked).toEqual(['runner.daily']);
    expect(source.runnerNotice.current()).toBeUndefined();
  });

  it('keeps this browser’s runs chart, with the notice, when the runner cannot be read', async () => {
    const today = startOfDay(T0);
    await ownEntry(0, 'browser 0');
    await ownEntry(1, 'browser 1', 'failed');
    await runnerEntry(world, 2, 'runner 2');
    await world.served.close();
    const source = createMergedSource(createLogSource(), world.ask);

    const days = await source.daily(14, T0);

    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: today, success: 1, partial: 0, failed: 1 });
    expect(source.runnerNotice.current()).toMatchObject({ error: { code: 'runner-unreachable' } });
    // Closed again by afterEach: make that a no-op.
    world.served.close = async () => undefined;
  });

  it('reads a long runner list page by page, each page once', async () => {
    for (let i = 0; i < RUNNER_PAGE + 20; i++) await runnerEntry(world, i, `runner ${i}`);
    await ownEntry(RUNNER_PAGE + 100, 'browser newest');
    const source = createMergedSource(createLogSource(), world.ask);
    const ids = await source.match({});
    expect(ids).toHaveLength(RUNNER_PAGE + 21);
    expect(world.asked.filter((name) => name === 'runner.log')).toHaveLength(2);
    await source.match({});
    expect(world.asked.filter((name) => name === 'runner.log')).toHaveLength(2);
    const rows = await source.rows(ids.slice(0, 3));
    expect(rows.map((r) => r.summary)).toEqual([
      'browser newest',
      `runner ${RUNNER_PAGE + 19}`,
      `runner ${RUNNER_PAGE + 18}`,
    ]);
  });
});

describe('insertionPoints', () => {
  it('places each time before the local entries it is as new as, in log2 reads', async () => {
    // Local ids 1..1000, id i at time 1000 - i (newest first).
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1);
    let reads = 0;
    const timesOf = async (asked: number[]) => {
      reads += 1;
      return new Map(asked.map((id) => [id, 1000 - id]));
    };
    const points = await insertionPoints(ids, [5000, 999, 500, 500, -1], timesOf);
    // 999 ties with id 1: goes first. 500 ties with id 500: before it (index 499).
    expect(points).toEqual([0, 0, 499, 499, 1000]);
    expect(reads).toBeLessThanOrEqual(Math.ceil(Math.log2(1001)));
  });
});
