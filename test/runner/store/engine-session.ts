// One migrated SQL database per test file for the engine store's contract, emptied before each test
// (cheaper than a new PGlite or PostgreSQL database per test).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { EngineStore } from '../../../lib/host/store';
import type { Driver } from '../../../runner/store/driver';
import { sqlEngineStore } from '../../../runner/store/engine-store';
import { migrate } from '../../../runner/store/migrations';

const TABLES = 'runs, sku_state, meta, outbox, activity, activity_items, api_calls';

export function engineSession(open: () => Promise<Driver>) {
  let driver: Driver | undefined;
  let store: EngineStore | undefined;
  beforeAll(async () => {
    driver = await open();
    await migrate(driver);
    store = sqlEngineStore(driver);
  }, 120_000);
  beforeEach(async () => {
    await driver!.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => store!;
}
