// POST /resellers/v6/catalog/priceandavailability (IM-SPEC): up to 50 products, one answer element
// each, in request order; an unknown product is `productStatusCode` 'E' and the answer is then 207.
import type { IngramCatalogue, IngramSimProduct } from './catalogue';
import { INGRAM_WAREHOUSES } from './catalogue';
import { json, validationFailed } from './responses';

export const SIM_MAX_PRICE_BATCH = 50;

interface ProductRef {
  ingramPartNumber?: unknown;
  vendorPartNumber?: unknown;
}

export function handlePna(url: URL, body: unknown, catalogue: IngramCatalogue, echo: Headers): Response {
  for (const flag of ['includeAvailability', 'includePricing']) {
    const value = url.searchParams.get(flag);
    if (value !== 'true' && value !== 'false')
      return validationFailed(
        [{ field: flag, value: value ?? '', message: `${flag} is required` }],
        undefined,
        echo,
      );
  }
  const products = (body as { products?: unknown } | undefined)?.products;
  if (!Array.isArray(products) || products.length === 0)
    return validationFailed(
      [{ field: 'products', value: '', message: 'products cannot be empty' }],
      undefined,
      echo,
    );
  if (products.length > SIM_MAX_PRICE_BATCH)
    return validationFailed(
      [
        {
          field: 'products',
          value: String(products.length),
          message: `at most ${SIM_MAX_PRICE_BATCH} products per request`,
        },
      ],
      undefined,
      echo,
    );
  const withAvailability = url.searchParams.get('includeAvailability') === 'true';
  const withPricing = url.searchParams.get('includePricing') === 'true';
  let missing = false;
  const answers = (products as ProductRef[]).map((ref, index) => {
    const pn = typeof ref.ingramPartNumber === 'string' ? ref.ingramPartNumber : undefined;
    const vpn = typeof ref.vendorPartNumber === 'string' ? ref.vendorPartNumber : undefined;
    const product = pn ? catalogue.get(pn) : vpn ? catalogue.byVendorPartNumber(vpn) : undefined;
    if (!product) {
      missing = true;
      return pn
        ? {
            index,
            productStatusCode: 'E',
            productStatusMessage: `Product not found for IngramPartNumber:  ${pn}`,
            ingramPartNumber: pn,
          }
        : {
            index,
            productStatusCode: 'E',
            productStatusMessage: `Product not found for VendorPartNumber:  ${vpn ?? ''}`,
            vendorPartNumber: vpn ?? '',
          };
    }
    return answer(product, index, withAvailability, withPricing);
  });
  return json(answers, missing ? 207 : 200, echo);
}

function answer(product: IngramSimProduct, index: number, withAvailability: boolean, withPricing: boolean) {
  const warehouses = INGRAM_WAREHOUSES.map((w) => ({
    location: w.location,
    warehouseId: w.id,
    quantityAvailable: product.stock[w.id] ?? 0,
    quantityBackordered: 0,
  }));
  const total = warehouses.reduce((sum, w) => sum + w.quantityAvailable, 0);
  return {
    index,
    productStatusMessage: product.authorized ? null : 'CUSTOMER NOT AUTHORIZED FOR THIS SKU',
    ingramPartNumber: product.ingramPartNumber,
    vendorPartNumber: product.vendorPartNumber,
    vendorName: product.vendorName,
    description: product.description,
    productClass: 'P',
    uom: 'EA',
    productStatus: product.discontinued ? 'Discontinued' : 'Active',
    acceptBackOrder: !product.discontinued,
    productAuthorized: product.authorized,
    returnableProduct: true,
    endUserInfoRequired: false,
    ...(withAvailability
      ? {
          availability: {
            available: total > 0,
            totalAvailability: total,
            availabilityByWarehouse: warehouses,
          },
        }
      : {}),
    ...(withPricing
      ? {
          pricing: {
            currencyCode: 'USD',
            retailPrice: product.retailPrice,
            mapPrice: product.retailPrice,
            customerPrice: product.customerPrice,
            specialBidPricingAvailable: false,
            webDiscountsAvailable: false,
          },
        }
      : {}),
  };
}
