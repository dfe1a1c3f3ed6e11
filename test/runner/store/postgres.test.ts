// @vitest-environment node
// The store contract on PostgreSQL (DATABASE_URL), and what only a shared server has: replicas. Two
// stores on one database are two runner replicas; the template lock makes the second a standby.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../runner/store/migrations';
import { startPostgres } from '../harness/postgres';
import type { TestPostgres } from '../harness/postgres';
import { storeContract } from './contract';
import { holdLock } from './contract/gate';

let server: TestPostgres;

beforeAll(async () => {
  // Up to minutes when apt-get has to install PostgreSQL first.
  server = await startPostgres();
  console.info(`PostgreSQL for the store tests ready in ${server.startMs} ms`);
}, 600_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

/** Ends, from the server side, every session holding an advisory lock in the database. */
async function killLockHolders(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE l.locktype = 'advisory' AND l.granted AND d.datname = $1`,
      [new URL(databaseUrl).pathname.slice(1)],
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

describe('runner store on PostgreSQL', () => {
  const session = storeContract({
    fresh: async () => ({ dataDir: '', databaseUrl: await server.createDatabase() }),
  });

  describe('two replicas', () => {
    it('migrate a new database together exactly once', async () => {
      const [a, b] = await Promise.all([session.open(), session.open()]);
      expect(a).toBeDefined();
      expect(b).toBeDefined();

      const driver = await session.driver();
      const { rows } = await driver.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('never run one template at once: the second is a standby until the first is done', async () => {
      const a = await session.open();
      const b = await session.open();
      const held = holdLock((fn) => a.withTemplateLock('product-sync', fn), 'a');
      await held.inside;

      expect(await b.withTemplateLock('product-sync', async () => 'b')).toEqual({ ran: false });
      expect(await b.withTemplateLock('create-orders', async () => 'b')).toEqual({ ran: true, value: 'b' });
      held.release();
      expect(await held.result).toEqual({ ran: true, value: 'a' });
      expect(await b.withTemplateLock('product-sync', async () => 'b')).toEqual({ ran: true, value: 'b' });
    });

    it('take over when the holder’s connection dies (a killed runner)', async () => {
      const a = await session.open();
      const b = await session.open();
      const held = holdLock((fn) => a.withTemplateLock('product-sync', fn), 'a');
      await held.inside;
      expect(await b.withTemplateLock('product-sync', async () => 'b')).toEqual({ ran: false });

      expect(await killLockHolders(session.options.databaseUrl!)).toBe(1);

      // The server releases the lock when the terminated backend has exited: a moment later.
      await expect
        .poll(() => b.withTemplateLock('product-sync', async () => 'b'), { timeout: 10_000 })
        .toEqual({ ran: true, value: 'b' });
      // A's run itself is not interrupted: it ends normally, its unlock on a dead session ignored.
      held.release();
      expect(await held.result).toEqual({ ran: true, value: 'a' });
    });
  });
});
