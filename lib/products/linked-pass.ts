// The update pass over linked products (issue 4 §1–§2), one page at a time: once a page's
// Products and distributor prices are in (lib/products/linked-reader.ts), each row is planned
// (plan.ts) and only the changed fields are PATCHed. A SKU that fails is an outcome of that SKU;
// the page goes on.
import type { PriceAvailability } from '../distributor/adapter';
import { plainErrorData } from '../errors/error-data';
import { hintFor } from '../hints/hints';
import { isPause, writeSlowly } from './calls';
import type { SkuOutcome } from './outcomes';
import { planLinked } from './plan';
import type { LinkedPlan } from './plan';
import type { PassDeps } from './pass-deps';
import type { ProductRow, VendorRow } from './rows';
import { settleAll } from './settle';

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
  /** Forgets the page's stored write intents once it has committed (write-intents.ts). */
  committed(): void;
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
  /** Stores the planned writes before they go out (write-intents.ts); returns their forgetting. */
  intend: (planned: readonly SkuOutcome[]) => Promise<() => void> = async () => () => {},
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
  let committed: () => void;
  try {
    const planned =
      writes === 0 ? [] : plans.filter((p) => p.productPatch || p.vendorPatch).map((p) => p.outcome);
    committed = await intend(planned);
  } catch (error) {
    release();
    throw error;
  }
  const settled = await Promise.allSettled(plans.map((plan) => applyPlan(deps, plan))).finally(release);
  const done = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw new PageStopped(failure.reason, done);
  const outcomes = done;
  return {
    rows,
    outcomes,
    committed,
    allCostsBlank:
      rows.every((r) => r.vendorCost === null || r.vendorCost === undefined) &&
      [...byId.values()].every((p) => p.unitCost === null || p.unitCost === undefined),
  };
}
