// Product Sync's local state in the host's store (lib/host/store.ts): the import queue (a meta
// row) and the per-SKU sync state (skuState). Both are written inside the checkpoint's transaction
// by the run (lib/sync/run-state.ts), so a committed page and its local state land together.
import type { SkuState } from '../db/records';
import { DISTRIBUTORS, externalKey } from '../distributor/registry';
import { guardStorage } from '../errors/storage-error';
import { store } from '../host/store';
import { importEntrySchema, keepOthers, mergeEntries } from './import-entry';
import type { ImportEntry, ImportQueue } from './import-entry';
import type { MatchCursor } from './match-pass';
import type { SkuOutcome } from './outcomes';
import type { WriteIntentStore } from './write-intents';

const QUEUE_KEY = 'product-sync.import-queue';
const MATCH_CURSOR_KEY = 'product-sync.mpn-cursor';
const WRITE_INTENTS_KEY = 'product-sync.write-intents';

async function readQueue(): Promise<ImportEntry[]> {
  const value = await store().meta.get(QUEUE_KEY);
  const parsed = importEntrySchema.array().safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

export const dbImportQueue: ImportQueue = {
  peek: async (n) => (await readQueue()).slice(0, n),
  size: async () => (await readQueue()).length,
  async remove(skus, distributor) {
    await store().meta.put(QUEUE_KEY, keepOthers(await readQueue(), skus, distributor));
  },
};

/** Adds entries to the queue (a later entry for a SKU replaces the queued one); returns its size. */
export async function enqueueImport(entries: readonly ImportEntry[]): Promise<number> {
  const { meta, transaction } = store();
  return guardStorage(() =>
    transaction(async () => {
      const merged = mergeEntries(await readQueue(), entries);
      await meta.put(QUEUE_KEY, merged);
      return merged.length;
    }),
  );
}

export const queuedImports = async (): Promise<number> => (await readQueue()).length;

/**
 * The skuState key of a distributor's SKU. States are per distributor; records stored before
 * distributors were told apart have no `distributor` field and the plain SKU as key: they are the
 * registry's first distributor's, whose key therefore stays the plain SKU. Other distributors' SKUs
 * are keyed by their external key (`<prefix><sku>`), so equal SKUs at two distributors never meet.
 */
export function stateKey(distributor: string, sku: string): string {
  return distributor === DISTRIBUTORS[0]!.id ? sku : externalKey(distributor, sku);
}

export function stateOf(outcome: SkuOutcome, at: number): SkuState {
  return {
    sku: outcome.sku,
    status: outcome.status,
    lastSyncAt: at,
    lastOutcome: outcome.outcome,
    ...(outcome.productId !== undefined ? { productId: outcome.productId } : {}),
    ...(outcome.cost !== undefined ? { unitCost: outcome.cost } : {}),
    ...(outcome.price !== undefined ? { unitPrice: outcome.price } : {}),
    ...(outcome.hintId ? { hintId: outcome.hintId } : {}),
  };
}

/** Called inside a transaction that includes skuState (the checkpoint's), or on its own. */
export async function saveSkuStates(
  distributor: string,
  outcomes: readonly SkuOutcome[],
  at: number,
): Promise<void> {
  if (outcomes.length === 0) return;
  await store().skuState.putMany(
    outcomes.map((o) => ({ ...stateOf(o, at), sku: stateKey(distributor, o.sku), distributor })),
  );
}

/** One distributor's stored states of `skus`, by plain SKU. */
export async function skuStates(
  distributor: string,
  skus: readonly string[],
): Promise<Map<string, SkuState>> {
  const rows = await store().skuState.getMany(skus.map((sku) => stateKey(distributor, sku)));
  return new Map(rows.flatMap((row, i) => (row ? [[skus[i]!, { ...row, sku: skus[i]! }] as const] : [])));
}

/**
 * The highest product id matching by manufacturer part number has examined, per distributor (the
 * registry's first keeps the key it had before distributors were told apart).
 */
export function dbMatchCursor(distributor: string): MatchCursor {
  const key = distributor === DISTRIBUTORS[0]!.id ? MATCH_CURSOR_KEY : `${MATCH_CURSOR_KEY}.${distributor}`;
  return {
    async load() {
      const value = await store().meta.get(key);
      return typeof value === 'number' ? value : 0;
    },
    save: (afterProductId) => store().meta.put(key, afterProductId),
  };
}

/** A distributor's planned writes not yet committed (write-intents.ts), in the host store's meta. */
export function dbWriteIntents(distributor: string): WriteIntentStore {
  const key = `${WRITE_INTENTS_KEY}.${distributor}`;
  return {
    load: () => store().meta.get(key),
    save: (outcomes) => store().meta.put(key, outcomes),
  };
}
