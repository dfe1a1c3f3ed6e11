// Runs one template: takes its lock, hands it a context, records how it ended. A failed run keeps
// its checkpoint, so the next run resumes after the last committed page instead of starting over.
import { AppError, isAppError } from '../errors/app-error';
import { hintFor } from '../hints/hints';
import { appendEntry } from '../log/activity';
import { plainErrorData } from '../errors/error-data';
import { resumeAlarm } from './alarm-names';
import { timers } from '../host/timers';
import { getTemplate } from './registry';
import { LOCK_TTL_MS, acquireRun, finishRun, readRun, updateOwnedRun } from './run-state';
import { hasSyncServices, syncServices } from './services';
import { loadTemplateSettings } from './template-settings';
import type { AnyTemplate, RunContext, RunOutcome, RunTrigger } from './define-template';

/** Progress is written at most this often; a 10,000-SKU run would otherwise write 10,000 times. */
const PROGRESS_INTERVAL_MS = 500;

const active = new Map<string, AbortController>();

export interface StartedRun {
  /** False when another run of the template holds the lock (here, in another page, or in a worker that died less than LOCK_TTL_MS ago). */
  started: boolean;
  /** Settles when the run ends; never rejects. */
  finished: Promise<RunOutcome | undefined>;
}

function context(
  template: AnyTemplate,
  runId: string,
  trigger: RunTrigger,
  settings: unknown,
): RunContext<unknown, unknown> {
  let lastProgressAt = 0;
  return {
    templateId: template.id,
    runId,
    trigger,
    settings,
    checkpoint: {
      async load() {
        const value = (await readRun(template.id))?.checkpoint;
        if (value === undefined || !template.checkpointSchema) return value;
        const parsed = template.checkpointSchema.safeParse(value);
        return parsed.success ? parsed.data : undefined;
      },
      save: (value, alsoWrite) =>
        updateOwnedRun(template.id, runId, Date.now(), { checkpoint: value }, alsoWrite),
    },
    async progress(done, total) {
      const now = Date.now();
      if (done < total && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
      lastProgressAt = now;
      await updateOwnedRun(template.id, runId, now, { progress: { done, total } });
    },
    get services() {
      return syncServices();
    },
    log: (entry, items) => appendEntry({ ...entry, template: template.id }, items),
  };
}

/** When the budget gate refuses new work, how long before the run is tried again. */
const GATE_RETRY_MS = 15 * 60_000;

/** The budget gate (services.ts): a busy tenant or a spent allowance pauses the run, it does not fail it. */
async function gate(signal: AbortSignal): Promise<RunOutcome | undefined> {
  if (!hasSyncServices()) return undefined;
  try {
    await syncServices().beginWork(signal);
    return undefined;
  } catch (error) {
    if (isAppError(error) && error.kind === 'throttled') {
      return { result: 'paused', resumeAfterMs: error.retryAfterMs ?? GATE_RETRY_MS, summary: error.message };
    }
    throw error;
  }
}

async function logFailure(template: AnyTemplate, error: unknown): Promise<void> {
  const data = plainErrorData(error);
  try {
    await appendEntry({
      template: template.id,
      operation: template.operation,
      result: 'failed',
      summary: `${template.name} failed: ${data.message}`,
      error: data,
      hintId: hintFor(data).id,
    });
  } catch {
    // The log itself is unwritable (storage full); the run record below still says "failed".
  }
}

async function execute(
  template: AnyTemplate,
  runId: string,
  trigger: RunTrigger,
): Promise<RunOutcome | undefined> {
  const controller = new AbortController();
  active.set(template.id, controller);
  const heartbeat = setInterval(() => {
    updateOwnedRun(template.id, runId, Date.now(), {}).catch(() =>
      controller.abort(new Error('run lock lost')),
    );
  }, LOCK_TTL_MS / 3);
  try {
    const settings = await loadTemplateSettings(template);
    const outcome = (await gate(controller.signal)) ??
      (await template.run(context(template, runId, trigger, settings), controller.signal)) ?? {
        result: 'success',
      };
    if (outcome.result === 'paused') {
      await finishRun(template.id, runId, Date.now(), { state: 'paused', clearCheckpoint: false });
      await timers().create(resumeAlarm(template.id), { when: Date.now() + outcome.resumeAfterMs });
    } else {
      await finishRun(template.id, runId, Date.now(), {
        state: 'idle',
        lastResult: outcome.result,
        clearCheckpoint: true,
      });
    }
    return outcome;
  } catch (error) {
    if (controller.signal.aborted) {
      // Stopped (Disconnect, cancelRun, lost lock): not a failure of the template; resume later.
      await finishRun(template.id, runId, Date.now(), { state: 'idle', clearCheckpoint: false }).catch(
        () => {},
      );
      return undefined;
    }
    await logFailure(template, error);
    await finishRun(template.id, runId, Date.now(), {
      state: 'idle',
      lastResult: 'failed',
      clearCheckpoint: false,
    }).catch(() => {});
    return { result: 'failed', summary: plainErrorData(error).message };
  } finally {
    clearInterval(heartbeat);
    if (active.get(template.id) === controller) active.delete(template.id);
  }
}

/** Starts a run unless one is already going; resolves once the lock is taken (or refused). */
export async function startRun(templateId: string, trigger: RunTrigger): Promise<StartedRun> {
  const template = getTemplate(templateId);
  if (!template) {
    throw new AppError({
      kind: 'not-found',
      service: 'extension',
      status: 0,
      code: 'unknown-template',
      message: `There is no template "${templateId}".`,
    });
  }
  const runId = crypto.randomUUID();
  if (!(await acquireRun(template.id, runId, Date.now()))) {
    return { started: false, finished: Promise.resolve(undefined) };
  }
  return { started: true, finished: execute(template, runId, trigger) };
}

/** Aborts the template's run in this context, if any; its checkpoint is kept. */
export function cancelRun(templateId: string): boolean {
  const controller = active.get(templateId);
  controller?.abort(new Error('cancelled'));
  return controller !== undefined;
}

export function cancelAllRuns(): void {
  for (const id of [...active.keys()]) cancelRun(id);
}
