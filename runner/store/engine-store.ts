// The engine's storage port (lib/host/store.ts) over the runner's SQL schema, for PGlite and
// PostgreSQL alike. `transaction(fn)` is a real database transaction: the connection it opened is
// kept in AsyncLocalStorage, and every store call made inside `fn` (however deep) uses it, so all of
// them commit or roll back together; a nested `transaction` joins the open one. Each transaction
// first takes one transaction-scoped advisory lock, so engine transactions run one at a time across
// replicas — what IndexedDB does for overlapping read-write transactions — and a read-then-write
// inside one (a run's lock, an order's lock, the import queue) cannot interleave with another.
// Expects a migrated database (open.ts migrate).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActivityEntry } from '../../lib/db/records';
import type { EngineStore } from '../../lib/host/store';
import type { Driver, Queryable } from './driver';
import { sqlEngineOutbox } from './engine-outbox';
import { sqlBudget, sqlMeta, sqlSkuStates } from './engine-rows';
import { lockKey } from './lock-key';
import { sqlKeyValue } from './sql-kv';
import { sqlLog } from './sql-log';
import { RUNS } from './tables';

/** Not of the form `bridge:<id>`, so never a template's lock (lock-key.ts). */
export const ENGINE_TRANSACTION_LOCK = 'bridge-engine-transaction';

export function sqlEngineStore(driver: Driver): EngineStore {
  const open = new AsyncLocalStorage<Queryable>();
  const q = (): Queryable => open.getStore() ?? driver;

  async function transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (open.getStore()) return fn();
    return driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(ENGINE_TRANSACTION_LOCK)]);
      return open.run(tx, fn);
    });
  }

  // The runner's own store modules, made to follow the open transaction.
  const scoped: Driver = {
    query: (sql, params) => q().query(sql, params),
    exec: (sql) => q().exec(sql),
    transaction: (fn) => transaction(() => fn(q())),
    withLock: (name, fn) => driver.withLock(name, fn),
    close: () => driver.close(),
  };
  const runs = sqlKeyValue(scoped, RUNS, 'template_id', (run) => run.templateId);
  const log = sqlLog(scoped);
  const meta = sqlMeta(q);

  return {
    runs: { get: runs.get, put: runs.put },
    skuState: sqlSkuStates(q),
    meta,
    outbox: sqlEngineOutbox(q),
    log: {
      append: (entry, items) => {
        const { itemCount: _counted, ...rest } = entry as ActivityEntry;
        return log.appendEntry(rest, items);
      },
      pruneBefore: (before) => log.pruneBefore(before),
    },
    budget: sqlBudget(q, meta),
    transaction,
  };
}
