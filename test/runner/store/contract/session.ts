// What the contract needs from a backend: a new, empty database for each test. Every store a test
// opens is closed after it, even when the test fails half-way.
import { afterEach, beforeEach } from 'vitest';
import { openDriver, openStore } from '../../../../runner/store/open';
import type { StoreOptions } from '../../../../runner/store/open';
import type { Driver } from '../../../../runner/store/driver';
import type { RunnerStore } from '../../../../runner/store/types';

export interface StoreFixture {
  /** Options that reach a database no test has used. */
  fresh(): Promise<StoreOptions>;
}

export function storeSession(fixture: StoreFixture) {
  let options: StoreOptions | undefined;
  const opened: { close(): Promise<void> }[] = [];
  beforeEach(async () => {
    options = await fixture.fresh();
  });
  afterEach(async () => {
    for (const one of opened.splice(0)) await one.close().catch(() => undefined);
  });
  const here = () => {
    if (!options) throw new Error('storeSession: no database yet (beforeEach has not run)');
    return options;
  };
  return {
    get options() {
      return here();
    },
    async open(at: StoreOptions = here()): Promise<RunnerStore> {
      const store = await openStore(at);
      opened.push(store);
      return store;
    },
    /** The raw connection, for what the port does not show (the schema's own rows). */
    async driver(at: StoreOptions = here()): Promise<Driver> {
      const driver = await openDriver(at);
      opened.push(driver);
      return driver;
    },
  };
}

export type StoreSession = ReturnType<typeof storeSession>;
