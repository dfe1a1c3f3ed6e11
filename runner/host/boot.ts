// What both ways of running share (`npm run runner`, `--once`): the engine's ports provided from
// this host — storage, settings, timers, API clients — the configuration seeded into the settings,
// the Autotask connection checked, and failure alerts listening to the log.
import { isAppError } from '../../lib/errors/app-error';
import { provideSettingsArea } from '../../lib/host/settings';
import { provideTimers } from '../../lib/host/timers';
import { provideSyncServices } from '../../lib/sync/services';
import type { SyncServices } from '../../lib/sync/services';
import type { RunnerConfig } from '../config';
import type { RunnerStore } from '../store/types';
import { watchFailures } from './alerts';
import type { FailureWatch } from './alerts';
import { connectOnce } from './connect';
import { createRunnerContainer } from './container';
import { timerListener } from './fire';
import type { RunLog } from './run-log';
import { createRunControl } from './runs';
import type { RunControl } from './runs';
import { seedSettings } from './seed-settings';
import { metaSettingsArea } from './settings-area';
import { openRunnerStorage } from './storage';
import { cronTimers } from './timers';
import type { CronTimers } from './timers';

export interface Booted {
  store: RunnerStore;
  services: SyncServices;
  runs: RunControl;
  timers: CronTimers;
  failures: FailureWatch;
  /** Timers and alerts stopped, runs ended, the database closed. */
  close(): Promise<void>;
}

export interface BootOptions {
  /** The simulators' fetch in tests; Node's otherwise. */
  fetch?: typeof fetch;
}

export async function boot(config: RunnerConfig, log: RunLog, options: BootOptions = {}): Promise<Booted> {
  const { store, engine } = await openRunnerStorage({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    // The engine's meta view: inside an engine transaction it uses that transaction's connection.
    provideSettingsArea(metaSettingsArea({ get: engine.meta.get, set: engine.meta.put }));
    await seedSettings(config);
    const services = createRunnerContainer(config, options);
    provideSyncServices(services);
    const runs = createRunControl(store, log);
    const timers = cronTimers(timerListener(store, runs, services));
    provideTimers(timers);
    await connect(config, log, options);
    const failures = watchFailures(config, store.meta, log);
    return {
      store,
      services,
      runs,
      timers,
      failures,
      async close() {
        timers.stop();
        await runs.idle();
        await failures.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * A first Connect, or a check that the credentials still reach the tenant this database belongs to.
 * Only another tenant stops the runner; anything else (Autotask down at start-up) is logged — by
 * connectAutotask into the activity log too — and each run then meets and logs it itself.
 */
async function connect(config: RunnerConfig, log: RunLog, options: BootOptions): Promise<void> {
  try {
    if (await connectOnce(config.autotask, options))
      log.info(`connected to Autotask as ${config.autotask.userName}`);
  } catch (error) {
    if (isAppError(error) && error.code === 'tenant-mismatch') throw error;
    log.error(`Autotask connection check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
