// Versioned migrations (runner/store/migrations.ts): each applied once, in a transaction, recorded in
// schema_migrations; a database a newer runner migrated is refused.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SchemaTooNewError, migrate } from '../../../../runner/store/migrations';
import type { StoreSession } from './session';
import { entry, intent } from './samples';

const LATEST = MIGRATIONS.at(-1)!.version;

export function schemaContract(session: StoreSession) {
  describe('schema', () => {
    it('migrates once: reopening keeps the data and applies nothing again', async () => {
      const first = await session.open();
      const id = await first.log.appendEntry(entry({ summary: 'before restart' }));
      await first.outbox.insertIntent(intent('AT12-1001'));
      await first.close();

      const again = await session.open();
      expect((await again.log.entry(id))?.entry.summary).toBe('before restart');
      expect(await again.outbox.insertIntent(intent('AT12-1001'))).toBe(false);
      await again.close();

      const driver = await session.driver();
      const { rows } = await driver.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('applies a migration whole or not at all', async () => {
      await (await session.open()).close();
      const driver = await session.driver();
      // Its script runs through, then recording it fails: the script's work must go too.
      const broken = {
        version: LATEST + 1,
        name: 'half',
        sql: `CREATE TABLE half_done (id integer);
              CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'not recorded'; END $$;
              CREATE TRIGGER refuse BEFORE INSERT ON schema_migrations FOR EACH ROW EXECUTE FUNCTION refuse();`,
      };

      await expect(migrate(driver, [...MIGRATIONS, broken])).rejects.toThrow(/not recorded/);

      const tables = await driver.query(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
      );
      expect(tables.rows).toEqual([]);
      const { rows } = await driver.query<{ v: number }>('SELECT max(version) AS v FROM schema_migrations');
      expect(rows[0]?.v).toBe(LATEST);
    });

    it('refuses a database a newer runner has migrated, and leaves it as it was', async () => {
      const store = await session.open();
      const id = await store.log.appendEntry(entry());
      await store.close();
      const driver = await session.driver();
      await driver.query(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'future', 0)",
        [LATEST + 1],
      );
      await driver.close();

      const refused = session.open();
      await expect(refused).rejects.toBeInstanceOf(SchemaTooNewError);
      await expect(refused).rejects.toThrow(
        `version ${LATEST + 1}, but this runner knows only up to version ${LATEST}`,
      );

      const after = await session.driver();
      const { rows } = await after.query('SELECT id FROM activity');
      expect(rows.map((r) => Number(r.id))).toEqual([id]);
    });
  });
}
