// PostgreSQL (DATABASE_URL) through a node-postgres pool. The template lock is a session advisory
// lock on a dedicated connection held for the lock's lifetime: if the runner dies, the server ends
// the session and the lock with it, so a standby replica takes the next tick.
// https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
import pg from 'pg';
import type { Driver, LockResult, Queryable } from './driver';
import { lockKey } from './lock-key';

const POOL_SIZE = 5;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params = []) {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      // No parameters: the simple protocol, which runs several statements.
      await client.query(sql);
    },
  };
}

export async function openPg(connectionString: string): Promise<Driver> {
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE });
  // An idle connection the server drops (restart, failover) is discarded by the pool and the next
  // query opens a new one; without a listener the 'error' event would crash the process.
  pool.on('error', () => {});
  // Fail at start-up, with the server's own message, rather than at the first scheduled run.
  await pool.query('SELECT 1');

  return {
    ...queryable(pool),

    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await fn(queryable(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        // A connection that could not roll back is destroyed, never handed to the next caller.
        client.release(broken);
      }
    },

    async withLock<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>> {
      const key = lockKey(name);
      const client = new pg.Client({ connectionString });
      // The session can end under us (pg_terminate_backend, a server restart): the lock is then
      // already released by the server; the listener keeps the event from crashing the process.
      client.on('error', () => {});
      await client.connect();
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1::bigint) AS locked',
          [key],
        );
        if (!rows[0]?.locked) return { ran: false };
        try {
          return { ran: true, value: await fn() };
        } finally {
          await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
        }
      } finally {
        await client.end().catch(() => undefined);
      }
    },

    close: () => pool.end(),
  };
}
