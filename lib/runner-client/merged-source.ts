// One log out of two for the log page and the popup (issue 13 §2): a log reader (the views' LogSource
// port, components/activity/log-source.tsx) that lists this browser's entries and the team runner's
// together, newest first, with the same filters. Pages plug it in only while a runner is connected.
//
// Ids: the views know entries by one number. This browser's keep their own (positive) ids; a runner
// entry is shown under the negative of its runner id, so the two ranges never meet and `rows`,
// `items` and the export know which log to ask by the sign alone.
//
// The runner's half of a list is read through the background (`runner.log`, only it holds the
// token), in pages of the API's most, at most RUNNER_MAX_ENTRIES per filter, and cached per filter
// for a short while, so scrolling and export read no page twice. When the runner cannot be read, the
// list is this browser's alone and the reader's notice says why (components/activity/runner-notice).
// The runs chart counts both logs: the runner counts its entries over the days this browser draws
// (`runner.daily`, lib/log/days.ts), added to this browser's own counts day by day.
import { send } from '../messaging/client';
import type { AppErrorData } from '../errors/app-error';
import type { LogQuery } from '../messaging/protocol';
import type { DayCountView, LogEntryView, LogItemView } from '../messaging/results';
import { lastDayStarts } from '../log/days';
import { mergeNewestFirst } from './merge';
import type { RunnerLogNotice, RunnerNoticePort } from './merge';
import { insertionPoints, interleave } from './merged-positions';

/** Rows per `runner.log` page: the API's most (runner/api/log-params.ts MAX_LIMIT, protocol's max). */
export const RUNNER_PAGE = 500;
/**
 * Runner entries one list holds: 20 pages, ~1–2 s of requests on a LAN, a few MB in the page. The
 * runner's scheduled runs (a sync a night, a status check every few minutes) stay well below this
 * over the log's retention; beyond it the notice says how many more the runner's own CSV has.
 */
export const RUNNER_MAX_ENTRIES = 10_000;
/** Pages asked for at once after the first (which tells how many there are). */
const PAGES_AT_ONCE = 4;
/**
 * How long the first screen waits for the runner's first page. A runner that is down answers at
 * once (connection refused); a hung one would hold the first rows for the client's 2 × 15 s. After
 * this the screen shows this browser's rows, and the full list (`match`) brings the runner's.
 */
export const FIRST_PAGE_WAIT_MS = 2_000;
/** A filter's runner list is read again after this (Refresh, a new filter and back). */
const CACHE_MS = 15_000;

/** The log views' reader, as lib/log/query-source.ts and components/activity/log-source.tsx shape it. */
export interface LogReader {
  first(query: LogQuery, limit: number): Promise<LogEntryView[]>;
  match(query: LogQuery): Promise<number[]>;
  rows(ids: readonly number[]): Promise<LogEntryView[]>;
  items(entryId: number): Promise<LogItemView[]>;
  templates(): Promise<string[]>;
  daily(days: number, now: number): Promise<DayCountView[]>;
  exportCsv(
    ids: readonly number[],
    request: { perItem: boolean; onProgress: (done: number, total: number) => void; signal?: AbortSignal },
  ): Promise<Blob>;
}

export type MergedLogReader = LogReader & { runnerNotice: RunnerNoticePort };

const asRow = (view: LogEntryView): LogEntryView => ({ ...view, id: -Math.abs(view.id), origin: 'runner' });
const time = (view: LogEntryView) => Date.parse(view.at);
const toAppErrorData = (thrown: unknown): AppErrorData =>
  typeof thrown === 'object' && thrown !== null && 'kind' in thrown && 'message' in thrown
    ? (thrown as AppErrorData)
    : { kind: 'server', service: 'extension', status: 0, message: String(thrown) };

/** Both logs' counts of each day: the runner's added to this browser's, on the day they share. */
function addCounts(own: readonly DayCountView[], runner: readonly DayCountView[]): DayCountView[] {
  const theirs = new Map(runner.map((count) => [count.day, count]));
  return own.map((count) => {
    const more = theirs.get(count.day);
    if (!more) return count;
    return {
      day: count.day,
      success: count.success + more.success,
      partial: count.partial + more.partial,
      failed: count.failed + more.failed,
    };
  });
}

function within<T>(promise: Promise<T>, ms: number, otherwise: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(otherwise), ms);
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export function createMergedSource(local: LogReader, ask: typeof send = send): MergedLogReader {
  const rowsById = new Map<number, LogEntryView>();
  const itemsById = new Map<number, LogItemView[]>();
  const lists = new Map<string, { at: number; list: Promise<LogEntryView[]> }>();
  let notice: RunnerLogNotice | undefined;
  const listeners = new Set<() => void>();
  const tell = (next: RunnerLogNotice | undefined) => {
    notice = next;
    for (const listener of listeners) listener();
  };
  const remember = (views: readonly LogEntryView[]) => {
    const rows = views.map(asRow);
    for (const row of rows) rowsById.set(row.id, row);
    return rows;
  };

  /** The runner's matching entries, newest first, at most RUNNER_MAX_ENTRIES. */
  async function readAll(query: LogQuery): Promise<LogEntryView[]> {
    const head = await ask('runner.log', { query, offset: 0, limit: RUNNER_PAGE });
    const wanted = Math.min(head.total, RUNNER_MAX_ENTRIES);
    const offsets: number[] = [];
    for (let offset = RUNNER_PAGE; offset < wanted; offset += RUNNER_PAGE) offsets.push(offset);
    const pages = [head.entries];
    for (let i = 0; i < offsets.length; i += PAGES_AT_ONCE) {
      const batch = offsets.slice(i, i + PAGES_AT_ONCE);
      const read = await Promise.all(
        batch.map((offset) =>
          ask('runner.log', { query, offset, limit: Math.min(RUNNER_PAGE, wanted - offset) }),
        ),
      );
      pages.push(...read.map((page) => page.entries));
    }
    // An entry written between two page reads shifts the pages by one: the same entry twice.
    const seen = new Set<number>();
    const entries = pages.flat().filter((view) => !seen.has(view.id) && Boolean(seen.add(view.id)));
    // Newest first, ties by the runner's id, newest first: the runner's own order, kept however the pages fell.
    entries.sort((a, b) => time(b) - time(a) || b.id - a.id);
    tell(head.total > RUNNER_MAX_ENTRIES ? { shown: entries.length, total: head.total } : undefined);
    return remember(entries);
  }

  function runnerList(query: LogQuery): Promise<LogEntryView[]> {
    const key = JSON.stringify(query);
    const cached = lists.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.list;
    const list = readAll(query);
    lists.set(key, { at: Date.now(), list });
    // A failed read is not kept: the next list asks again.
    list.catch(() => lists.delete(key));
    return list;
  }

  /** Runner rows of these (negative) ids, read one by one where no list brought them. */
  async function runnerRows(ids: readonly number[]): Promise<void> {
    const missing = ids.filter((id) => !rowsById.has(id));
    await Promise.all(missing.map((id) => runnerEntry(id).catch(() => undefined)));
  }

  async function runnerEntry(id: number): Promise<LogItemView[]> {
    const cached = itemsById.get(id);
    if (cached) return cached;
    const { entry, items } = await ask('runner.entry', { id: -id });
    remember([entry]);
    itemsById.set(id, items);
    return items;
  }

  const source: MergedLogReader = {
    async first(query, limit) {
      const theirs = ask('runner.log', { query, offset: 0, limit: Math.min(limit, RUNNER_PAGE) }).then(
        (page) => {
          if (notice && 'error' in notice) tell(undefined);
          return remember(page.entries);
        },
        (thrown: unknown) => {
          tell({ error: toAppErrorData(thrown) });
          return [];
        },
      );
      const [own, runner] = await Promise.all([
        local.first(query, limit),
        within(theirs, FIRST_PAGE_WAIT_MS, []),
      ]);
      return mergeNewestFirst(runner, own, limit);
    },
    async match(query) {
      const theirs = runnerList(query).catch((thrown: unknown) => {
        tell({ error: toAppErrorData(thrown) });
        return [] as LogEntryView[];
      });
      const [own, runner] = await Promise.all([local.match(query), theirs]);
      if (runner.length === 0) return own;
      const points = await insertionPoints(own, runner.map(time), async (ids) => {
        const rows = await local.rows(ids);
        return new Map(rows.map((row) => [row.id, time(row)]));
      });
      return interleave(
        own,
        runner.map((row) => row.id),
        points,
      );
    },
    async rows(ids) {
      const ownIds = ids.filter((id) => id > 0);
      const [own] = await Promise.all([
        ownIds.length > 0 ? local.rows(ownIds) : Promise.resolve([]),
        runnerRows(ids.filter((id) => id < 0)),
      ]);
      const byId = new Map<number, LogEntryView>(own.map((row) => [row.id, { ...row, origin: 'browser' }]));
      return ids.flatMap((id) => {
        const row = id > 0 ? byId.get(id) : rowsById.get(id);
        return row ? [row] : [];
      });
    },
    items: (entryId) => (entryId < 0 ? runnerEntry(entryId) : local.items(entryId)),
    async templates() {
      const [own, runner] = await Promise.all([
        local.templates(),
        ask('runner.runs', {}).then(
          (templates) => templates.map((template) => template.id),
          () => [] as string[],
        ),
      ]);
      // The runner's API lists its templates, not the ones its log holds: add those of the rows read.
      const logged = [...rowsById.values()].map((row) => row.template);
      return [...new Set([...own, ...runner, ...logged])].sort();
    },
    async daily(days, now) {
      // A runner that cannot be read leaves this browser's chart, and says so. Its success does not
      // clear the notice: the list above may still lack the runner's rows until it is read again.
      const theirs = ask('runner.daily', { starts: lastDayStarts(days, now) }).catch((thrown: unknown) => {
        tell({ error: toAppErrorData(thrown) });
        return [] as DayCountView[];
      });
      const [own, runner] = await Promise.all([local.daily(days, now), theirs]);
      return addCounts(own, runner);
    },
    exportCsv: (ids, request) =>
      import('./merged-export').then(({ exportMergedCsv }) =>
        exportMergedCsv(ids, request, { rows: source.rows, items: source.items }),
      ),
    runnerNotice: {
      current: () => notice,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
  return source;
}
