// The `runs` table: one record per template holding its lock, checkpoint and last result. The lock
// lives in the host's store (not in worker memory) so that it holds across extension pages and worker
// restarts, and it expires so that a worker killed mid-run cannot block its template forever.
import { AppError } from '../errors/app-error';
import { guardStorage } from '../errors/storage-error';
import { store } from '../host/store';
import type { ActivityResult, RunRecord } from '../db/records';

/**
 * A live run renews its lock every LOCK_TTL_MS / 3 from a timer (which keeps firing while the run
 * awaits a 300 s Retry-After); a killed worker stops renewing, so its lock lapses within this time.
 */
export const LOCK_TTL_MS = 90_000;

export function lockHeld(record: RunRecord | undefined, now: number): boolean {
  return !!record?.lockOwner && (record.lockExpiresAt ?? 0) > now;
}

function lockLost(templateId: string): AppError {
  return new AppError({
    kind: 'conflict',
    service: 'extension',
    status: 0,
    code: 'run-lock-lost',
    message: `Another run of ${templateId} took over; this one stopped.`,
  });
}

export async function readRun(templateId: string): Promise<RunRecord | undefined> {
  return store().runs.get(templateId);
}

/** Takes the template's lock unless a live run holds it. */
export async function acquireRun(templateId: string, runId: string, now: number): Promise<boolean> {
  const { runs, transaction } = store();
  return guardStorage(() =>
    transaction(async () => {
      const record = await runs.get(templateId);
      if (lockHeld(record, now)) return false;
      await runs.put({
        ...record,
        templateId,
        state: 'running',
        startedAt: now,
        progress: undefined,
        lockOwner: runId,
        lockExpiresAt: now + LOCK_TTL_MS,
      });
      return true;
    }),
  );
}

/**
 * Applies `change` only while `runId` still owns the lock, extending it; throws when it does not.
 * `alsoWrite` (a page's per-SKU state, outbox or meta rows) commits in the same transaction.
 */
export async function updateOwnedRun(
  templateId: string,
  runId: string,
  now: number,
  change: Partial<RunRecord>,
  alsoWrite?: () => Promise<void>,
): Promise<void> {
  const { runs, transaction } = store();
  await guardStorage(() =>
    transaction(async () => {
      const record = await runs.get(templateId);
      if (!record || record.lockOwner !== runId) throw lockLost(templateId);
      if (alsoWrite) await alsoWrite();
      await runs.put({ ...record, ...change, lockExpiresAt: now + LOCK_TTL_MS });
    }),
  );
}

export interface RunEnd {
  state: 'idle' | 'paused';
  lastResult?: ActivityResult;
  /** False keeps the checkpoint, so the next run resumes from the last committed page. */
  clearCheckpoint: boolean;
}

/** Releases the lock (if still ours) and records how the run ended. */
export async function finishRun(templateId: string, runId: string, now: number, end: RunEnd): Promise<void> {
  const { runs, transaction } = store();
  await guardStorage(() =>
    transaction(async () => {
      const record = await runs.get(templateId);
      if (!record || record.lockOwner !== runId) return;
      const next: RunRecord = {
        ...record,
        state: end.state,
        finishedAt: now,
        lockOwner: undefined,
        lockExpiresAt: undefined,
      };
      if (end.lastResult) {
        next.lastResult = end.lastResult;
        next.lastRunAt = now;
      }
      if (end.clearCheckpoint) next.checkpoint = undefined;
      await runs.put(next);
    }),
  );
}
