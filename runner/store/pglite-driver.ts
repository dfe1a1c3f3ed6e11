// The embedded database: PGlite (PostgreSQL compiled to WASM) in a folder. PGlite is one connection;
// it already queues each query behind any open transaction, so statements from concurrent callers
// never land inside someone else's transaction. One process owns the folder (data-dir-lock.ts), so
// the template lock can live in memory.
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { Driver, LockResult, Queryable } from './driver';

function queryable(db: PGlite | Transaction): Queryable {
  return {
    async query(sql, params = []) {
      const result = await db.query<never>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    async exec(sql) {
      await db.exec(sql);
    },
  };
}

export async function openPglite(folder: string): Promise<Driver> {
  const db = await PGlite.create(folder);
  const held = new Set<string>();
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async withLock<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>> {
      if (held.has(name)) return { ran: false };
      held.add(name);
      try {
        return { ran: true, value: await fn() };
      } finally {
        held.delete(name);
      }
    },
    close: () => db.close(),
  };
}
