// The runner's entry point (issue 13 §1): `npm run runner` serves the schedules and the API until
// SIGTERM; `npm run runner -- --once <template>` runs one template and exits (once.ts has the exit
// codes). Wiring only: configuration (config.ts), the host (host/), the two ways of running.
import { parseArgs } from 'node:util';
import { cancelAllRuns } from '../lib/sync/engine';
import { ConfigError, loadConfig, secretValues } from './config';
import { EXIT, runOnce } from './once';
import { createRunLog } from './host/run-log';
import { startServing } from './serve';

const { values } = parseArgs({ options: { once: { type: 'string' } } });

const config = await loadConfig().catch((error: unknown) => {
  // ConfigError names the field, never its value; anything else is reported by its kind only.
  console.error(
    error instanceof ConfigError
      ? error.message
      : `The configuration could not be read (${(error as Error).name}).`,
  );
  process.exit(EXIT.cannotRun);
});
const log = createRunLog(secretValues(config));
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
const stopSignals = ['SIGTERM', 'SIGINT'] as const;

if (values.once !== undefined) {
  log.info(`runner --once ${values.once}: storage ${where}`);
  // The run stops at its next checkpoint; runOnce then closes the database and answers 75.
  for (const signal of stopSignals) process.once(signal, () => cancelAllRuns());
  const code = await runOnce(config, values.once, log).catch((error: unknown) => {
    log.error(`could not run: ${(error as Error).message}`);
    return EXIT.cannotRun;
  });
  process.exit(code);
} else {
  log.info(`runner starting: storage ${where}`);
  const serving = await startServing(config, log).catch((error: unknown) => {
    log.error(`could not start: ${(error as Error).message}`);
    process.exit(EXIT.cannotRun);
  });
  for (const signal of stopSignals) {
    process.once(signal, () => {
      log.info(`${signal}: stopping (runs keep their checkpoints)`);
      void serving.stop().then(() => process.exit(0));
    });
  }
}
