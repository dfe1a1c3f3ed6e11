// The product page's sidebar (issue 4 §3): TD SYNNEX's current price and stock for the product's
// SKU, its last sync and outcome, and `Sync this product now` — the same plan as a scheduled run,
// for one product, logged as one activity entry of the template.
import { eq } from '../autotask/query';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/hints';
import type { NewActivityEntry, NewActivityItem } from '../log/activity';
import type { SkuState } from '../db/records';
import { realSleep } from './calls';
import type { Sleep } from './calls';
import { applyPlan } from './linked-pass';
import { planLinked } from './plan';
import type { LinkedPlan } from './plan';
import { VENDOR_ROW_FIELDS, productRowSchema, vendorRowSchema } from './rows';
import type { ProductRow, VendorRow } from './rows';
import type { ProductSyncSettings } from './settings';
import { compareStatus, currentPrices, storedStatus } from './sku-status';
import type { ProductSyncView } from './views';
import type { SkuOutcome } from './outcomes';

export interface ProductPageDeps {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  states(skus: readonly string[]): Promise<Map<string, SkuState>>;
  now(): number;
  signal?: AbortSignal;
}

interface Loaded {
  product: ProductRow;
  vendor: VendorRow | undefined;
}

async function load(productId: number, deps: ProductPageDeps): Promise<Loaded> {
  const [product, vendors] = await Promise.all([
    deps.autotask.get('Products', productId, productRowSchema, deps.signal),
    deps.autotask.queryAll(
      'ProductVendors',
      {
        filter: [eq('productID', productId), eq('vendorID', deps.vendorId), eq('isActive', true)],
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
  return { product, vendor: vendors.find((v) => (v.vendorPartNumber ?? '').trim() !== '') };
}

export async function productSyncView(productId: number, deps: ProductPageDeps): Promise<ProductSyncView> {
  const { product, vendor } = await load(productId, deps);
  const sku = vendor?.vendorPartNumber?.trim();
  const base: ProductSyncView = {
    productId,
    name: product.name ?? `Product ${productId}`,
    status: 'not-linked',
    autotask: {
      isActive: product.isActive !== false,
      ...(product.unitCost != null ? { unitCost: product.unitCost } : {}),
      ...(product.unitPrice != null ? { unitPrice: product.unitPrice } : {}),
      ...(vendor?.vendorCost != null ? { vendorCost: vendor.vendorCost } : {}),
    },
  };
  if (!vendor || !sku) return base;
  const now = deps.now();
  // The page shows TD SYNNEX's current answer: always asked afresh (it refreshes the status cache).
  const [prices, states] = await Promise.all([
    currentPrices(deps.distributor, [sku], now, {
      fresh: true,
      ...(deps.signal ? { signal: deps.signal } : {}),
    }),
    deps.states([sku]),
  ]);
  const answer = prices.get(sku);
  const state = states.get(sku);
  return {
    ...base,
    sku,
    status: state ? storedStatus(state, now) : compareStatus(vendor.vendorCost, answer),
    ...(answer
      ? {
          tdsynnex: {
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

export interface SyncNowDeps extends ProductPageDeps {
  settings: ProductSyncSettings;
  /** False for a "can't read costs" API user: costs are then neither compared nor written. */
  costsReadable: boolean;
  saveStates(outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  log(entry: Omit<NewActivityEntry, 'template'>, items: NewActivityItem[]): Promise<number>;
  sleep?: Sleep;
}

/** What `Sync this product now` would write for one product (shown in its confirmation window). */
export interface ProductSyncPlanView {
  productId: number;
  name: string;
  sku: string;
  outcome: SkuOutcome['outcome'];
  /** field → "old → new", e.g. { unitCost: '10.00 → 10.50' }; empty when nothing would change. */
  changes: Record<string, string>;
  message?: string;
  hintId?: string;
  /** False when Product Sync is switched off: then nothing is written (issue 11 §1). */
  templateEnabled: boolean;
}

interface Planned {
  product: ProductRow;
  sku: string;
  plan: LinkedPlan;
}

async function plan(productId: number, deps: SyncPlanDeps): Promise<Planned> {
  const { product, vendor } = await load(productId, deps);
  if (!vendor?.vendorPartNumber?.trim()) {
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'not-linked',
      message: `Product ${productId} has no TD SYNNEX vendor row with a SKU: nothing to sync.`,
    });
  }
  const sku = vendor.vendorPartNumber.trim();
  const prices = await currentPrices(deps.distributor, [sku], deps.now(), {
    fresh: true,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const labels = await deps.autotask.fields('Products', deps.signal);
  const category = labels
    .find((f) => f.name === 'productCategory')
    ?.picklistValues.find((v) => v.value === product.productCategory)?.label;
  return {
    product,
    sku,
    plan: planLinked({
      vendor,
      product,
      answer: prices.get(sku),
      settings: deps.settings,
      categoryLabel: category,
      costsReadable: deps.costsReadable,
    }),
  };
}

export interface SyncPlanDeps extends ProductPageDeps {
  settings: ProductSyncSettings;
  /** False for a "can't read costs" API user: costs are then neither compared nor written. */
  costsReadable: boolean;
}

/** Reads only: the same plan `Sync this product now` would apply, for its confirmation window. */
export async function productSyncPlan(productId: number, deps: SyncPlanDeps): Promise<ProductSyncPlanView> {
  const { product, sku, plan: planned } = await plan(productId, deps);
  const { outcome } = planned;
  return {
    productId,
    name: product.name ?? `Product ${productId}`,
    sku,
    outcome: outcome.outcome,
    changes: outcome.changes ?? {},
    ...(outcome.message ? { message: outcome.message } : {}),
    ...(outcome.hintId ? { hintId: outcome.hintId } : {}),
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
  saveStates(outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  log(entry: Omit<NewActivityEntry, 'template'>, items: NewActivityItem[]): Promise<number>;
  sleep?: Sleep;
}

/** `Sync this product now`: plans and writes this one product, records its state and one log entry. */
export async function syncProductNow(productId: number, deps: SyncNowDeps): Promise<SkuOutcome> {
  // Checked here, at the write, not only in the UI: whoever asks, an off template writes nothing.
  if (!deps.settings.enabled) throw productSyncOff();
  const { sku, plan: planned } = await plan(productId, deps);
  const signal = deps.signal ?? new AbortController().signal;
  const outcome = await applyPlan(
    {
      autotask: deps.autotask,
      distributor: deps.distributor,
      vendorId: deps.vendorId,
      settings: deps.settings,
      sleep: deps.sleep ?? realSleep,
      signal,
      dryRun: false,
    },
    planned,
  );
  await deps.saveStates([outcome], deps.now());
  await deps.log(
    {
      operation: 'product-sync',
      result: outcome.outcome === 'failed' ? 'failed' : 'success',
      summary: `Product ${productId} (SKU ${sku}) synced now: ${outcome.outcome}.`,
      ...(outcome.hintId ? { hintId: outcome.hintId } : {}),
    },
    [toItem(outcome)],
  );
  return outcome;
}

export function toItem(o: SkuOutcome): NewActivityItem {
  return {
    key: o.sku,
    outcome: o.outcome,
    ...(o.message ? { message: o.message } : {}),
    ...(o.hintId ? { hintId: o.hintId } : {}),
    ...(o.changes || o.productId !== undefined
      ? { detail: { ...(o.productId !== undefined ? { productId: o.productId } : {}), ...(o.changes ?? {}) } }
      : {}),
  };
}
