// Price & availability (APIS.md §2.3; IM-SPEC POST /resellers/v6/catalog/priceandavailability):
// one call per batch of at most MAX_PRICE_BATCH products, one answer element per product. A product
// Ingram does not know comes back (HTTP 207) with `productStatusCode` 'E' — a per-item `notFound`,
// never a failure of the batch. Answers are matched to requests by part number, not position
// (IM-SPEC does not promise the order), and by `index` only when an element names no part.
import type { ItemRef, PriceAvailability, ProductStatus, WarehouseStock } from '../adapter';
import { priceAvailabilitySchema } from '../result-schemas';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';
import { PRICE_AVAILABILITY_PATH } from './hosts';
import { pnaResponseSchema, readBody, validated } from './schemas';
import type { PnaItem } from './schemas';

/** Both flags are required query parameters (IM-SPEC). */
export const PRICE_AVAILABILITY_QUERY = '?includeAvailability=true&includePricing=true';
export const PRICE_AVAILABILITY_URL_PATH = PRICE_AVAILABILITY_PATH + PRICE_AVAILABILITY_QUERY;

/** IM-SPEC PriceAndAvailabilityRequest: `products[]` naming `ingramPartNumber` or `vendorPartNumber`. */
export function buildPriceBody(items: readonly ItemRef[]): string {
  return JSON.stringify({
    products: items.map((item) =>
      'distributorSku' in item
        ? { ingramPartNumber: item.distributorSku.trim() }
        : { vendorPartNumber: item.mfgPartNumber.trim() },
    ),
  });
}

const refKey = (item: ItemRef) =>
  'distributorSku' in item
    ? `sku:${item.distributorSku.trim().toUpperCase()}`
    : `mpn:${item.mfgPartNumber.trim().toUpperCase()}`;

function answerKeys(answer: PnaItem): string[] {
  const keys: string[] = [];
  if (answer.ingramPartNumber) keys.push(`sku:${answer.ingramPartNumber.trim().toUpperCase()}`);
  if (answer.vendorPartNumber) keys.push(`mpn:${answer.vendorPartNumber.trim().toUpperCase()}`);
  return keys;
}

export function parsePriceResponse(
  body: string,
  items: readonly ItemRef[],
  ctx: ExchangeContext,
): PriceAvailability[] {
  const answers = readBody(pnaResponseSchema, body, ctx, 'products');
  if (answers.length !== items.length)
    throw malformed(ctx, 'products', `answers ${answers.length} products for ${items.length} asked`);
  const unused = new Set(answers.keys());
  return items.map((request, index) => {
    const key = refKey(request);
    // By part number; an element naming no part at all is matched by its `index` (or position).
    const at =
      [...unused].find((i) => answerKeys(answers[i] as PnaItem).includes(key)) ??
      [...unused].find((i) => {
        const answer = answers[i] as PnaItem;
        return answerKeys(answer).length === 0 && (answer.index ?? i) === index;
      });
    if (at === undefined)
      throw malformed(ctx, `products[${index}]`, `no answer for ${key.slice(4)} (${key.slice(0, 3)})`);
    unused.delete(at);
    return validated(
      priceAvailabilitySchema,
      toResult(request, answers[at] as PnaItem),
      ctx,
      `products[${at}]`,
    );
  });
}

function toResult(request: ItemRef, answer: PnaItem): PriceAvailability {
  if (answer.productStatusCode?.trim().toUpperCase() === 'E')
    return { request, status: 'notFound', totalAvailable: 0, warehouses: [] };
  const warehouses: WarehouseStock[] = (answer.availability?.availabilityByWarehouse ?? []).map((w) => ({
    id: w.warehouseId,
    name: w.location?.trim() || w.warehouseId,
    qty: w.quantityAvailable ?? 0,
  }));
  const pricing = answer.pricing ?? answer.availability?.pricing;
  const result: PriceAvailability = {
    request,
    status: productStatus(answer),
    totalAvailable: answer.availability?.totalAvailability ?? warehouses.reduce((sum, w) => sum + w.qty, 0),
    warehouses,
  };
  if (answer.ingramPartNumber) result.distributorSku = answer.ingramPartNumber.trim();
  if (answer.vendorPartNumber) result.mfgPartNumber = answer.vendorPartNumber.trim();
  if (answer.vendorName?.trim()) result.manufacturer = answer.vendorName.trim();
  if (answer.description != null) result.description = answer.description;
  if (pricing?.customerPrice != null) result.unitCost = pricing.customerPrice;
  if (pricing?.retailPrice != null) result.msrp = pricing.retailPrice;
  return result;
}

/**
 * [decision] PNA has no `discontinued` flag (the catalog search has one); its `productStatus` is
 * described only as "whether the product is Active". Anything saying discontinued counts as
 * discontinued; every other value, or none, as active.
 */
function productStatus(answer: PnaItem): ProductStatus {
  return /discontinu/i.test(answer.productStatus ?? '') ? 'discontinued' : 'active';
}
