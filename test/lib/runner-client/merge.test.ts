import { describe, expect, it } from 'vitest';
import { entryKey, mergeNewestFirst } from '../../../lib/runner-client/merge';
import type { LogEntryView } from '../../../lib/messaging/results';

const entry = (id: number, at: string, summary = `entry ${id}`): LogEntryView => ({
  id,
  at,
  template: 'product-sync',
  operation: 'product-sync',
  result: 'success',
  summary,
});

const runner = [
  entry(9, '2026-03-02T02:00:00.000Z', 'runner nightly sync'),
  entry(8, '2026-03-01T14:00:00.000Z', 'runner status'),
  entry(7, '2026-03-01T02:00:00.000Z', 'runner older sync'),
];
const browser = [
  entry(41, '2026-03-02T09:15:00.000Z', 'browser submit'),
  entry(40, '2026-03-01T14:00:00.000Z', 'browser same minute'),
  entry(39, '2026-02-28T10:00:00.000Z', 'browser oldest'),
];

describe('mergeNewestFirst', () => {
  it('interleaves two newest-first pages into one, newest first, each marked with where it ran', () => {
    const merged = mergeNewestFirst(runner, browser);
    expect(merged.map((e) => [e.summary, e.origin])).toEqual([
      ['browser submit', 'browser'],
      ['runner nightly sync', 'runner'],
      // Same moment: the runner's first, whichever page arrived first.
      ['runner status', 'runner'],
      ['browser same minute', 'browser'],
      ['runner older sync', 'runner'],
      ['browser oldest', 'browser'],
    ]);
  });

  it('stops at the limit, so a popup asks each side for one page and shows one page', () => {
    expect(mergeNewestFirst(runner, browser, 3).map(entryKey)).toEqual([
      'browser-41',
      'runner-9',
      'runner-8',
    ]);
  });

  it('keeps ids apart by origin: the two logs number their entries independently', () => {
    const a = mergeNewestFirst([entry(5, '2026-01-02T00:00:00Z')], [entry(5, '2026-01-01T00:00:00Z')]);
    expect(new Set(a.map(entryKey)).size).toBe(2);
  });

  it('takes either side alone, and leaves the input pages as they were', () => {
    const before = JSON.stringify(runner);
    expect(mergeNewestFirst(runner, []).every((e) => e.origin === 'runner')).toBe(true);
    expect(mergeNewestFirst([], browser).map((e) => e.id)).toEqual([41, 40, 39]);
    expect(mergeNewestFirst([], [])).toEqual([]);
    expect(JSON.stringify(runner)).toBe(before);
  });

  it('overrides an origin the runner page already carried with where it actually came from', () => {
    const [only] = mergeNewestFirst([], [{ ...entry(1, '2026-01-01T00:00:00Z'), origin: 'runner' }]);
    expect(only?.origin).toBe('browser');
  });
});
