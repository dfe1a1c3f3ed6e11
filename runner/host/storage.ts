// The runner's storage: one database connection (PGlite in the data folder, or PostgreSQL with
// DATABASE_URL), migrated, serving both views of it: the runner's store (runner/store/types.ts: the
// API's log reads, the alerts' throttle, the cross-replica template lock) and the engine's storage
// port (lib/host/store.ts, runner/store/engine-store.ts), which this function provides to lib/.
import type { EngineStore } from '../../lib/host/store';
import { provideStore } from '../../lib/host/store';
import { sqlEngineStore } from '../store/engine-store';
import { openMigrated } from '../store/open';
import type { StoreOptions } from '../store/open';
import { sqlStore } from '../store/sql-store';
import type { RunnerStore } from '../store/types';

export interface RunnerStorage {
  store: RunnerStore;
  engine: EngineStore;
}

export async function openRunnerStorage(options: StoreOptions): Promise<RunnerStorage> {
  const driver = await openMigrated(options);
  const storage = { store: sqlStore(driver), engine: sqlEngineStore(driver) };
  provideStore(storage.engine);
  return storage;
}
