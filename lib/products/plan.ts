// What one linked product should become (issue 4 §1): pure, so Preview, the scheduled run and
// `Sync this product now` decide alike. Only owned fields appear in a patch, only when they differ
// at cent precision, and a blank Autotask cost is a difference, never a zero.
//
// Several distributors (issue 12): each distributor's pass keeps its own ProductVendors row true to
// it (vendorCost). The product's own fields (unitCost, unitPrice, MSRP, active) follow one
// distributor only — the one whose vendor company is the product's default vendor — so two
// distributors never overwrite each other's prices run after run. A product without a default
// vendor is written by any distributor linked to it, as with a single distributor.
import type { PriceAvailability } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { HINT_CODES } from '../hints/hints';
import type { SkuOutcome } from './outcomes';
import { priceFor, sameMoney } from './pricing';
import type { ProductRow, VendorRow } from './rows';
import { ruleFor } from './settings';
import type { ProductSyncSettings } from './settings';

export interface LinkedPlan {
  /** The outcome if the patches (if any) are written. */
  outcome: SkuOutcome;
  productPatch?: { id: number } & Record<string, unknown>;
  vendorPatch?: { id: number } & Record<string, unknown>;
}

export interface PlanInput {
  vendor: VendorRow;
  product: ProductRow | undefined;
  answer: PriceAvailability | undefined;
  settings: ProductSyncSettings;
  categoryLabel: string | undefined;
  /** False when the API user cannot read costs: cost fields are then neither compared nor written. */
  costsReadable: boolean;
  /** Registry id of the distributor whose answer this is (its label goes into messages). */
  distributor?: string;
}

/** The product's own fields are this row's distributor's to write (see the file comment). */
export function ownsProductFields(vendor: VendorRow, product: ProductRow): boolean {
  return product.defaultVendorID == null || product.defaultVendorID === vendor.vendorID;
}

/** "the distributor" starts a sentence as "The distributor"; registry labels are already capitalised. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const money = (v: number | null | undefined) => (v === null || v === undefined ? 'blank' : v.toFixed(2));

function change(
  patch: Record<string, unknown>,
  changes: Record<string, string>,
  field: string,
  current: number | null | undefined,
  desired: number,
): void {
  if (sameMoney(current, desired)) return;
  patch[field] = desired;
  changes[field] = `${money(current)} → ${desired.toFixed(2)}`;
}

export function planLinked(input: PlanInput): LinkedPlan {
  const { vendor, product, answer, settings, costsReadable } = input;
  const label = distributorLabel(input.distributor);
  const sku = (vendor.vendorPartNumber ?? '').trim();
  const base = { sku, productId: vendor.productID };
  if (!product) {
    return {
      outcome: {
        ...base,
        outcome: 'skipped',
        status: 'not-linked',
        message: 'The product is not visible to the API user.',
      },
    };
  }
  if (!answer || answer.status === 'notFound') {
    return {
      outcome: {
        ...base,
        outcome: 'skipped',
        status: 'invalid',
        message: `${capitalised(label)} does not know SKU ${sku}.`,
        hintId: HINT_CODES.invalidSku,
      },
    };
  }
  const productPatch: Record<string, unknown> = {};
  const vendorPatch: Record<string, unknown> = {};
  const changes: Record<string, string> = {};
  const owned = settings.owned;
  const productFields = ownsProductFields(vendor, product);

  if (answer.status === 'discontinued') {
    if (settings.deactivateDiscontinued && owned.isActive && productFields && product.isActive !== false) {
      productPatch.isActive = false;
      changes.isActive = 'active → inactive';
      return {
        outcome: {
          ...base,
          outcome: 'deactivated',
          status: 'synced',
          changes,
          message: `Discontinued at ${label}.`,
        },
        productPatch: { id: product.id, ...productPatch },
      };
    }
    return {
      outcome: {
        ...base,
        outcome: 'skipped',
        status: 'synced',
        message: `Discontinued at ${label}.`,
        hintId: HINT_CODES.discontinued,
      },
    };
  }

  const cost = answer.unitCost;
  if (cost === undefined || !settings.updateExisting) {
    return {
      outcome: { ...base, outcome: 'unchanged', status: 'synced', ...(cost !== undefined ? { cost } : {}) },
    };
  }
  const price = priceFor(cost, ruleFor(settings, input.categoryLabel));
  if (costsReadable) {
    if (owned.vendorCost) change(vendorPatch, changes, 'vendorCost', vendor.vendorCost, cost);
    if (owned.unitCost && productFields) change(productPatch, changes, 'unitCost', product.unitCost, cost);
  }
  if (owned.unitPrice && productFields) change(productPatch, changes, 'unitPrice', product.unitPrice, price);
  if (owned.msrp && productFields && answer.msrp !== undefined)
    change(productPatch, changes, 'msrp', product.msrp, answer.msrp);

  const changed = Object.keys(changes).length > 0;
  return {
    outcome: {
      ...base,
      outcome: changed ? 'updated' : 'unchanged',
      status: 'synced',
      cost,
      price,
      ...(changed ? { changes } : {}),
    },
    ...(Object.keys(productPatch).length ? { productPatch: { id: product.id, ...productPatch } } : {}),
    ...(Object.keys(vendorPatch).length ? { vendorPatch: { id: vendor.id, ...vendorPatch } } : {}),
  };
}
