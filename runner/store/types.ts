// The runner's storage port (issue 13 §1): what the self-hosted runner keeps — the log, the outbox,
// run records with checkpoints, per-SKU state, small meta values — and the cross-replica template
// lock. The same rows as the extension's Dexie tables (lib/db/records.ts), so one engine can write
// either. Two implementations share one SQL schema and its versioned migrations (./migrations.ts):
// PGlite in a data folder by default, PostgreSQL when DATABASE_URL is set.
//
// Rules every implementation keeps (the outbox's exactly-once rules, issue 3):
// - `appendEntry` writes an entry and all its items in one transaction: all or nothing.
// - `outbox.insertIntent` never overwrites: a second intent for the same PO number returns false.
// - `outbox.transition` is a compare-and-set on `state`: it changes the row only when the row is still
//   in one of the `from` states, and says whether it did.
// - Credentials are never stored here (they come from the environment or a file, runner/config).
import type {
  ActivityEntry,
  ActivityItem,
  OutboxRecord,
  OutboxState,
  RunRecord,
  SkuState,
} from '../../lib/db/records';
import type { LogQuery } from '../../lib/messaging/protocol';
import type { DayCountView } from '../../lib/messaging/results';

export type NewEntry = Omit<ActivityEntry, 'id' | 'itemCount'>;
export type NewItem = Omit<ActivityItem, 'id' | 'entryId'>;

export interface LogPage {
  /** Newest first (`at` descending, then id descending). */
  entries: ActivityEntry[];
  /** How many entries match the filter in all. */
  total: number;
}

export interface StoredEntry {
  entry: ActivityEntry;
  items: ActivityItem[];
}

export interface LogStore {
  /** The entry and its items in one transaction; returns the entry's id. */
  appendEntry(entry: NewEntry, items?: readonly NewItem[]): Promise<number>;
  /** The log page's filters (lib/log/query.ts semantics: `to` exclusive, search = exact lower-cased key of the entry or one of its items). */
  query(filter: LogQuery, page: { offset: number; limit: number }): Promise<LogPage>;
  entry(id: number): Promise<StoredEntry | undefined>;
  /** Every matching entry with its items, newest first, `chunk` entries at a time (the CSV stream). */
  walk(filter: LogQuery, chunk: number): AsyncIterable<StoredEntry[]>;
  /**
   * Entries per day by result, one count per start (increasing epoch ms), in that order: day i holds
   * the entries with `at` from starts[i] (inclusive) to starts[i + 1] (exclusive); the last day has no
   * end. Every entry counts, as in lib/log/query.ts dailyCounts.
   */
  countByDay(starts: readonly number[]): Promise<DayCountView[]>;
  /** Deletes entries (and their items) older than `before` (epoch ms); returns how many entries went. */
  pruneBefore(before: number): Promise<number>;
}

export interface OutboxStore {
  get(poNumber: string): Promise<OutboxRecord | undefined>;
  /** False when a record for this PO number already exists (it is left untouched). */
  insertIntent(record: OutboxRecord): Promise<boolean>;
  /** Compare-and-set on `state`; false when the row is missing or no longer in one of `from`. */
  transition(
    poNumber: string,
    from: readonly OutboxState[],
    patch: Partial<Omit<OutboxRecord, 'poNumber'>>,
  ): Promise<boolean>;
  /** Records not yet settled (intent, submitting, unknown, or accepted with the write-back pending). */
  inFlight(): Promise<OutboxRecord[]>;
}

export interface KeyValueStore<T, K = string> {
  get(key: K): Promise<T | undefined>;
  put(value: T): Promise<void>;
}

export interface RunnerStore {
  log: LogStore;
  outbox: OutboxStore;
  runs: KeyValueStore<RunRecord> & { all(): Promise<RunRecord[]> };
  /** Keyed as the extension keys it (lib/products/store.ts stateKey): sql-store.ts skuStateKey. */
  skuState: KeyValueStore<SkuState> & { key(state: SkuState): string };
  meta: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  /**
   * Runs `fn` while this replica holds the template's lock; another replica holding it means
   * `{ ran: false }` at once (no waiting: a standby skips the tick). With PostgreSQL a session
   * advisory lock (`pg_try_advisory_lock`), released when `fn` ends or the connection dies.
   */
  withTemplateLock<T>(
    templateId: string,
    fn: () => Promise<T>,
  ): Promise<{ ran: true; value: T } | { ran: false }>;
  close(): Promise<void>;
}
