// The scheduling port (lib/host/timers.ts) on croner: named timers with chrome.alarms' shapes — a
// first firing at `when` or after `delayInMinutes`, then every `periodInMinutes` if set. lib/ arms
// them (a paused run's resume, the outbox recovery, log retention) and the runner's listener
// (fire.ts) hands each firing to lib's handlers, as the extension's onAlarm listener does.
// Timers live in this process: a restart re-arms retention and recovery at start-up, and a paused
// run's resume is lost but its checkpoint is not — the template's next cron tick resumes it.
import { Cron } from 'croner';
import type { Timer, TimerSpec, Timers } from '../../lib/host/timers';

const MINUTE_MS = 60_000;

export interface CronTimers extends Timers {
  /** Stops every timer; nothing fires afterwards (shutdown). */
  stop(): void;
}

export interface CronTimerOptions {
  now?: () => number;
}

export function cronTimers(
  onFire: (timer: Timer) => Promise<void> | void,
  { now = Date.now }: CronTimerOptions = {},
): CronTimers {
  const armed = new Map<string, { timer: Timer; job: Cron }>();
  let stopped = false;

  function arm(timer: Timer): void {
    armed.get(timer.name)?.job.stop();
    // chrome.alarms fires a time already past as soon as it can; croner would not fire it at all.
    const at = new Date(Math.max(timer.scheduledTime, now() + 1));
    const job: Cron = new Cron(at, { maxRuns: 1 }, (): void => fire(timer, job));
    armed.set(timer.name, { timer, job });
  }

  function fire(timer: Timer, job: Cron): void {
    if (stopped || armed.get(timer.name)?.job !== job) return;
    if (timer.periodInMinutes) {
      const period = timer.periodInMinutes * MINUTE_MS;
      // On the period's beat; a process that slept through firings fires once, then counts from now.
      const due = timer.scheduledTime + period;
      arm({ ...timer, scheduledTime: due > now() ? due : now() + period });
    } else {
      armed.delete(timer.name);
    }
    void Promise.resolve()
      .then(() => onFire({ ...timer }))
      .catch((error: unknown) => console.error(`runner: timer ${timer.name} failed`, error));
  }

  function first(spec: TimerSpec): number {
    return 'when' in spec ? spec.when : now() + spec.delayInMinutes * MINUTE_MS;
  }

  return {
    async create(name, spec) {
      if (stopped) return;
      arm({
        name,
        scheduledTime: first(spec),
        ...(spec.periodInMinutes ? { periodInMinutes: spec.periodInMinutes } : {}),
      });
    },
    get: async (name) => {
      const entry = armed.get(name);
      return entry && { ...entry.timer };
    },
    getAll: async () => [...armed.values()].map(({ timer }) => ({ ...timer })),
    async clear(name) {
      armed.get(name)?.job.stop();
      armed.delete(name);
    },
    stop() {
      stopped = true;
      for (const { job } of armed.values()) job.stop();
      armed.clear();
    },
  };
}
