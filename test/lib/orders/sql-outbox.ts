// The order tests' second storage: the runner's SQL outbox (runner/store/engine-outbox.ts, through
// sqlEngineStore as the runner opens it) on one in-memory PGlite per test file. Every "browser" of a
// world gets its own engine store over that one database, as two runner replicas each have their own
// store over one PostgreSQL: what one of them commits, the other reads. `empty()` between runs is
// cheaper than a new database per run (test/runner/store/engine-session.ts does the same).
import type { Outbox } from '../../../lib/orders/outbox';
import type { Driver } from '../../../runner/store/driver';
import { sqlEngineStore } from '../../../runner/store/engine-store';
import { migrate } from '../../../runner/store/migrations';
import { openPglite } from '../../../runner/store/pglite-driver';

export interface SqlOutboxes {
  /** Opens and migrates the database (once; call before fake timers start). */
  open(): Promise<void>;
  /** Forgets every order of the previous run. */
  empty(): Promise<void>;
  /** A replica's outbox over the shared database. */
  outbox(): Outbox;
  close(): Promise<void>;
}

export function sqlOutboxes(): SqlOutboxes {
  let driver: Driver | undefined;
  const opened = () => {
    if (!driver) throw new Error('sqlOutboxes: open() first');
    return driver;
  };
  return {
    async open() {
      if (driver) return;
      driver = await openPglite('memory://');
      await migrate(driver);
    },
    empty: () => opened().exec('TRUNCATE outbox'),
    outbox: () => sqlEngineStore(opened()).outbox,
    async close() {
      await driver?.close();
      driver = undefined;
    },
  };
}
