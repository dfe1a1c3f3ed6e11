// What one Product Sync run carries from pass to pass: its ports, the checkpoint it resumes from,
// the Autotask client that counts its calls, its budget (per-run cap, tenant headroom), the committer
// of its pages, and the product category picklist (read once, when first needed).
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';
import { countingClient, isPause } from './calls';
import type { CallCounter, Sleep } from './calls';
import { freshCheckpoint } from './checkpoint';
import type { ProductSyncCheckpoint } from './checkpoint';
import { checkpointCommit } from './committer';
import type { Commit } from './committer';
import type { ImportQueue } from './import-entry';
import { TENANT_WAIT_MS } from './limits';
import type { MatchCursor } from './match-pass';
import type { SkuOutcome } from './outcomes';
import type { PassDeps } from './pass-deps';
import { createRunBudget } from './run-budget';
import type { Pause, RunBudget } from './run-budget';
import type { ProductSyncSettings } from './settings';
import type { WriteIntentStore } from './write-intents';

export interface RunPorts {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  settings: ProductSyncSettings;
  checkpoint: {
    load(): Promise<ProductSyncCheckpoint | undefined>;
    save(value: ProductSyncCheckpoint, alsoWrite?: () => Promise<void>): Promise<void>;
  };
  queue: ImportQueue;
  /** Where matching by manufacturer part number has got to (used when the setting is on). */
  matchCursor?: MatchCursor;
  /** Where a page's planned writes are stored before they go out (write-intents.ts). */
  intents?: WriteIntentStore;
  /** Inside the checkpoint's transaction: the per-SKU state of a committed page (db.skuState). */
  saveStates(outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  progress(done: number, total: number): Promise<void>;
  now(): number;
  sleep: Sleep;
  signal: AbortSignal;
  /** The connection check found a "can't read costs" API user (lib/connections/costs.ts). */
  costsHidden?: boolean;
}

export interface RunContext {
  ports: RunPorts;
  cp: ProductSyncCheckpoint;
  counter: CallCounter;
  /** The passes' dependencies, with the counting Autotask client; this run writes. */
  deps: PassDeps;
  budget: RunBudget;
  commit: Commit;
  /** A pause the run waits out (throttled); any other error is thrown on. */
  asPause(error: unknown): Pause;
  /** Autotask's product categories, picklist value → label. */
  categoryLabels(): Promise<Map<number, string>>;
}

export async function openRun(ports: RunPorts): Promise<RunContext> {
  const cp = (await ports.checkpoint.load()) ?? freshCheckpoint(ports.now());
  const counter: CallCounter = { total: 0, at: [] };
  const autotask = countingClient(ports.autotask, counter, ports.now);
  const budget = createRunBudget({
    autotask,
    counter,
    runCap: ports.settings.runCap,
    earlierCalls: cp.calls,
    now: ports.now,
    signal: ports.signal,
  });
  let labels: Promise<Map<number, string>> | undefined;
  return {
    ports,
    cp,
    counter,
    deps: { ...ports, autotask, dryRun: false },
    budget,
    commit: checkpointCommit(cp, ports, budget.recentCalls),
    asPause(error) {
      if (!isPause(error)) throw error;
      return { resumeAfterMs: error.retryAfterMs ?? TENANT_WAIT_MS, reason: error.message };
    },
    categoryLabels: () =>
      (labels ??= autotask
        .fields('Products', ports.signal)
        .then(
          (fields) =>
            new Map(
              (fields.find((f) => f.name === 'productCategory')?.picklistValues ?? []).map((v) => [
                v.value,
                v.label,
              ]),
            ),
        )),
  };
}
