// The templates' schedules on the runner (issue 13 §1): a cron expression per template from the
// configuration, or — for a template switched on without one — its own schedule from its settings
// (daily at `dailyAt`, or every `periodInMinutes`), as the extension would run it. A tick starts the
// run through RunControl (runs.ts): inside the template lock, skipped while a run is going.
import { Cron } from 'croner';
import { getTemplate } from '../../lib/sync/registry';
import type { Schedule } from '../../lib/sync/define-template';
import type { RunControl } from './runs';
import type { RunLog } from './run-log';

export interface SchedulesConfig {
  schedules: Record<string, string>;
  templates: Record<string, Record<string, unknown>>;
  timezone?: string;
}

export interface Schedules {
  /** Epoch ms of the template's next tick; undefined when it has no schedule. */
  nextRunAt(templateId: string): number | undefined;
  /** The template id → the cron line it runs on, for the start-up line. */
  describe(): Record<string, string>;
  stop(): void;
}

/** A template's own schedule as cron: `dailyAt` exactly; a period as "every second, at least N apart". */
export function cronFor(schedule: Schedule): { pattern: string; interval?: number } {
  if ('dailyAt' in schedule) {
    const [hours, minutes] = schedule.dailyAt.split(':').map(Number);
    return { pattern: `${minutes ?? 0} ${hours ?? 0} * * *` };
  }
  return { pattern: '* * * * * *', interval: Math.round(schedule.periodInMinutes * 60) };
}

function wanted(id: string, config: SchedulesConfig): { pattern: string; interval?: number } | undefined {
  const settings = config.templates[id];
  const template = getTemplate(id);
  if (!template || !settings?.enabled) return undefined;
  const configured = config.schedules[id];
  if (configured) return { pattern: configured };
  const own = template.schedule(settings) as Schedule | undefined;
  return own && cronFor(own);
}

export function startSchedules(config: SchedulesConfig, runs: RunControl, log: RunLog): Schedules {
  const jobs = new Map<string, { job: Cron; line: string }>();
  for (const id of Object.keys(config.templates)) {
    const cron = wanted(id, config);
    if (!cron) continue;
    const job = new Cron(
      cron.pattern,
      {
        name: `bridge:${id}`,
        // A tick while this process still runs the template is skipped, not queued.
        protect: true,
        ...(cron.interval ? { interval: cron.interval } : {}),
        ...(config.timezone ? { timezone: config.timezone } : {}),
      },
      async () => {
        try {
          const result = await runs.start(id, 'schedule');
          if (!result.started && result.reason === 'already-running') {
            log.info(`tick skipped: ${id} is running here or on another replica`);
          }
          if (result.started) await result.finished;
        } catch (error) {
          log.error(`tick failed: ${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    );
    const line = cron.interval ? `every ${cron.interval / 60} min` : cron.pattern;
    jobs.set(id, { job, line });
  }
  return {
    nextRunAt: (id) => jobs.get(id)?.job.nextRun()?.getTime(),
    describe: () => Object.fromEntries([...jobs].map(([id, { line }]) => [id, line])),
    stop() {
      for (const { job } of jobs.values()) job.stop();
    },
  };
}
