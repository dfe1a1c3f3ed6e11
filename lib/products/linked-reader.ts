// The reader of the update pass (issue 4 §1–§2): the linked pages, in id order. Each page is ≤ 500
// ProductVendors rows of the distributor's vendor (id-cursor paging, API.md §2.4); as soon as it is
// in hand, its Products (one `in` read) and the distributor's prices (batches through one lane) are
// asked for, so a page's writes can be planned the moment its turn comes.
import { eq, gt } from '../autotask/query';
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import { chunk, limitTo } from '../http/limiter';
import { PAGE_ROWS } from './limits';
import type { PassDeps } from './pass-deps';
import { PRODUCT_ROW_FIELDS, VENDOR_ROW_FIELDS, productRowSchema, vendorRowSchema } from './rows';
import type { ProductRow, VendorRow } from './rows';
import { settleAll } from './settle';

export interface VendorPage {
  /** Rows that name a SKU. */
  rows: VendorRow[];
  /** The cursor after this page: the highest id read (rows come ordered by id, API.md §2.3). */
  lastId: number;
  /** Rows Autotask returned, blank SKUs included. */
  read: number;
}

/** A vendor page with its Products and prices on the way (their failures wait for the page's turn). */
export interface LinkedRead extends VendorPage {
  products: Promise<Map<number, ProductRow>>;
  answers: Promise<Map<string, PriceAvailability>>;
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
 * Distributor lookups for the whole run through one first-come-first-served lane of the adapter's
 * concurrency, one batch per request: the batches of page 1 all go before those of page 2, so the
 * first pages' writes can start while later pages are still being priced.
 */
export function priceLane(distributor: DistributorAdapter, signal: AbortSignal): PriceLookup {
  const { maxPriceBatch, concurrency } = distributor.capabilities;
  const lane = limitTo(concurrency);
  const batch = (skus: string[]) =>
    lane(() =>
      distributor.priceAvailability(
        skus.map((distributorSku) => ({ distributorSku })),
        signal,
      ),
    );
  return async (skus) => {
    const unique = [...new Set(skus)];
    const answers = (await settleAll(chunk(unique, maxPriceBatch).map(batch))).flat();
    return new Map(unique.map((sku, i) => [sku, answers[i]!]));
  };
}

export interface ReadFrom {
  /** The id cursor: rows up to this id are done. */
  afterId: number;
  /** Rows done so far, and the rows there are (0 while unknown): reading stops once all are in hand. */
  read?: number;
  total?: () => number;
  /** Preview: a page shorter than a full one is the last (saves the one empty read at the end). */
  shortPageEnds?: boolean;
}

/**
 * The linked pages from `from.afterId` on, in id order. Stops once every counted row is in hand (saves
 * the one empty read at the end), or at the first empty page. When it closes, the Products reads it
 * started have settled, and then `closed` is called.
 */
export async function* readLinkedPages(
  deps: PassDeps,
  from: ReadFrom,
  prices: PriceLookup,
  closed?: () => void,
): AsyncGenerator<LinkedRead, void> {
  const total = from.total ?? (() => 0);
  let cursor = from.afterId;
  let seen = from.read ?? 0;
  const productReads: Promise<unknown>[] = [];
  try {
    while (!(total() > 0 && seen >= total())) {
      const page = await readVendorPage(deps, cursor);
      if (page.read === 0) return;
      cursor = page.lastId;
      seen += page.read;
      const products = readProducts(deps, [...new Set(page.rows.map((r) => r.productID))]);
      const answers = prices(page.rows.map((r) => (r.vendorPartNumber ?? '').trim()));
      products.catch(() => {});
      answers.catch(() => {});
      productReads.push(products);
      yield { ...page, products, answers };
      if (from.shortPageEnds && page.read < PAGE_ROWS) return;
    }
  } finally {
    await Promise.allSettled(productReads);
    closed?.();
  }
}
