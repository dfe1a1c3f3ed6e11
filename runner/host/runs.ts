// How the runner starts a template run — from a cron tick, `Run now` in the API, `--once`, or a
// paused run's resume timer: always through the engine entry points the extension's alarm handler
// uses (lib/sync/engine.ts startRun; scheduler.ts runNow for `Run now`), always inside the store's template lock, so two replicas
// on one PostgreSQL never run the same template at once (a standby skips the tick). Each run's start
// and end is one line on stdout (run-log.ts).
import { isAppError } from '../../lib/errors/app-error';
import { runNow } from '../../lib/sync/scheduler';
import { startRun } from '../../lib/sync/engine';
import type { StartedRun } from '../../lib/sync/engine';
import { getTemplate } from '../../lib/sync/registry';
import { loadTemplateSettings } from '../../lib/sync/template-settings';
import type { RunOutcome, RunTrigger } from '../../lib/sync/define-template';
import { HINT_CODES } from '../../lib/hints/catalogue';
import { store as engineStore } from '../../lib/host/store';
import type { RunnerStore } from '../store/types';
import type { RunLog } from './run-log';

export type StartResult =
  | { started: true; finished: Promise<RunOutcome | undefined> }
  | { started: false; reason: 'already-running' | 'switched-off' | 'unknown' };

export interface RunControl {
  /** Starts the run and resolves once it is under way (or refused); `finished` settles at its end. */
  start(templateId: string, trigger: RunTrigger): Promise<StartResult>;
  /** Settles when every run this process started has ended. */
  idle(): Promise<void>;
}

const refused = (reason: 'already-running' | 'switched-off' | 'unknown'): StartResult => ({
  started: false,
  reason,
});

export function createRunControl(store: Pick<RunnerStore, 'withTemplateLock'>, log: RunLog): RunControl {
  const going = new Set<Promise<unknown>>();

  function track<T>(promise: Promise<T>): Promise<T> {
    going.add(promise);
    void promise.finally(() => going.delete(promise)).catch(() => {});
    return promise;
  }

  /**
   * Inside the template lock no live run of the template exists — on another replica (the advisory
   * lock), or here (the lock is held for the whole run) — so a run lease still in the runs table was
   * left by a runner that was killed (kill -9, OOM, a node lost). The engine would honour it until it
   * lapses (LOCK_TTL_MS, 90 s) and a restart would answer "already running"; it is released here,
   * the checkpoint kept, so the run resumes at once.
   */
  async function releaseDeadLease(templateId: string): Promise<void> {
    const { runs, transaction } = engineStore();
    await transaction(async () => {
      const record = await runs.get(templateId);
      if (!record?.lockOwner) return;
      const { lockOwner: _owner, lockExpiresAt: _expires, ...rest } = record;
      log.info(`${templateId}: releasing the run lock of a runner that stopped without ending its run`);
      await runs.put({ ...rest, state: 'idle' });
    });
  }

  /** The engine call, inside the cross-replica lock; resolves with the engine's StartedRun. */
  function locked(templateId: string, begin: () => Promise<StartedRun>): Promise<StartedRun> {
    return new Promise<StartedRun>((resolve, reject) => {
      const held = store.withTemplateLock(templateId, async () => {
        await releaseDeadLease(templateId);
        const run = await begin();
        resolve(run);
        return run.finished;
      });
      track(held).then((result) => {
        if (!result.ran) resolve({ started: false, finished: Promise.resolve(undefined) });
      }, reject);
    });
  }

  async function start(templateId: string, trigger: RunTrigger): Promise<StartResult> {
    const template = getTemplate(templateId);
    if (!template) return refused('unknown');
    // A template switched off writes nothing, whoever asks (issue 11 §1); a tick for it is skipped,
    // and a paused run keeps its checkpoint for when it is switched on (as handleAlarm does).
    if (!(await loadTemplateSettings(template)).enabled) return refused('switched-off');
    let run: StartedRun;
    try {
      run = await locked(templateId, () =>
        trigger === 'manual' ? runNow(templateId) : startRun(templateId, trigger),
      );
    } catch (error) {
      // Switched off between the check and the lock (runNow re-checks).
      if (isAppError(error) && error.code === HINT_CODES.templateOff) return refused('switched-off');
      throw error;
    }
    if (!run.started) return refused('already-running');
    log.started(templateId, trigger);
    const startedAt = Date.now();
    const finished = run.finished.then((outcome) => {
      log.ended(templateId, trigger, outcome, Date.now() - startedAt);
      return outcome;
    });
    return { started: true, finished: track(finished) };
  }

  return {
    start,
    async idle() {
      while (going.size > 0) await Promise.allSettled([...going]);
    },
  };
}
