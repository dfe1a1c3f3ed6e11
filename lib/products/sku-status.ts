// Per-SKU sync status (issue 4 §3) that means the same in every browser: from this browser's stored
// state (db.skuState) where there is one, otherwise by comparing Autotask's vendor cost with the
// distributor's current price — one Autotask read and one distributor batch for all the SKUs of a
// page, with prices cached for a few minutes. With several distributors a SKU gets one status: that
// of the first distributor (registry order) it is linked to, or of the one asked for (the PO's).
import { eq } from '../autotask/query';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import type { SkuState, SkuSyncStatus } from '../db/records';
import type { DistributorLink } from './links';
import { PRICE_CACHE_MS, STALE_AFTER_MS } from './limits';
import { sameMoney } from './pricing';
import { VENDOR_ROW_FIELDS, vendorRowSchema } from './rows';
import type { SkuStatusMap } from './views';

export interface StatusDeps {
  autotask: AutotaskClient;
  /** The distributors to look at, in order (connected, with a vendor company). */
  links: readonly DistributorLink[];
  /** One distributor's stored states (lib/products/store.ts). */
  states(distributor: string, skus: readonly string[]): Promise<Map<string, SkuState>>;
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
const cacheKey = (distributor: DistributorAdapter, sku: string) =>
  `${distributor.capabilities.id}\u0000${sku}`;

/** The distributor's answers for `skus`: cached ones younger than PRICE_CACHE_MS, the rest in one batch. */
export async function currentPrices(
  distributor: DistributorAdapter,
  skus: readonly string[],
  now: number,
  options: { fresh?: boolean; signal?: AbortSignal } = {},
): Promise<Map<string, PriceAvailability>> {
  const out = new Map<string, PriceAvailability>();
  const missing: string[] = [];
  for (const sku of new Set(skus)) {
    const hit = cache.get(cacheKey(distributor, sku));
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
      cache.set(cacheKey(distributor, sku), { at: now, answer });
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

/** The statuses at one distributor; SKUs not linked to it are left out. */
async function statusAt(
  link: DistributorLink,
  skus: readonly string[],
  deps: StatusDeps,
  now: number,
): Promise<SkuStatusMap> {
  const out: SkuStatusMap = {};
  const stored = await deps.states(link.id, skus);
  const unknown: string[] = [];
  for (const sku of skus) {
    const state = stored.get(sku);
    // A stored 'not-linked' leaves the SKU to the next distributor (and 'not-linked' if none has it).
    if (state) {
      if (state.status !== 'not-linked') out[sku] = storedStatus(state, now);
    } else unknown.push(sku);
  }
  if (unknown.length === 0) return out;
  const rows = await deps.autotask.queryIn(
    'ProductVendors',
    'vendorPartNumber',
    unknown,
    vendorRowSchema,
    {
      filter: [eq('vendorID', link.vendorId), eq('isActive', true)],
      includeFields: VENDOR_ROW_FIELDS,
    },
    deps.signal,
  );
  const costBySku = new Map(rows.map((r) => [(r.vendorPartNumber ?? '').trim(), r.vendorCost]));
  const linked = unknown.filter((sku) => costBySku.has(sku));
  if (linked.length === 0) return out;
  const prices = await currentPrices(link.adapter, linked, now, { signal: deps.signal });
  for (const sku of linked) out[sku] = compareStatus(costBySku.get(sku), prices.get(sku));
  return out;
}

export async function skuSyncStatus(skus: readonly string[], deps: StatusDeps): Promise<SkuStatusMap> {
  const wanted = [...new Set(skus.map((s) => s.trim()).filter((s) => s !== ''))];
  const out: SkuStatusMap = {};
  const now = deps.now();
  let open = wanted;
  for (const link of deps.links) {
    if (open.length === 0) break;
    Object.assign(out, await statusAt(link, open, deps, now));
    open = open.filter((sku) => out[sku] === undefined);
  }
  for (const sku of open) out[sku] = 'not-linked';
  return out;
}
