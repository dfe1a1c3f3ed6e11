// Matching by manufacturer part number (issue 4 §1, a setting): active products that have a
// manufacturer part number but no row of the distributor's vendor are looked up at the distributor by
// that part number; a match is recorded as the product's ProductVendors row of that vendor, so it is
// linked (to that distributor; each distributor's run matches for itself) from
// then on and never searched again. Products are examined once: a cursor (the highest product id
// looked at) moves on with each committed page, so later runs only look at newer products.
import { eq, exist, gt } from '../autotask/query';
import { hintFor } from '../hints/hints';
import { plainErrorData } from '../errors/error-data';
import { isPause, writeSlowly } from './calls';
import { PAGE_ROWS } from './limits';
import type { SkuOutcome } from './outcomes';
import type { PassDeps } from './pass-deps';
import { roundCents } from './pricing';
import { PART_ROW_FIELDS, partRowSchema, vendorRowSchema } from './rows';

export interface MatchCursor {
  load(): Promise<number>;
  /** Inside the checkpoint's transaction. */
  save(afterProductId: number): Promise<void>;
}

export interface MatchPage {
  outcomes: SkuOutcome[];
  lastId: number;
  read: number;
}

export async function matchPage(
  deps: PassDeps & { costsReadable: boolean },
  afterId: number,
): Promise<MatchPage> {
  const pages = deps.autotask.queryPages(
    'Products',
    {
      filter: [eq('isActive', true), exist('manufacturerProductName'), gt('id', afterId)],
      includeFields: PART_ROW_FIELDS,
      maxRecords: PAGE_ROWS,
    },
    partRowSchema,
    deps.signal,
  );
  const first = await pages.next();
  await pages.return(undefined);
  const products = first.done ? [] : first.value;
  const lastId = products.reduce((max, p) => Math.max(max, p.id), afterId);
  if (products.length === 0) return { outcomes: [], lastId, read: 0 };

  const linked = await deps.autotask.queryIn(
    'ProductVendors',
    'productID',
    products.map((p) => p.id),
    vendorRowSchema,
    { filter: [eq('vendorID', deps.vendorId)], includeFields: ['id', 'productID', 'vendorID'] },
    deps.signal,
  );
  const hasRow = new Set(linked.map((v) => v.productID));
  const candidates = products.filter(
    (p) => !hasRow.has(p.id) && (p.manufacturerProductName ?? '').trim() !== '',
  );
  if (candidates.length === 0) return { outcomes: [], lastId, read: products.length };

  const answers = await deps.distributor.priceAvailability(
    candidates.map((p) => ({ mfgPartNumber: (p.manufacturerProductName ?? '').trim() })),
    deps.signal,
  );
  const outcomes = await Promise.all(
    candidates.map(async (product, i): Promise<SkuOutcome | undefined> => {
      const answer = answers[i];
      const sku = answer?.distributorSku;
      if (!answer || answer.status === 'notFound' || !sku) return undefined; // no match: examined, not logged
      const cost = answer.unitCost;
      const body = {
        productID: product.id,
        vendorID: deps.vendorId,
        vendorPartNumber: sku,
        isActive: true,
        ...(cost !== undefined && deps.settings.owned.vendorCost && deps.costsReadable
          ? { vendorCost: roundCents(cost) }
          : {}),
      };
      const base = {
        sku,
        productId: product.id,
        changes: { vendorPartNumber: `matched ${product.manufacturerProductName} → ${sku}` },
      };
      if (deps.dryRun) return { ...base, outcome: 'updated', status: 'synced' };
      try {
        await writeSlowly(
          () =>
            deps.autotask.create(
              'ProductVendors',
              body,
              { entity: 'Products', id: product.id, child: 'Vendors' },
              deps.signal,
            ),
          deps.sleep,
          deps.signal,
        );
        return {
          ...base,
          outcome: 'updated',
          status: 'synced',
          message: 'Matched by manufacturer part number.',
        };
      } catch (error) {
        if (isPause(error) || deps.signal.aborted) throw error;
        // A lost answer may have created the row: the next run finds it linked (this cursor has moved
        // on, so no second row is created for it by matching).
        const data = plainErrorData(error);
        return {
          ...base,
          outcome: 'failed',
          status: 'never',
          message: data.message,
          hintId: hintFor(data).id,
        };
      }
    }),
  );
  return {
    outcomes: outcomes.filter((o): o is SkuOutcome => o !== undefined),
    lastId,
    read: products.length,
  };
}
