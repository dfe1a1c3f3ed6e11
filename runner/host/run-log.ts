// The runner's own log: one line on stdout per run start and end, and a few lines about itself
// (started, listening, stopping). Every line passes through `scrub`, which blanks each configured
// secret value wherever it appears — the messages are written not to contain any, and this is
// the second lock on that door (issue 13 §1 "never logged").
import type { RunOutcome, RunTrigger } from '../../lib/sync/define-template';

export interface RunLog {
  started(templateId: string, trigger: RunTrigger): void;
  /** `outcome` undefined: the run stopped without a result (shutdown, lost lock). */
  ended(templateId: string, trigger: RunTrigger, outcome: RunOutcome | undefined, ms: number): void;
  info(message: string): void;
  error(message: string): void;
}

export function scrubber(secrets: readonly string[]): (line: string) => string {
  // Longest first: a secret that contains another is blanked whole.
  const sorted = [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (line) => sorted.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
}

export function createRunLog(
  secrets: readonly string[],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): RunLog {
  const scrub = scrubber(secrets);
  const say = (level: string, message: string) =>
    write(scrub(`${new Date().toISOString()} ${level} ${message}`.replace(/[\r\n]+/g, ' ')));
  return {
    started: (id, trigger) => say('info', `run started: ${id} (${trigger})`),
    ended(id, trigger, outcome, ms) {
      const took = `${(ms / 1000).toFixed(1)} s`;
      if (!outcome)
        return say('info', `run ended: ${id} (${trigger}) stopped after ${took}, checkpoint kept`);
      const summary = outcome.summary ? ` — ${outcome.summary}` : '';
      const level = outcome.result === 'failed' ? 'error' : outcome.result === 'partial' ? 'warn' : 'info';
      say(level, `run ended: ${id} (${trigger}) ${outcome.result} after ${took}${summary}`);
    },
    info: (message) => say('info', message),
    error: (message) => say('error', message),
  };
}
