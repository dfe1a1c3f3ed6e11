// The storage port (issue 13 §1): what the engine (Product Sync, Create Orders, Get Order Status,
// log retention) keeps between runs — run records with their lock and checkpoint, per-SKU state,
// small meta values, the outbox, the activity log's appends and the API budget's memory. The
// extension keeps them in IndexedDB (lib/db/dexie-store.ts), the runner in SQL
// (runner/store/engine-store.ts). Only what the engine does is here: the extension's own log views
// (lib/log/query.ts, first-screen, export, unseen, key-activity) read Dexie directly.
//
// Rule for every caller of `transaction`: no network I/O inside. IndexedDB ends a transaction that
// has nothing pending, and the SQL adapter holds a database lock for the transaction's length.
import type { BudgetStore } from '../autotask/budget';
import type { ActivityEntry, ActivityItem, RunRecord, SkuState } from '../db/records';
import type { Outbox } from '../orders/outbox';

/** An entry as appended: the adapter assigns its id. */
export type EntryRow = Omit<ActivityEntry, 'id'>;
/** An item as appended: the adapter assigns its id and links it to the entry. */
export type ItemRow = Omit<ActivityItem, 'id' | 'entryId'>;

export interface EngineStore {
  runs: {
    get(templateId: string): Promise<RunRecord | undefined>;
    /** Replaces the whole record (a field the record lacks is cleared). */
    put(run: RunRecord): Promise<void>;
  };
  /** Keyed by the record's `sku`, which the caller sets to lib/products/store.ts stateKey. */
  skuState: {
    /** One answer per key, in the keys' order. */
    getMany(keys: readonly string[]): Promise<(SkuState | undefined)[]>;
    putMany(states: readonly SkuState[]): Promise<void>;
  };
  meta: {
    get(key: string): Promise<unknown>;
    put(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
    /** The values of every key starting with `prefix`, in key order. */
    withPrefix(prefix: string): Promise<unknown[]>;
  };
  /** Insert-never-overwrites and compare-and-set, as lib/orders/outbox.ts describes. */
  outbox: Outbox;
  log: {
    /** The entry and all its items, atomically; returns the entry's id. */
    append(entry: EntryRow, items: readonly ItemRow[]): Promise<number>;
    /** Deletes entries with `at` < `before` (epoch ms) and their items; returns how many entries went. */
    pruneBefore(before: number): Promise<number>;
  };
  /** The Autotask API budget's memory across restarts (lib/autotask/budget.ts). */
  budget: BudgetStore;
  /**
   * Runs `fn` so that its calls to `runs`, `skuState`, `meta` and `outbox` commit together or not at
   * all, isolated from other transactions (read-then-write inside is safe). A nested call joins the
   * outer transaction. The log and the budget stay outside: `log.append` is atomic on its own.
   * Pass an `async` function: the IndexedDB adapter needs one to follow the awaits inside.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

let provided: EngineStore | undefined;

/** Called once by the host at start-up (the service worker, the runner), before any engine code runs. */
export function provideStore(host: EngineStore): void {
  provided = host;
}

export function store(): EngineStore {
  if (!provided) throw new Error('No store: the host (service worker or runner) provides it at start-up.');
  return provided;
}
