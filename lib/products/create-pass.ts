// The create pass (issue 4 §1 "New products"), one page of ≤ 500 queued entries at a time.
// Reconcile-first: before creating, look for a product already linked to the SKU (a ProductVendors
// row of the distributor's vendor) or one this sync created before its answer was lost (its
// externalProductID key). Each SKU is then at most one Product and one ProductVendors row, even
// when a create's response never arrived.
import { eq } from '../autotask/query';
import type { ItemRef, PriceAvailability } from '../distributor/adapter';
import { distributorLabel, externalKey } from '../distributor/registry';
import { HINT_CODES, hintFor } from '../hints/hints';
import { isAppError } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import { isPause, writeSlowly } from './calls';
import type { ImportEntry } from './import-entry';
import { PRODUCT_NAME_MAX } from './limits';
import type { SkuOutcome } from './outcomes';
import type { PassDeps } from './pass-deps';
import { priceFor, roundCents } from './pricing';
import { PRODUCT_ROW_FIELDS, VENDOR_ROW_FIELDS, productRowSchema, vendorRowSchema } from './rows';
import { mappedCategory, ruleFor } from './settings';
import { settleAll } from './settle';

/** Numeric text is taken as the distributor's SKU; anything else pasted is looked up as a manufacturer part number. */
const looksLikeSku = (text: string) => /^\d{1,20}$/.test(text);

/** The run's distributor: its registry id is the adapter's capabilities id. */
const distributorOf = (deps: PassDeps) => deps.distributor.capabilities.id;
const keyOf = (deps: PassDeps, sku: string) => externalKey(distributorOf(deps), sku);

const skipped = (
  sku: string,
  message: string,
  hintId?: string,
  status: SkuOutcome['status'] = 'never',
): SkuOutcome => ({
  sku,
  outcome: 'skipped',
  status,
  message,
  ...(hintId ? { hintId } : {}),
});

export interface CreateDeps extends PassDeps {
  costsReadable: boolean;
  /** Autotask category label → picklist value (API.md §2.1: read from `fields`). */
  categoryValue(label: string): Promise<number | undefined>;
}

interface Ready {
  entry: ImportEntry;
  sku: string;
  answer: PriceAvailability;
  categoryLabel: string;
  category: number;
}

export async function createPage(deps: CreateDeps, entries: ImportEntry[]): Promise<SkuOutcome[]> {
  const outcomes: SkuOutcome[] = [];
  // 1. Only categories mapped to an Autotask product category are created.
  const categorised: { entry: ImportEntry; label: string; value: number }[] = [];
  for (const entry of entries) {
    const label =
      entry.autotaskCategory ?? (entry.category ? mappedCategory(deps.settings, entry.category) : undefined);
    const value = label ? await deps.categoryValue(label) : undefined;
    if (!label || value === undefined) {
      const what = entry.category ? `category "${entry.category}"` : 'no category';
      outcomes.push(
        skipped(
          entry.sku,
          label
            ? `Autotask has no product category "${label}".`
            : `Not created: ${what} is not mapped to an Autotask product category.`,
          HINT_CODES.categoryNotMapped,
        ),
      );
    } else categorised.push({ entry, label, value });
  }
  // 2. The distributor's current answer: validates the SKU, gives today's cost (one batch per 50).
  const refs: ItemRef[] = categorised.map(({ entry }) =>
    looksLikeSku(entry.sku) ? { distributorSku: entry.sku } : { mfgPartNumber: entry.sku },
  );
  const answers = refs.length ? await deps.distributor.priceAvailability(refs, deps.signal) : [];
  const ready: Ready[] = [];
  const who = distributorLabel(distributorOf(deps));
  categorised.forEach(({ entry, label, value }, i) => {
    const answer = answers[i];
    if (!answer || answer.status === 'notFound' || !answer.distributorSku) {
      outcomes.push(
        skipped(entry.sku, `${who} does not know ${entry.sku}.`, HINT_CODES.invalidSku, 'invalid'),
      );
    } else if (answer.status === 'discontinued') {
      outcomes.push(
        skipped(entry.sku, `Discontinued at ${who}: not created.`, HINT_CODES.discontinued, 'invalid'),
      );
    } else ready.push({ entry, sku: answer.distributorSku, answer, categoryLabel: label, category: value });
  });
  if (ready.length === 0) return outcomes;

  // 3. Reconcile first: one `in` read per entity for the whole page.
  const skus = [...new Set(ready.map((r) => r.sku))];
  const [linked, ours] = await Promise.all([
    deps.autotask.queryIn(
      'ProductVendors',
      'vendorPartNumber',
      skus,
      vendorRowSchema,
      {
        filter: [eq('vendorID', deps.vendorId)],
        includeFields: VENDOR_ROW_FIELDS,
      },
      deps.signal,
    ),
    deps.autotask.queryIn(
      'Products',
      'externalProductID',
      skus.map((sku) => keyOf(deps, sku)),
      productRowSchema,
      {
        includeFields: PRODUCT_ROW_FIELDS,
      },
      deps.signal,
    ),
  ]);
  const linkedBySku = new Map(linked.map((row) => [(row.vendorPartNumber ?? '').trim(), row]));
  const oursByKey = new Map(ours.map((row) => [row.externalProductID ?? '', row.id]));

  const seen = new Set<string>();
  const created = await settleAll(
    ready.map(async (item): Promise<SkuOutcome> => {
      const existing = linkedBySku.get(item.sku);
      if (existing || seen.has(item.sku)) {
        const which = existing ? ` as product ${existing.productID}` : '';
        return skipped(
          item.entry.sku,
          `Already in Autotask${which}: Product Sync keeps it up to date.`,
          undefined,
          'synced',
        );
      }
      seen.add(item.sku);
      return createOne(deps, item, oursByKey.get(keyOf(deps, item.sku)));
    }),
  );
  return [...outcomes, ...created];
}

function productBody(deps: CreateDeps, item: Ready) {
  const { entry, answer } = item;
  const cost = answer.unitCost ?? entry.cost;
  const owned = deps.settings.owned;
  const description = answer.description ?? entry.description ?? item.sku;
  const body: Record<string, unknown> = {
    name: (entry.description ?? description).slice(0, PRODUCT_NAME_MAX),
    description,
    manufacturerName: entry.manufacturer ?? answer.manufacturer,
    manufacturerProductName: answer.mfgPartNumber ?? entry.mfgPartNumber,
    productCategory: item.category,
    isActive: true,
    defaultVendorID: deps.vendorId,
    externalProductID: keyOf(deps, item.sku),
  };
  if (cost !== undefined) {
    if (owned.unitCost && deps.costsReadable) body.unitCost = roundCents(cost);
    if (owned.unitPrice) body.unitPrice = priceFor(cost, ruleFor(deps.settings, item.categoryLabel));
  }
  if (owned.msrp && entry.msrp !== undefined) body.msrp = entry.msrp;
  return { body: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)), cost };
}

/** Lost answer (timeout, dropped connection, 5xx): the write may or may not have happened. */
const lost = (error: unknown) => isAppError(error) && error.outcomeUnknown === true;

async function createOne(
  deps: CreateDeps,
  item: Ready,
  halfCreated: number | undefined,
): Promise<SkuOutcome> {
  const { body, cost } = productBody(deps, item);
  const price = typeof body.unitPrice === 'number' ? body.unitPrice : undefined;
  const base = {
    sku: item.entry.sku,
    ...(cost !== undefined ? { cost } : {}),
    ...(price !== undefined ? { price } : {}),
  };
  if (deps.dryRun) return { ...base, outcome: 'created', status: 'synced' };
  try {
    const productId =
      halfCreated ?? (await createOnce(deps, 'Products', body, undefined, () => findProduct(deps, item.sku)));
    const vendorBody = {
      productID: productId,
      vendorID: deps.vendorId,
      vendorPartNumber: item.sku,
      isDefault: true,
      isActive: true,
      ...(cost !== undefined && deps.settings.owned.vendorCost && deps.costsReadable
        ? { vendorCost: roundCents(cost) }
        : {}),
    };
    await createOnce(
      deps,
      'ProductVendors',
      vendorBody,
      { entity: 'Products', id: productId, child: 'Vendors' },
      () => findVendorRow(deps, productId),
    );
    return {
      ...base,
      productId,
      outcome: 'created',
      status: 'synced',
      message: `Created product ${productId}.`,
    };
  } catch (error) {
    if (isPause(error) || deps.signal.aborted) throw error;
    const data = plainErrorData(error);
    return { ...base, outcome: 'failed', status: 'never', message: data.message, hintId: hintFor(data).id };
  }
}

/**
 * A create whose answer was lost is looked up before anything is sent again; only a confirmed
 * absence is created a second time (issue 4 §1 reconcile-first).
 */
async function createOnce(
  deps: CreateDeps,
  entity: string,
  body: Record<string, unknown>,
  parent: { entity: string; id: number; child: string } | undefined,
  find: () => Promise<number | undefined>,
): Promise<number> {
  try {
    return await writeSlowly(
      () => deps.autotask.create(entity, body, parent, deps.signal),
      deps.sleep,
      deps.signal,
    );
  } catch (error) {
    if (!lost(error)) throw error;
    const found = await find();
    if (found !== undefined) return found;
    return writeSlowly(
      () => deps.autotask.create(entity, body, parent, deps.signal),
      deps.sleep,
      deps.signal,
    );
  }
}

async function findProduct(deps: CreateDeps, sku: string): Promise<number | undefined> {
  const rows = await deps.autotask.queryAll(
    'Products',
    { filter: [eq('externalProductID', keyOf(deps, sku))], includeFields: ['id'], maxRecords: 1 },
    productRowSchema.pick({ id: true }),
    deps.signal,
  );
  return rows[0]?.id;
}

async function findVendorRow(deps: CreateDeps, productId: number): Promise<number | undefined> {
  const rows = await deps.autotask.queryAll(
    'ProductVendors',
    {
      filter: [eq('productID', productId), eq('vendorID', deps.vendorId)],
      includeFields: ['id'],
      maxRecords: 1,
    },
    vendorRowSchema.pick({ id: true }),
    deps.signal,
  );
  return rows[0]?.id;
}
