// The product page's sidebar (issue 4 §3, issue 12 §3): every connected distributor's current price
// and stock for the product, side by side — by the SKU of that distributor's ProductVendors row,
// else by the manufacturer part number — the cheapest in stock marked; its last sync and outcome;
// and `Sync this product now`, which applies the same plan as a scheduled run to each linked
// distributor's row of this one product, logged as one activity entry of the template.
import { eq } from '../autotask/query';
import type { AutotaskClient } from '../autotask/types';
import type { ItemRef, PriceAvailability } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { AppError } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import { HINT_CODES, hintFor } from '../hints/hints';
import type { NewActivityEntry, NewActivityItem } from '../log/activity';
import type { SkuState } from '../db/records';
import { realSleep } from './calls';
import type { Sleep } from './calls';
import type { DistributorLink } from './links';
import { applyPlan } from './linked-pass';
import { planLinked } from './plan';
import type { LinkedPlan } from './plan';
import { VENDOR_ROW_FIELDS, productRowSchema, vendorRowSchema } from './rows';
import type { ProductRow, VendorRow } from './rows';
import type { ProductSyncSettings } from './settings';
import { compareStatus, currentPrices, storedStatus } from './sku-status';
import type { DistributorOffer, ProductSyncView } from './views';
import type { SkuOutcome } from './outcomes';

export interface ProductPageDeps {
  autotask: AutotaskClient;
  /** Connected distributors with a vendor company, in registry order. */
  links: readonly DistributorLink[];
  /** One distributor's stored states (lib/products/store.ts). */
  states(distributor: string, skus: readonly string[]): Promise<Map<string, SkuState>>;
  now(): number;
  signal?: AbortSignal;
}

interface Loaded {
  product: ProductRow;
  /** Each link's active ProductVendors row that names a SKU, by registry id. */
  rows: Map<string, VendorRow>;
}

const skuOf = (row: VendorRow | undefined) => row?.vendorPartNumber?.trim() || undefined;

async function load(productId: number, deps: ProductPageDeps): Promise<Loaded> {
  // A product has a handful of vendor rows: one read for all of them, matched to distributors here.
  const [product, vendors] = await Promise.all([
    deps.autotask.get('Products', productId, productRowSchema, deps.signal),
    deps.autotask.queryAll(
      'ProductVendors',
      {
        filter: [eq('productID', productId), eq('isActive', true)],
        includeFields: VENDOR_ROW_FIELDS,
      },
      vendorRowSchema,
      deps.signal,
    ),
  ]);
  if (!product) {
    throw new AppError({
      kind: 'not-found',
      service: 'autotask',
      status: 0,
      code: 'product-not-found',
      message: `Autotask has no product ${productId} that this API user can see.`,
    });
  }
  const rows = new Map<string, VendorRow>();
  for (const link of deps.links) {
    const row = vendors.find((v) => v.vendorID === link.vendorId && skuOf(v) !== undefined);
    if (row) rows.set(link.id, row);
  }
  return { product, rows };
}

/**
 * Marks the offer with the lowest price among those in stock (first in registry order on a tie).
 * Only a comparison: with fewer than two priced offers nothing is marked.
 */
export function markCheapestInStock(offers: DistributorOffer[]): DistributorOffer[] {
  const priced = offers.filter(
    (o) => o.answer && o.answer.status !== 'notFound' && o.answer.price !== undefined,
  );
  if (priced.length < 2) return offers;
  let best: DistributorOffer | undefined;
  for (const offer of priced) {
    if (offer.answer!.totalAvailable <= 0) continue;
    if (!best || offer.answer!.price! < best.answer!.price!) best = offer;
  }
  return offers.map((o) => (o === best ? { ...o, cheapestInStock: true } : o));
}

async function offerOf(
  link: DistributorLink,
  row: VendorRow | undefined,
  product: ProductRow,
  deps: ProductPageDeps,
  now: number,
): Promise<DistributorOffer> {
  const linkedSku = skuOf(row);
  const mpn = product.manufacturerProductName?.trim();
  const offer: DistributorOffer = {
    distributor: link.id,
    label: distributorLabel(link.id),
    linked: linkedSku !== undefined,
    status: 'not-linked',
    ...(linkedSku ? { sku: linkedSku } : {}),
    ...(row?.vendorCost != null ? { vendorCost: row.vendorCost } : {}),
  };
  const signal = deps.signal ? { signal: deps.signal } : {};
  let answer: PriceAvailability | undefined;
  let state: SkuState | undefined;
  try {
    if (linkedSku) {
      // Always asked afresh: the page shows the current answer (and refreshes the status cache).
      const [prices, states] = await Promise.all([
        currentPrices(link.adapter, [linkedSku], now, { fresh: true, ...signal }),
        deps.states(link.id, [linkedSku]),
      ]);
      answer = prices.get(linkedSku);
      state = states.get(linkedSku);
    } else if (mpn) {
      const ref: ItemRef = { mfgPartNumber: mpn };
      answer = (await link.adapter.priceAvailability([ref], deps.signal))[0];
      if (answer?.distributorSku && answer.status !== 'notFound') offer.sku = answer.distributorSku;
    }
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    // One distributor failing leaves the others' columns; this one shows its error and hint.
    return { ...offer, error: plainErrorData(error) };
  }
  if (linkedSku) offer.status = state ? storedStatus(state, now) : compareStatus(row?.vendorCost, answer);
  return {
    ...offer,
    ...(answer
      ? {
          answer: {
            status: answer.status,
            ...(answer.unitCost !== undefined ? { price: answer.unitCost } : {}),
            totalAvailable: answer.totalAvailable,
            warehouses: answer.warehouses,
            checkedAt: new Date(now).toISOString(),
          },
        }
      : {}),
    ...(state?.lastSyncAt !== undefined ? { lastSyncAt: new Date(state.lastSyncAt).toISOString() } : {}),
    ...(state?.lastOutcome ? { lastOutcome: state.lastOutcome } : {}),
    ...(state?.hintId ? { hintId: state.hintId } : {}),
  };
}

export async function productSyncView(productId: number, deps: ProductPageDeps): Promise<ProductSyncView> {
  const { product, rows } = await load(productId, deps);
  const now = deps.now();
  // One price call per distributor, all at once.
  const offers = markCheapestInStock(
    await Promise.all(deps.links.map((link) => offerOf(link, rows.get(link.id), product, deps, now))),
  );
  const first = offers.find((o) => o.linked);
  return {
    productId,
    name: product.name ?? `Product ${productId}`,
    status: first?.status ?? 'not-linked',
    offers,
    autotask: {
      isActive: product.isActive !== false,
      ...(product.unitCost != null ? { unitCost: product.unitCost } : {}),
      ...(product.unitPrice != null ? { unitPrice: product.unitPrice } : {}),
      ...(first?.vendorCost !== undefined ? { vendorCost: first.vendorCost } : {}),
    },
    ...(first?.sku ? { sku: first.sku } : {}),
    ...(first?.lastSyncAt ? { lastSyncAt: first.lastSyncAt } : {}),
    ...(first?.lastOutcome ? { lastOutcome: first.lastOutcome } : {}),
    ...(first?.hintId ? { hintId: first.hintId } : {}),
  };
}

/** One distributor's part of `Sync this product now` (its ProductVendors row, and the product's fields if they are its). */
export interface PlannedRowView {
  distributor: string;
  label: string;
  sku: string;
  outcome: SkuOutcome['outcome'];
  /** field → "old → new", e.g. { unitCost: '10.00 → 10.50' }; empty when nothing would change. */
  changes: Record<string, string>;
  message?: string;
  hintId?: string;
}

/** What `Sync this product now` would write for one product (shown in its confirmation window). */
export interface ProductSyncPlanView {
  productId: number;
  name: string;
  /** One per linked distributor, in registry order. */
  rows: PlannedRowView[];
  /** False when Product Sync is switched off: then nothing is written (issue 11 §1). */
  templateEnabled: boolean;
}

interface Planned {
  link: DistributorLink;
  sku: string;
  plan: LinkedPlan;
}

export interface SyncPlanDeps extends ProductPageDeps {
  settings: ProductSyncSettings;
  /** False for a "can't read costs" API user: costs are then neither compared nor written. */
  costsReadable: boolean;
}

async function plan(
  productId: number,
  deps: SyncPlanDeps,
): Promise<{ product: ProductRow; planned: Planned[] }> {
  const { product, rows } = await load(productId, deps);
  const linked = deps.links.filter((link) => rows.has(link.id));
  if (linked.length === 0) {
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'not-linked',
      message: `Product ${productId} has no vendor row of a connected distributor with a SKU: nothing to sync.`,
    });
  }
  // The product's own fields follow its default vendor's distributor (plan.ts); without a default
  // vendor, the first linked distributor's here, so one sync never writes them twice.
  const owner = { ...product, defaultVendorID: product.defaultVendorID ?? rows.get(linked[0]!.id)!.vendorID };
  const labels = await deps.autotask.fields('Products', deps.signal);
  const category = labels
    .find((f) => f.name === 'productCategory')
    ?.picklistValues.find((v) => v.value === product.productCategory)?.label;
  const planned = await Promise.all(
    linked.map(async (link): Promise<Planned> => {
      const vendor = rows.get(link.id)!;
      const sku = skuOf(vendor)!;
      try {
        const prices = await currentPrices(link.adapter, [sku], deps.now(), {
          fresh: true,
          ...(deps.signal ? { signal: deps.signal } : {}),
        });
        return {
          link,
          sku,
          plan: planLinked({
            vendor,
            product: owner,
            answer: prices.get(sku),
            settings: deps.settings,
            categoryLabel: category,
            costsReadable: deps.costsReadable,
            distributor: link.id,
          }),
        };
      } catch (error) {
        if (deps.signal?.aborted) throw error;
        // This distributor did not answer: its row is left as it is; the others still sync.
        const data = plainErrorData(error);
        const outcome: SkuOutcome = {
          sku,
          productId,
          outcome: 'failed',
          status: 'stale',
          message: data.message,
          hintId: hintFor(data, link.id).id,
        };
        return { link, sku, plan: { outcome } };
      }
    }),
  );
  return { product, planned };
}

/** Reads only: the same plan `Sync this product now` would apply, for its confirmation window. */
export async function productSyncPlan(productId: number, deps: SyncPlanDeps): Promise<ProductSyncPlanView> {
  const { product, planned } = await plan(productId, deps);
  return {
    productId,
    name: product.name ?? `Product ${productId}`,
    rows: planned.map(({ link, sku, plan: { outcome } }) => ({
      distributor: link.id,
      label: distributorLabel(link.id),
      sku,
      outcome: outcome.outcome,
      changes: outcome.changes ?? {},
      ...(outcome.message ? { message: outcome.message } : {}),
      ...(outcome.hintId ? { hintId: outcome.hintId } : {}),
    })),
    templateEnabled: deps.settings.enabled,
  };
}

/** A switched-off template writes nothing, whoever asks (issue 11 §1). */
export function productSyncOff(): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: HINT_CODES.productSyncOff,
    message:
      'Product Sync is switched off, so nothing was written. Switch it on in its template settings first.',
  });
}

export interface SyncNowDeps extends SyncPlanDeps {
  /** Stores one distributor's per-SKU states (lib/products/store.ts). */
  saveStates(distributor: string, outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  log(entry: Omit<NewActivityEntry, 'template'>, items: NewActivityItem[]): Promise<number>;
  sleep?: Sleep;
}

/** One distributor's outcome of `Sync this product now`. */
export interface DistributorOutcome {
  distributor: string;
  outcome: SkuOutcome;
}

/**
 * `Sync this product now`: plans and writes this one product for every linked distributor,
 * records their states and one log entry.
 */
export async function syncProductNow(productId: number, deps: SyncNowDeps): Promise<DistributorOutcome[]> {
  // Checked here, at the write, not only in the UI: whoever asks, an off template writes nothing.
  if (!deps.settings.enabled) throw productSyncOff();
  const { planned } = await plan(productId, deps);
  const signal = deps.signal ?? new AbortController().signal;
  const outcomes = await Promise.all(
    planned.map(async ({ link, plan: linkedPlan }) => ({
      distributor: link.id,
      outcome: await applyPlan(
        {
          autotask: deps.autotask,
          distributor: link.adapter,
          vendorId: link.vendorId,
          settings: deps.settings,
          sleep: deps.sleep ?? realSleep,
          signal,
          dryRun: false,
        },
        linkedPlan,
      ),
    })),
  );
  const at = deps.now();
  for (const { distributor, outcome } of outcomes) await deps.saveStates(distributor, [outcome], at);
  const failed = outcomes.filter((o) => o.outcome.outcome === 'failed');
  const hinted = outcomes.find((o) => o.outcome.hintId);
  await deps.log(
    {
      operation: 'product-sync',
      result: failed.length === 0 ? 'success' : failed.length === outcomes.length ? 'failed' : 'partial',
      summary: `Product ${productId} synced now: ${outcomes
        .map(
          ({ distributor, outcome }) =>
            `${distributorLabel(distributor)} SKU ${outcome.sku} ${outcome.outcome}`,
        )
        .join('; ')}.`,
      ...(hinted ? { hintId: hinted.outcome.hintId } : {}),
    },
    outcomes.map(({ distributor, outcome }) => toItem(outcome, distributor)),
  );
  return outcomes;
}

/** A log item of one SKU's outcome; `distributor` (registry id) says whose SKU it is. */
export function toItem(o: SkuOutcome, distributor?: string): NewActivityItem {
  const detail = {
    ...(distributor ? { distributor: distributorLabel(distributor) } : {}),
    ...(o.productId !== undefined ? { productId: o.productId } : {}),
    ...(o.changes ?? {}),
  };
  return {
    key: o.sku,
    outcome: o.outcome,
    ...(o.message ? { message: o.message } : {}),
    ...(o.hintId ? { hintId: o.hintId } : {}),
    ...(Object.keys(detail).length > 0 ? { detail } : {}),
  };
}
