// The scheduling port (issue 13 §1): named timers, one-shot or periodic, kept by the host across its
// restarts — chrome.alarms in the extension (entrypoints/background/browser-timers.ts), the runner's
// own scheduler in the runner. lib/ names timers and says what to do when one fires; the host keeps
// them and calls lib's handlers (scheduler.ts handleAlarm, recovery.ts, retention-alarm.ts).
// The shapes are chrome.alarms' own, so the extension's adapter is a pass-through.

export interface Timer {
  name: string;
  /** Epoch ms of the next firing. */
  scheduledTime: number;
  periodInMinutes?: number;
}

/** First firing at `when` (epoch ms) or `delayInMinutes` from now; then every `periodInMinutes`, if set. */
export type TimerSpec =
  { when: number; periodInMinutes?: number } | { delayInMinutes: number; periodInMinutes?: number };

export interface Timers {
  /** Creates or replaces the timer of that name. */
  create(name: string, spec: TimerSpec): Promise<void>;
  get(name: string): Promise<Timer | undefined>;
  getAll(): Promise<Timer[]>;
  clear(name: string): Promise<void>;
}

let provided: Timers | undefined;

/** Called once by the host at start-up, before anything schedules. */
export function provideTimers(host: Timers): void {
  provided = host;
}

export function timers(): Timers {
  if (!provided) throw new Error('No timers: the host (service worker or runner) provides them at start-up.');
  return provided;
}
