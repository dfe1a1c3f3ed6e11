// Preview (issue 4 §2): the run's plan without its writes — how many products would be updated,
// created, deactivated, and the first changes. It reads what a run reads (so it costs reads), writes
// nothing to Autotask and keeps no checkpoint. With several distributors, each one's passes are
// previewed in registry order and the counts added up.
import { realSleep } from './calls';
import { createPage } from './create-pass';
import type { ImportQueue } from './import-entry';
import { PAGE_ROWS, PREVIEW_CHANGES } from './limits';
import { syncLinkedPage } from './linked-pass';
import { priceLane, readLinkedPages } from './linked-reader';
import type { SkuOutcome } from './outcomes';
import type { PassDeps } from './pass-deps';
import type { ProductSyncPreview } from './views';

export interface PreviewDeps extends Omit<PassDeps, 'dryRun' | 'sleep'> {
  queue: ImportQueue;
  costsHidden?: boolean;
}

const ACTION = { updated: 'update', created: 'create', deactivated: 'deactivate' } as const;

export async function previewProductSync(deps: PreviewDeps): Promise<ProductSyncPreview> {
  const pass: PassDeps = { ...deps, sleep: realSleep, dryRun: true };
  const preview: ProductSyncPreview = {
    linked: 0,
    wouldUpdate: 0,
    wouldCreate: 0,
    wouldDeactivate: 0,
    unchanged: 0,
    skipped: 0,
    firstChanges: [],
    warnings: deps.costsHidden
      ? ['The API user cannot read costs: costs are neither compared nor written.']
      : [],
  };
  const add = (outcomes: SkuOutcome[]) => {
    for (const o of outcomes) {
      if (o.outcome === 'updated') preview.wouldUpdate += 1;
      else if (o.outcome === 'created') preview.wouldCreate += 1;
      else if (o.outcome === 'deactivated') preview.wouldDeactivate += 1;
      else if (o.outcome === 'unchanged') preview.unchanged += 1;
      else preview.skipped += 1;
      const action = ACTION[o.outcome as keyof typeof ACTION];
      if (action && preview.firstChanges.length < PREVIEW_CHANGES) {
        preview.firstChanges.push({
          sku: o.sku,
          distributor: deps.distributor.capabilities.id,
          action,
          ...(o.productId !== undefined ? { productId: o.productId } : {}),
          changes: o.changes ?? (o.price !== undefined ? { unitPrice: `new → ${o.price.toFixed(2)}` } : {}),
        });
      }
    }
  };

  if (deps.settings.updateExisting || deps.settings.deactivateDiscontinued) {
    // One page at a time, no read-ahead; a short page is the last.
    const prices = priceLane(deps.distributor, deps.signal);
    for await (const page of readLinkedPages(pass, { afterId: 0, shortPageEnds: true }, prices)) {
      preview.linked += page.rows.length;
      const result = await syncLinkedPage(
        pass,
        page.rows,
        page.products,
        page.answers,
        () => !deps.costsHidden,
        () => undefined,
      );
      add(result.outcomes);
    }
  }
  if (deps.settings.createNew) {
    const entries = await deps.queue.peek(Number.MAX_SAFE_INTEGER);
    const labels = new Map(
      (
        (await deps.autotask.fields('Products', deps.signal)).find((f) => f.name === 'productCategory')
          ?.picklistValues ?? []
      ).map((v) => [v.label.trim().toLowerCase(), v.value]),
    );
    for (let i = 0; i < entries.length; i += PAGE_ROWS) {
      add(
        await createPage(
          {
            ...pass,
            costsReadable: !deps.costsHidden,
            categoryValue: async (label) => labels.get(label.trim().toLowerCase()),
          },
          entries.slice(i, i + PAGE_ROWS),
        ),
      );
    }
  }
  return preview;
}

/** One preview per distributor (registry order), added up; the first changes keep their order. */
export async function previewEach(each: readonly PreviewDeps[]): Promise<ProductSyncPreview> {
  const total: ProductSyncPreview = {
    linked: 0,
    wouldUpdate: 0,
    wouldCreate: 0,
    wouldDeactivate: 0,
    unchanged: 0,
    skipped: 0,
    firstChanges: [],
    warnings: [],
  };
  for (const deps of each) {
    const one = await previewProductSync(deps);
    total.linked += one.linked;
    total.wouldUpdate += one.wouldUpdate;
    total.wouldCreate += one.wouldCreate;
    total.wouldDeactivate += one.wouldDeactivate;
    total.unchanged += one.unchanged;
    total.skipped += one.skipped;
    total.firstChanges.push(...one.firstChanges.slice(0, PREVIEW_CHANGES - total.firstChanges.length));
    for (const w of one.warnings) if (!total.warnings.includes(w)) total.warnings.push(w);
  }
  return total;
}
