// The port through which the log views read the activity log. The log page and the popup are
// extension pages of the extension's own origin, so their entrypoints plug in lib/log's direct
// IndexedDB reader (lib/log/query-source.ts): at 100,000 entries a message round trip per scroll
// step would be too slow. Components stay storage-free; tests plug in the same reader over
// fake-indexeddb.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { LogQuery } from '../../lib/messaging/protocol';
import type { LogEntryView, LogItemView } from '../../lib/messaging/results';
import type { RunnerNoticePort } from '../../lib/runner-client/merge';

export interface DayCount {
  /** Local midnight, epoch ms. */
  day: number;
  success: number;
  partial: number;
  failed: number;
}

export interface ExportRequest {
  perItem: boolean;
  onProgress: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface LogSource {
  /** The newest `limit` matching entries: cheap, for the first screen. */
  first(query: LogQuery, limit: number): Promise<LogEntryView[]>;
  /** Ids of all the matching entries, newest first: a walk over an index, for scrolling and export. */
  match(query: LogQuery): Promise<number[]>;
  /** The entries with these ids, in this order. */
  rows(ids: readonly number[]): Promise<LogEntryView[]>;
  items(entryId: number): Promise<LogItemView[]>;
  /** Template ids that occur in the log. */
  templates(): Promise<string[]>;
  /** Runs per day by result, oldest day first. */
  daily(days: number, now: number): Promise<DayCount[]>;
  exportCsv(ids: readonly number[], request: ExportRequest): Promise<Blob>;
  /**
   * Only on the merged reader (a team runner connected, lib/runner-client/merged-source.ts): why the
   * runner's entries are missing or cut short. Entry ids below 0 are then the runner's.
   */
  runnerNotice?: RunnerNoticePort;
}

const LogSourceContext = createContext<LogSource | undefined>(undefined);

export function LogSourceProvider({ source, children }: { source: LogSource; children: ReactNode }) {
  return <LogSourceContext.Provider value={source}>{children}</LogSourceContext.Provider>;
}

export function useLogSource(): LogSource {
  const source = useContext(LogSourceContext);
  if (!source) throw new Error('No LogSourceProvider: the page entrypoint must provide the log reader');
  return source;
}
