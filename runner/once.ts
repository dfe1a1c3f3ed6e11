// `npm run runner -- --once <template>`: one run of one template, then exit — for a system cron or a
// Kubernetes CronJob. Exit codes (README "Run the schedules on a server"):
//   0  success or partial (the items that failed are in the log, and alerted)
//   1  the run failed
//   2  it could not run: configuration, database, unknown or switched-off template
//   75 not now (EX_TEMPFAIL): another replica is running it, or it paused on the API budget and
//      continues from its checkpoint at the next invocation
import { RETENTION_ALARM, handleRetentionAlarm } from '../lib/log/retention-alarm';
import { OUTBOX_RECOVERY_ALARM, recoverOutbox } from '../lib/orders/recovery';
import type { RunnerConfig } from './config';
import { boot } from './host/boot';
import type { BootOptions } from './host/boot';
import type { RunLog } from './host/run-log';

export const EXIT = { ok: 0, failed: 1, cannotRun: 2, later: 75 } as const;

export async function runOnce(
  config: RunnerConfig,
  templateId: string,
  log: RunLog,
  options: BootOptions = {},
): Promise<number> {
  const host = await boot(config, log, options);
  try {
    // Interrupted submissions are settled before anything new is ordered, as at a worker's start.
    await host.store.withTemplateLock(OUTBOX_RECOVERY_ALARM, () => recoverOutbox(host.services));
    const result = await host.runs.start(templateId, 'schedule');
    if (!result.started) {
      const why = {
        unknown: `there is no template "${templateId}"`,
        'switched-off': `${templateId} is switched off in the configuration`,
        'already-running': `${templateId} is running already (here or on another replica)`,
      }[result.reason];
      log.error(`not run: ${why}`);
      return result.reason === 'already-running' ? EXIT.later : EXIT.cannotRun;
    }
    const outcome = await result.finished;
    if (!outcome) return EXIT.later;
    if (outcome.result === 'failed') return EXIT.failed;
    return outcome.result === 'paused' ? EXIT.later : EXIT.ok;
  } finally {
    // Log retention has no timer that outlives this process: each --once run prunes after its run.
    await host.store
      .withTemplateLock(RETENTION_ALARM, () => handleRetentionAlarm({ name: RETENTION_ALARM }))
      .catch((error: unknown) => log.error(`log retention failed: ${(error as Error).message}`));
    await host.close();
  }
}
