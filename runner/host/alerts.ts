// Failure alerts (issue 13 §3) fed by the log: every entry this process appends that is failed or
// partial goes to runner/alerts, which throttles (same hint, same template: once an hour) and posts.
// The outcome is one line of the runner's log; it never reaches the run.
import { onEntryAppended } from '../../lib/log/appended';
import { createAlerts } from '../alerts/notify';
import { entryLinks } from '../alerts/message';
import type { RunnerConfig } from '../config';
import type { RunnerStore } from '../store/types';
import type { RunLog } from './run-log';

export interface FailureWatch {
  /** Stops listening; settles once the alerts already under way are posted (or failed). */
  stop(): Promise<void>;
}

/** Nothing is subscribed without a webhook. */
export function watchFailures(
  config: Pick<RunnerConfig, 'alerts' | 'api'>,
  meta: RunnerStore['meta'],
  log: RunLog,
): FailureWatch {
  const { alerts } = config;
  if (!alerts) return { stop: async () => {} };
  const pending = new Set<Promise<void>>();
  const publicUrl = config.api.publicUrl ?? `http://localhost:${config.api.port}`;
  const notifier = createAlerts({
    webhook: alerts.webhook,
    meta,
    linkFor: entryLinks(publicUrl, alerts.linkBase),
  });
  const unsubscribe = onEntryAppended((entry) => {
    if (entry.result !== 'failed' && entry.result !== 'partial') return;
    const posted = notifier.alertFor(entry).then((outcome) => {
      if (outcome.sent) log.info(`alert sent: entry ${entry.id} (${entry.template}, ${entry.result})`);
      else if (outcome.reason === 'error')
        log.error(`alert not sent: entry ${entry.id}: ${outcome.error.message}`);
    });
    pending.add(posted);
    void posted.finally(() => pending.delete(posted));
  });
  return {
    async stop() {
      unsubscribe();
      await Promise.allSettled([...pending]);
    },
  };
}
