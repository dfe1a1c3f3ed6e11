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
  /**
   * Where the API listens (`http://127.0.0.1:8787`), once it does: the alerts' links point there
   * unless the config names a public URL or a link base. Before (or without an API): no link.
   */
  listeningAt(origin: string): void;
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
  if (!alerts) return { listeningAt: () => {}, stop: async () => {} };
  const pending = new Set<Promise<void>>();
  const configured =
    config.api.publicUrl || alerts.linkBase
      ? entryLinks(config.api.publicUrl ?? '', alerts.linkBase)
      : undefined;
  // The port is known only once the API listens (port 0 in the config picks a free one).
  let listening: ((entryId: number) => string) | undefined;
  const notifier = createAlerts({
    webhook: alerts.webhook,
    meta,
    linkFor: (entryId) => (configured ?? listening)?.(entryId),
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
    listeningAt(origin) {
      listening = entryLinks(origin);
    },
    async stop() {
      unsubscribe();
      await Promise.allSettled([...pending]);
    },
  };
}
