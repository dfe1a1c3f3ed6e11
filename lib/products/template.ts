// Product Sync (issue 4): daily by default, keeps linked Autotask products true to their distributors
// and creates the queued new ones (lib/products). With several distributors (issue 12) one run does
// each connected distributor that has a vendor company, in registry order: its passes keep that
// distributor's ProductVendors rows (the rows of its vendor company) true to it and create its queued
// products; the settings are one set for all. This file only wires the runs to the engine: ports onto
// the checkpoint, the extension database and the log; one activity entry per finished run.
import { DISTRIBUTORS, distributorLabel } from '../distributor/registry';
import { AppError } from '../errors/app-error';
import type { NewActivityItem } from '../log/activity';
import { realSleep } from './calls';
import { allOutcomes, freshCheckpoint, productSyncCheckpointSchema } from './checkpoint';
import type { FinishedDistributor, ProductSyncCheckpoint } from './checkpoint';
import { queueFor } from './import-entry';
import { readyVendors } from './links';
import { countOutcomes } from './outcomes';
import { toItem } from './product-page';
import { runProductSync } from './runner';
import { DEFAULT_PRODUCT_SYNC_SETTINGS, productSyncSettingsSchema } from './settings';
import type { ProductSyncSettings } from './settings';
import { dbImportQueue, dbMatchCursor, dbWriteIntents, saveSkuStates } from './store';
import { autotaskConnection } from '../settings/settings';
import { defineTemplate } from '../sync/define-template';
import type { RunOutcome } from '../sync/define-template';

export const PRODUCT_SYNC_TEMPLATE_ID = 'product-sync';

const COSTS_HINT = 'autotask-cannot-read-costs';

export function noVendor(): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: 'no-distributor-vendor',
    message: 'Connect a distributor and choose its vendor company in Options before Product Sync can run.',
  });
}

function summarize(finished: readonly FinishedDistributor[]): string {
  const counts: Record<string, number> = {};
  for (const f of finished) countOutcomes(allOutcomes(f), counts);
  const parts = ['updated', 'created', 'deactivated', 'unchanged', 'skipped', 'failed']
    .filter((k) => counts[k])
    .map((k) => `${counts[k]!.toLocaleString('en-US')} ${k}`);
  const costs = finished.some((f) => f.costsHidden)
    ? ' The API user cannot read costs: costs were neither compared nor written.'
    : '';
  const which =
    finished.length > 1 ? ` (${finished.map((f) => distributorLabel(f.distributor)).join(', ')})` : '';
  return `Product Sync${which}: ${parts.join(', ') || 'nothing to do'}.${costs}`;
}

/** The distributor a checkpoint is for; one saved before distributors were told apart is the registry's first. */
const checkpointDistributor = (cp: ProductSyncCheckpoint) => cp.distributor ?? DISTRIBUTORS[0]!.id;

export const productSyncTemplate = defineTemplate<ProductSyncSettings, ProductSyncCheckpoint>({
  id: PRODUCT_SYNC_TEMPLATE_ID,
  name: 'Product Sync',
  operation: 'product-sync',
  settingsSchema: productSyncSettingsSchema,
  defaultSettings: DEFAULT_PRODUCT_SYNC_SETTINGS,
  checkpointSchema: productSyncCheckpointSchema,
  schedule: (settings) => ({ dailyAt: settings.dailyAt }),
  async run(ctx, signal): Promise<RunOutcome> {
    const ready = await readyVendors(ctx.services);
    if (ready.length === 0) throw noVendor();
    const [autotask, connection] = await Promise.all([
      ctx.services.autotask(),
      autotaskConnection.getValue(),
    ]);
    const costsHidden = connection.warnings.some((w) => /cost/i.test(w));
    const stored = await ctx.checkpoint.load();
    const finished: FinishedDistributor[] = [...(stored?.finished ?? [])];
    const startedAt = stored?.startedAt ?? Date.now();
    let calls = stored?.calls ?? [];

    for (const vendor of ready) {
      if (finished.some((f) => f.distributor === vendor.id)) continue;
      // This distributor's own checkpoint when the stopped run was on it; a fresh one otherwise, which
      // keeps the run's start and the calls it spent (the per-run cap counts the whole run).
      const segment: ProductSyncCheckpoint =
        stored && checkpointDistributor(stored) === vendor.id
          ? { ...stored, distributor: vendor.id, finished }
          : { ...freshCheckpoint(Date.now()), startedAt, calls, distributor: vendor.id, finished };
      const before = finished.reduce((n, f) => n + f.done, 0);
      const result = await runProductSync({
        autotask,
        distributor: await ctx.services.distributor(vendor.id),
        vendorId: vendor.vendorId,
        settings: ctx.settings,
        checkpoint: {
          load: async () => segment,
          save: (value, alsoWrite) =>
            ctx.checkpoint.save({ ...value, distributor: vendor.id, finished }, alsoWrite),
        },
        queue: queueFor(dbImportQueue, vendor.id),
        matchCursor: dbMatchCursor(vendor.id),
        intents: dbWriteIntents(vendor.id),
        saveStates: (outcomes, at) => saveSkuStates(vendor.id, outcomes, at),
        progress: (done, total) => ctx.progress(before + done, before + total),
        now: Date.now,
        sleep: realSleep,
        signal,
        costsHidden,
      });
      if (result.state === 'paused')
        return { result: 'paused', resumeAfterMs: result.resumeAfterMs, summary: result.reason };
      const cp = result.checkpoint;
      finished.push({
        distributor: vendor.id,
        outcomes: cp.outcomes,
        ...(cp.unchanged ? { unchanged: cp.unchanged } : {}),
        done: cp.done,
        ...(cp.costsHidden !== undefined ? { costsHidden: cp.costsHidden } : {}),
      });
      calls = cp.calls;
      // A stopped worker resumes with the next distributor, not this one again.
      await ctx.checkpoint.save({ ...cp, distributor: vendor.id, finished });
    }

    const items: NewActivityItem[] = finished.flatMap((f) =>
      allOutcomes(f).map((o) => toItem(o, finished.length > 1 ? f.distributor : undefined)),
    );
    const failed = finished.some((f) => f.outcomes.some((o) => o.outcome === 'failed'));
    const summary = summarize(finished);
    await ctx.log(
      {
        operation: 'product-sync',
        result: failed ? 'partial' : 'success',
        summary,
        durationMs: Date.now() - startedAt,
        ...(finished.some((f) => f.costsHidden) ? { hintId: COSTS_HINT } : {}),
      },
      items,
    );
    return { result: failed ? 'partial' : 'success', summary };
  },
});
