// Product Sync (issue 4): daily by default, keeps linked Autotask products true to TD SYNNEX and
// creates the queued new ones (lib/products). This file only wires the run to the engine: ports
// onto the checkpoint, the extension database and the log; one activity entry per finished run.
import { AppError } from '../errors/app-error';
import type { NewActivityItem } from '../log/activity';
import { realSleep } from './calls';
import { allOutcomes, productSyncCheckpointSchema } from './checkpoint';
import type { ProductSyncCheckpoint } from './checkpoint';
import { countOutcomes } from './outcomes';
import { toItem } from './product-page';
import { runProductSync } from './runner';
import { DEFAULT_PRODUCT_SYNC_SETTINGS, productSyncSettingsSchema } from './settings';
import type { ProductSyncSettings } from './settings';
import { dbImportQueue, dbMatchCursor, saveSkuStates } from './store';
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
    message: 'Choose the TD SYNNEX vendor company in Options before Product Sync can run.',
  });
}

function summarize(cp: ProductSyncCheckpoint): string {
  const counts = countOutcomes(allOutcomes(cp));
  const parts = ['updated', 'created', 'deactivated', 'unchanged', 'skipped', 'failed']
    .filter((k) => counts[k])
    .map((k) => `${counts[k]!.toLocaleString('en-US')} ${k}`);
  const costs = cp.costsHidden
    ? ' The API user cannot read costs: costs were neither compared nor written.'
    : '';
  return `Product Sync: ${parts.join(', ') || 'nothing to do'}.${costs}`;
}

export const productSyncTemplate = defineTemplate<ProductSyncSettings, ProductSyncCheckpoint>({
  id: PRODUCT_SYNC_TEMPLATE_ID,
  name: 'Product Sync',
  operation: 'product-sync',
  settingsSchema: productSyncSettingsSchema,
  defaultSettings: DEFAULT_PRODUCT_SYNC_SETTINGS,
  checkpointSchema: productSyncCheckpointSchema,
  schedule: (settings) => ({ dailyAt: settings.dailyAt }),
  async run(ctx, signal): Promise<RunOutcome> {
    const vendorId = await ctx.services.distributorVendorId();
    if (vendorId === undefined) throw noVendor();
    const [autotask, distributor, connection] = await Promise.all([
      ctx.services.autotask(),
      ctx.services.distributor(),
      autotaskConnection.getValue(),
    ]);
    const result = await runProductSync({
      autotask,
      distributor,
      vendorId,
      settings: ctx.settings,
      checkpoint: ctx.checkpoint,
      queue: dbImportQueue,
      matchCursor: dbMatchCursor,
      saveStates: saveSkuStates,
      progress: (done, total) => ctx.progress(done, total),
      now: Date.now,
      sleep: realSleep,
      signal,
      costsHidden: connection.warnings.some((w) => /cost/i.test(w)),
    });
    if (result.state === 'paused')
      return { result: 'paused', resumeAfterMs: result.resumeAfterMs, summary: result.reason };
    const cp = result.checkpoint;
    const items: NewActivityItem[] = allOutcomes(cp).map(toItem);
    const failed = cp.outcomes.some((o) => o.outcome === 'failed');
    const summary = summarize(cp);
    await ctx.log(
      {
        operation: 'product-sync',
        result: failed ? 'partial' : 'success',
        summary,
        durationMs: Date.now() - cp.startedAt,
        ...(cp.costsHidden ? { hintId: COSTS_HINT } : {}),
      },
      items,
    );
    return { result: failed ? 'partial' : 'success', summary };
  },
});
