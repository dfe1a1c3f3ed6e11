// The update pass over linked products (issue 4 §1–§2), one page at a time: ≤ 500 ProductVendors
// rows of the distributor's vendor (id-cursor paging, API.md §2.4), their Products in one `in` read,
// the distributor's prices in batches, then PATCHes of only the changed fields. A SKU that fails is an
// outcome of that SKU; the page goes on.
import { eq, gt } from '../autotask/query';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import { plainErrorData } from '../errors/error-data';
import { hintFor } from '../hints/hints';
import { isPause, writeSlowly } from './calls';
import type { Sleep } from './calls';
import { PAGE_ROWS } from './limits';
import type { SkuOutcome } from './outcomes';
import { planLinked } from './plan';
import type { LinkedPlan } from './plan';
import { PRODUCT_ROW_FIELDS, VENDOR_ROW_FIELDS, productRowSchema, vendorRowSchema } from './rows';
import type { ProductRow, VendorRow } from './rows';
import type { ProductSyncSettings } from './settings';

export interface PassDeps {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  settings: ProductSyncSettings;
  sleep: Sleep;
  signal: AbortSignal;
  /** Preview: plan everything, write nothing. */
  dryRun: boolean;
}

export interface VendorPage {
  /** Rows that name a SKU. */
  rows: VendorRow[];
  /** The cursor after this page: the highest id read (rows come ordered by id, API.md §2.3). */
  lastId: number;
  /** Rows Autotask returned, blank SKUs included. */
  read: number;
}

/** The distributor vendor's active rows after `afterId`, ≤ 500, in one request. */
export async function readVendorPage(
  deps: PassDeps,
  afterId: number,
  limit = PAGE_ROWS,
): Promise<VendorPage> {
  const pages = deps.autotask.queryPages(
    'ProductVendors',
    {
      filter: [eq('vendorID', deps.vendorId), eq('isActive', true), gt('id', afterId)],
      includeFields: VENDOR_ROW_FIELDS,
      maxRecords: limit,
    },
    vendorRowSchema,
    deps.signal,
  );
  // Only the first page: the next one is a new id-cursor query (API.md §2.4), so a checkpoint is an id.
  const first = await pages.next();
  await pages.return(undefined);
  const raw = first.done ? [] : first.value;
  return {
    rows: raw.filter((row) => (row.vendorPartNumber ?? '').trim() !== ''),
    lastId: raw.reduce((max, row) => Math.max(max, row.id), afterId),
    read: raw.length,
  };
}

/** The rows the update pass walks, for progress (`count` is one call). */
export const linkedFilter = (vendorId: number) => [eq('vendorID', vendorId), eq('isActive', true)];

/** Every task settled; the first failure (a pause, an abort) is rethrown only then, so nothing is left running. */
export async function settleAll<T>(tasks: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

export async function readProducts(deps: PassDeps, ids: number[]): Promise<Map<number, ProductRow>> {
  if (ids.length === 0) return new Map();
  const rows = await deps.autotask.queryIn(
    'Products',
    'id',
    ids,
    productRowSchema,
    { includeFields: PRODUCT_ROW_FIELDS },
    deps.signal,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export type PriceLookup = (skus: string[]) => Promise<Map<string, PriceAvailability>>;

/**
 * The distributor's lookups for the whole run through one first-come-first-served lane of the adapter's
 * concurrency, one batch per request: the batches of page 1 all go before those of page 2, so the
 * first pages' writes can start while later pages are still being priced.
 */
export function priceLane(distributor: DistributorAdapter, signal: AbortSignal): PriceLookup {
  const { maxPriceBatch, concurrency } = distributor.capabilities;
  let active = 0;
  const waiting: (() => void)[] = [];
  const pump = () => {
    while (active < concurrency && waiting.length > 0) {
      active += 1;
      waiting.shift()!();
    }
  };
  const batch = async (skus: string[]) => {
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      pump();
    });
    try {
      return await distributor.priceAvailability(
        skus.map((distributorSku) => ({ distributorSku })),
        signal,
      );
    } finally {
      active -= 1;
      pump();
    }
  };
  return async (skus) => {
    const unique = [...new Set(skus)];
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += maxPriceBatch) batches.push(unique.slice(i, i + maxPriceBatch));
    const answers = (await settleAll(batches.map(batch))).flat();
    return new Map(unique.map((sku, i) => [sku, answers[i]!]));
  };
}

/** Writes one plan's patches; a failure becomes the SKU's outcome unless the run must pause. */
export async function applyPlan(deps: PassDeps, plan: LinkedPlan): Promise<SkuOutcome> {
  if (deps.dryRun || (!plan.productPatch && !plan.vendorPatch)) return plan.outcome;
  const { autotask, sleep, signal } = deps;
  try {
    const { productPatch, vendorPatch } = plan;
    const parent = { entity: 'Products', id: plan.outcome.productId ?? 0, child: 'Vendors' };
    const writes: Promise<number>[] = [];
    if (productPatch)
      writes.push(
        writeSlowly(() => autotask.update('Products', productPatch, undefined, signal), sleep, signal),
      );
    if (vendorPatch)
      writes.push(
        writeSlowly(() => autotask.update('ProductVendors', vendorPatch, parent, signal), sleep, signal),
      );
    await settleAll(writes);
    return plan.outcome;
  } catch (error) {
    if (isPause(error) || signal.aborted) throw error;
    // A PATCH sets absolute values, so one whose answer was lost is simply planned again next run.
    const data = plainErrorData(error);
    return {
      ...plan.outcome,
      outcome: 'failed',
      status: 'stale',
      message: data.message,
      hintId: hintFor(data).id,
    };
  }
}

/**
 * A page that stopped part-way (a pause, an abort): the reason, and the outcomes of the SKUs whose
 * writes did land, so the resumed run can still report them as written.
 */
export class PageStopped extends Error {
  constructor(
    readonly reason: unknown,
    readonly written: SkuOutcome[],
  ) {
    super('page stopped');
  }
}

export interface LinkedPage {
  rows: VendorRow[];
  outcomes: SkuOutcome[];
  /** True when the page's rows all came back with blank costs (a "can't read costs" API user). */
  allCostsBlank: boolean;
}

export async function syncLinkedPage(
  deps: PassDeps,
  rows: VendorRow[],
  products: Promise<Map<number, ProductRow>>,
  prices: Promise<Map<string, PriceAvailability>>,
  costsReadable: (page: { vendors: VendorRow[]; products: ProductRow[] }) => boolean,
  categoryLabel: (value: number | null | undefined) => string | undefined,
  /** Claims room for the page's writes (the per-run cap); throws a pause when there is none. */
  reserve: (writes: number) => () => void = () => () => {},
): Promise<LinkedPage> {
  const [byId, answers] = (await settleAll<Map<number, ProductRow> | Map<string, PriceAvailability>>([
    products,
    prices,
  ])) as [Map<number, ProductRow>, Map<string, PriceAvailability>];
  const readable = costsReadable({ vendors: rows, products: [...byId.values()] });
  const plans = rows.map((vendor) => {
    const product = byId.get(vendor.productID);
    return planLinked({
      vendor,
      product,
      answer: answers.get((vendor.vendorPartNumber ?? '').trim()),
      settings: deps.settings,
      categoryLabel: categoryLabel(product?.productCategory),
      costsReadable: readable,
      distributor: deps.distributor.capabilities.id,
    });
  });
  const writes = deps.dryRun
    ? 0
    : plans.reduce((n, p) => n + (p.productPatch ? 1 : 0) + (p.vendorPatch ? 1 : 0), 0);
  const release = reserve(writes);
  const settled = await Promise.allSettled(plans.map((plan) => applyPlan(deps, plan))).finally(release);
  const done = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw new PageStopped(failure.reason, done);
  const outcomes = done;
  return {
    rows,
    outcomes,
    allCostsBlank:
      rows.every((r) => r.vendorCost === null || r.vendorCost === undefined) &&
      [...byId.values()].every((p) => p.unitCost === null || p.unitCost === undefined),
  };
}
