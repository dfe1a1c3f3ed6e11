// Per-SKU sync status (issue 4 §3) that means the same in every browser: from this browser's stored
// state (db.skuState) where there is one, otherwise by comparing Autotask's vendor cost with TD
// SYNNEX's current price — one Autotask read and one TD SYNNEX batch for all the SKUs of a page,
// with prices cached for a few minutes.
import { eq } from '../autotask/query';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import type { SkuState, SkuSyncStatus } from '../db/records';
import { PRICE_CACHE_MS, STALE_AFTER_MS } from './limits';
import { sameMoney } from './pricing';
import { VENDOR_ROW_FIELDS, vendorRowSchema } from './rows';
import type { SkuStatusMap } from './views';

export interface StatusDeps {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  states(skus: readonly string[]): Promise<Map<string, SkuState>>;
  now(): number;
  signal?: AbortSignal;
}

/** A stored state, aged: a sync that is too old, or whose last attempt failed, is stale. */
export function storedStatus(state: SkuState, now: number): SkuSyncStatus {
  if (state.status !== 'synced') return state.status;
  if (state.lastOutcome === 'failed') return 'stale';
  return state.lastSyncAt !== undefined && now - state.lastSyncAt > STALE_AFTER_MS ? 'stale' : 'synced';
}

const cache = new Map<string, { at: number; answer: PriceAvailability }>();

/** TD SYNNEX's answers for `skus`: cached ones younger than PRICE_CACHE_MS, the rest in one batch. */
export async function currentPrices(
  distributor: DistributorAdapter,
  skus: readonly string[],
  now: number,
  options: { fresh?: boolean; signal?: AbortSignal } = {},
): Promise<Map<string, PriceAvailability>> {
  const out = new Map<string, PriceAvailability>();
  const missing: string[] = [];
  for (const sku of new Set(skus)) {
    const hit = cache.get(sku);
    if (!options.fresh && hit && now - hit.at < PRICE_CACHE_MS) out.set(sku, hit.answer);
    else missing.push(sku);
  }
  if (missing.length > 0) {
    const answers = await distributor.priceAvailability(
      missing.map((distributorSku) => ({ distributorSku })),
      options.signal,
    );
    missing.forEach((sku, i) => {
      const answer = answers[i];
      if (!answer) return;
      cache.set(sku, { at: now, answer });
      out.set(sku, answer);
    });
  }
  return out;
}

export function forgetPrices(): void {
  cache.clear();
}

export function compareStatus(
  vendorCost: number | null | undefined,
  answer: PriceAvailability | undefined,
): SkuSyncStatus {
  if (!answer || answer.status === 'notFound') return 'invalid';
  if (vendorCost === null || vendorCost === undefined) return 'never';
  if (answer.unitCost === undefined) return 'synced';
  return sameMoney(vendorCost, answer.unitCost) ? 'synced' : 'stale';
}

export async function skuSyncStatus(skus: readonly string[], deps: StatusDeps): Promise<SkuStatusMap> {
  const wanted = [...new Set(skus.map((s) => s.trim()).filter((s) => s !== ''))];
  const out: SkuStatusMap = {};
  const now = deps.now();
  const stored = await deps.states(wanted);
  const unknown: string[] = [];
  for (const sku of wanted) {
    const state = stored.get(sku);
    if (state) out[sku] = storedStatus(state, now);
    else unknown.push(sku);
  }
  if (unknown.length === 0) return out;
  const rows = await deps.autotask.queryIn(
    'ProductVendors',
    'vendorPartNumber',
    unknown,
    vendorRowSchema,
    {
      filter: [eq('vendorID', deps.vendorId), eq('isActive', true)],
      includeFields: VENDOR_ROW_FIELDS,
    },
    deps.signal,
  );
  const costBySku = new Map(rows.map((r) => [(r.vendorPartNumber ?? '').trim(), r.vendorCost]));
  const linked = unknown.filter((sku) => costBySku.has(sku));
  for (const sku of unknown) if (!costBySku.has(sku)) out[sku] = 'not-linked';
  if (linked.length === 0) return out;
  const prices = await currentPrices(deps.distributor, linked, now, { signal: deps.signal });
  for (const sku of linked) out[sku] = compareStatus(costBySku.get(sku), prices.get(sku));
  return out;
}
