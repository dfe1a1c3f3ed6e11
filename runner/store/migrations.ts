// The runner's schema, as an ordered list of versioned migrations (issue 13 §1). Each one runs once,
// in its own transaction together with its row in `schema_migrations`, so a crash mid-migration
// leaves the previous version intact. A migration that shipped is never edited: append a new one.
import type { Driver } from './driver';
import { MIGRATION_LOCK, lockKey } from './lock-key';
import { SCHEMA_V1 } from './schema-v1';
import { SCHEMA_V2 } from './schema-v2';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: SCHEMA_V1 },
  { version: 2, name: 'api-calls', sql: SCHEMA_V2 },
];

/** The database was migrated by a newer runner: this one would misread or damage its rows. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database schema is at version ${found}, but this runner knows only up to version ${known}. ` +
        'A newer runner has used this database: upgrade this runner (it will not start on it).',
    );
    this.name = 'SchemaTooNewError';
  }
}

/**
 * Brings the database up to the newest migration. Two replicas starting together on one PostgreSQL
 * queue on a transaction-scoped advisory lock, and each re-reads the version under it, so every
 * migration runs exactly once.
 */
export async function migrate(
  driver: Driver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const known = migrations.at(-1)?.version ?? 0;
  for (;;) {
    const applied = await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(MIGRATION_LOCK)]);
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version integer PRIMARY KEY,
           name text NOT NULL,
           applied_at bigint NOT NULL
         )`,
      );
      const { rows } = await tx.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      );
      const current = rows[0]?.version ?? 0;
      if (current > known) throw new SchemaTooNewError(current, known);
      const next = migrations.find((m) => m.version > current);
      if (!next) return current;
      await tx.exec(next.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        next.version,
        next.name,
        Date.now(),
      ]);
      return undefined;
    });
    if (applied !== undefined) return applied;
  }
}
