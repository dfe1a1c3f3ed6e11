// The runner's store as configuration asks (issue 13 §1): PostgreSQL when DATABASE_URL is set,
// otherwise PGlite in the data folder. Either way migrated to this runner's schema before use.
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import type { Driver } from './driver';
import { migrate } from './migrations';
import { openPg } from './pg-driver';
import { openPglite } from './pglite-driver';
import { sqlStore } from './sql-store';
import type { RunnerStore } from './types';

export interface StoreOptions {
  /** PostgreSQL connection string (DATABASE_URL); unset = the embedded database. */
  databaseUrl?: string;
  /** The runner's data folder; the embedded database lives in its `pglite/` folder. */
  dataDir: string;
}

async function openEmbedded(dataDir: string): Promise<Driver> {
  const unlock = await lockDataDir(dataDir);
  try {
    const driver = await openPglite(join(dataDir, 'pglite'));
    return {
      ...driver,
      async close() {
        try {
          await driver.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** The database connection alone, not migrated (openStore, and tests that inspect the schema). */
export function openDriver(options: StoreOptions): Promise<Driver> {
  return options.databaseUrl ? openPg(options.databaseUrl) : openEmbedded(options.dataDir);
}

/** The database connection, migrated to this code's schema (closed again when that fails). */
export async function openMigrated(options: StoreOptions): Promise<Driver> {
  const driver = await openDriver(options);
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}

export async function openStore(options: StoreOptions): Promise<RunnerStore> {
  return sqlStore(await openMigrated(options));
}
