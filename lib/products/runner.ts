// One Product Sync run, resumable (issue 4 §2). Its passes, in order, each one read → plan and
// write → commit, page after page (lib/products/committer.ts moves the checkpoint only past pages
// whose writes are done, in order):
//   1. match: products linked by manufacturer part number (a setting; match-run.ts),
//   2. update: the linked products (the reader of linked-reader.ts runs ahead; linked-run.ts),
//   3. create: the import queue (create-run.ts).
// A pass that runs out of room (per-run cap, tenant headroom, throttling) pauses the run: the
// checkpoint is saved and the engine resumes it later, at the next uncommitted page.
import type { ProductSyncCheckpoint } from './checkpoint';
import { createPass } from './create-run';
import { linkedPass } from './linked-run';
import { matchPass } from './match-run';
import type { Pause } from './run-budget';
import { openRun } from './run-context';
import type { RunContext, RunPorts } from './run-context';

export type { RunPorts };

export type RunResult =
  | { state: 'done'; checkpoint: ProductSyncCheckpoint; calls: number }
  | {
      state: 'paused';
      resumeAfterMs: number;
      reason: string;
      checkpoint: ProductSyncCheckpoint;
      calls: number;
    };

export async function runProductSync(ports: RunPorts): Promise<RunResult> {
  const run = await openRun(ports);
  const { cp } = run;
  const { settings } = ports;

  if (cp.phase === 'update' && settings.matchByMpn && ports.matchCursor && !cp.matched) {
    const pause = await matchPass(run, ports.matchCursor);
    if (pause) return paused(run, pause);
    cp.matched = true;
  }
  if (cp.phase === 'update') {
    if (settings.updateExisting || settings.deactivateDiscontinued) {
      const pause = await linkedPass(run);
      if (pause) return paused(run, pause);
    }
    cp.phase = 'create';
    await ports.checkpoint.save(cp);
  }
  if (settings.createNew) {
    const pause = await createPass(run);
    if (pause) return paused(run, pause);
  }
  return { state: 'done', checkpoint: cp, calls: run.counter.total };
}

/** The run stops here for now: the checkpoint keeps where it got to and the calls of the last hour. */
async function paused({ cp, ports, budget, counter }: RunContext, pause: Pause): Promise<RunResult> {
  cp.calls = budget.recentCalls();
  await ports.checkpoint.save(cp);
  return { state: 'paused', ...pause, checkpoint: cp, calls: counter.total };
}
