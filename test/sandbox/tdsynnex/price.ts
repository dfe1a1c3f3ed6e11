// POST /SynnexXML/PriceAvailability (TDSYNNEX-XML.md "Price and availability").
import { LOGIN_FAILED } from './accounts';
import type { Accounts } from './accounts';
import { WAREHOUSES } from './catalogue';
import type { Catalogue, SimProduct, SimRegion } from './catalogue';
import { list, obj, str } from './xml';
import type { XmlDoc } from './xml';

/** [assumption] The same limit as Ingram Micro's; the adapter's MAX_PRICE_BATCH mirrors it. */
export const SIM_MAX_SKU_LIST = 50;

export interface PriceContext {
  region: SimRegion;
  accounts: Accounts;
  catalogue: Catalogue;
  /** Fraction by which a price may move on each lookup (0 = stable). */
  priceDrift: number;
  random: () => number;
}

export function errorDoc(root: string, message: string): XmlDoc {
  return { [root]: { errorDetail: message } };
}

export function handlePrice(doc: XmlDoc, ctx: PriceContext): XmlDoc {
  const request = obj(doc, 'priceRequest');
  if (!request) return errorDoc('priceResponse', 'Invalid request: root element must be priceRequest.');
  const customerNo = str(request, 'customerNo') ?? '';
  const userName = str(request, 'userName') ?? '';
  const account = ctx.accounts.authenticate(ctx.region, customerNo, userName, str(request, 'password') ?? '');
  if (!account) return errorDoc('priceResponse', LOGIN_FAILED);
  const skuList = list(request, 'skuList');
  if (skuList.length === 0) return errorDoc('priceResponse', 'Invalid request: no skuList.');
  if (skuList.length > SIM_MAX_SKU_LIST) {
    return errorDoc(
      'priceResponse',
      `Too many items: at most ${SIM_MAX_SKU_LIST} skuList entries per request.`,
    );
  }
  const answers: XmlDoc[] = [];
  for (const [index, entry] of skuList.entries()) {
    const sku = str(entry, 'synnexSKU');
    const mfgPN = str(entry, 'mfgPN');
    const lineNumber = str(entry, 'lineNumber');
    if ((!sku && !mfgPN) || !lineNumber) {
      return errorDoc(
        'priceResponse',
        `Invalid request: skuList ${index + 1} needs synnexSKU or mfgPN, and lineNumber.`,
      );
    }
    const product = sku ? ctx.catalogue.get(sku) : ctx.catalogue.byMfgPN(mfgPN ?? '');
    answers.push(product ? found(product, lineNumber, ctx) : notFound(sku, mfgPN, lineNumber));
  }
  return {
    priceResponse: {
      customerNo: account.customerNo,
      userName: account.userId,
      PriceAvailabilityList: answers,
    },
  };
}

function found(product: SimProduct, lineNumber: string, ctx: PriceContext): XmlDoc {
  if (ctx.priceDrift > 0) {
    const factor = 1 + ctx.priceDrift * (ctx.random() * 2 - 1);
    product.price = Math.max(0.01, Math.round(product.price * factor * 100) / 100);
  }
  const warehouses = WAREHOUSES[ctx.region];
  const total = warehouses.reduce((sum, warehouse) => sum + (product.stock[warehouse.id] ?? 0), 0);
  return {
    synnexSKU: product.sku,
    mfgPN: product.mfgPN,
    mfgCode: product.mfgCode,
    status: product.status,
    description: product.description,
    GlobalProductStatusCode: product.status,
    price: product.price.toFixed(2),
    totalQuantity: total,
    AvailabilityByWarehouse: warehouses.map((warehouse) => ({
      warehouseInfo: {
        number: warehouse.id,
        zipcode: warehouse.zipcode,
        city: warehouse.city,
        addr: warehouse.addr,
      },
      qty: product.stock[warehouse.id] ?? 0,
    })),
    lineNumber,
  };
}

/** An unknown part: a per-item answer with synnexSKU 0, never a failure of the batch (APIS.md §1.1). */
function notFound(sku: string | undefined, mfgPN: string | undefined, lineNumber: string): XmlDoc {
  return {
    synnexSKU: '0',
    mfgPN: mfgPN ?? sku ?? '',
    mfgCode: '',
    status: 'Not found',
    description: '',
    GlobalProductStatusCode: '',
    price: '',
    totalQuantity: '0',
    lineNumber,
  };
}
