// The log views' reader (components/activity/log-source.tsx `LogSource`), reading IndexedDB directly
// from the extension page it runs in: the log page and the popup share the extension's origin and so
// its database. Read-only, except the export, which only reads too. The export's code (and
// papaparse) loads only when an export starts: opening the log or the popup does not parse it
// (issue 14: open → first rows).
import { firstEntries } from './first-screen';
import { dailyCounts, entriesById, loggedTemplates, matchingIds, toItemView, toRowView } from './query';
import type { LogQuery } from '../messaging/protocol';
import { itemsOf } from './activity-reads';

export function createLogSource() {
  return {
    first: async (query: LogQuery, limit: number) => (await firstEntries(query, limit)).map(toRowView),
    match: matchingIds,
    rows: async (ids: readonly number[]) => (await entriesById(ids)).map(toRowView),
    items: async (entryId: number) => (await itemsOf(entryId)).map(toItemView),
    templates: loggedTemplates,
    daily: dailyCounts,
    exportCsv: (
      ids: readonly number[],
      request: { perItem: boolean; onProgress: (done: number, total: number) => void; signal?: AbortSignal },
    ) => import('./export').then(({ exportCsv }) => exportCsv(ids, request)),
  };
}
