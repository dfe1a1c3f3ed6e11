// Price & availability (TDSYNNEX-XML.md "Price and availability"): one request per batch of at most
// MAX_PRICE_BATCH items, one result per requested line, matched by the echoed `lineNumber`. An
// unknown part is a per-item `Not found` (synnexSKU 0), never a failure of the batch.
import type { ItemRef, PriceAvailability, ProductStatus, WarehouseStock } from '../adapter';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';
import {
  child,
  count,
  decimal,
  many,
  optionalCount,
  optionalDecimal,
  optionalText,
  root,
  text,
} from './fields';
import type { Cursor } from './fields';
import { priceAvailabilitySchema, validated } from './schemas';
import { buildXml, parseXmlResponse } from './xml';

export interface TdSynnexCredentials {
  customerNo: string;
  userId: string;
  password: string;
}

export function buildPriceRequest(credentials: TdSynnexCredentials, items: ItemRef[]): string {
  return buildXml({
    priceRequest: {
      customerNo: credentials.customerNo,
      userName: credentials.userId,
      password: credentials.password,
      skuList: items.map((item, index) =>
        'distributorSku' in item
          ? { synnexSKU: item.distributorSku, lineNumber: index + 1 }
          : { mfgPN: item.mfgPartNumber, lineNumber: index + 1 },
      ),
    },
  });
}

export function parsePriceResponse(
  body: string,
  items: ItemRef[],
  ctx: ExchangeContext,
): PriceAvailability[] {
  const top = root(parseXmlResponse(body, ctx), 'priceResponse', ctx);
  const byLine = new Map<number, Cursor>();
  for (const entry of many(top, 'PriceAvailabilityList')) {
    const line = count(entry, 'lineNumber');
    const field = `${entry.path}.lineNumber`;
    if (line < 1 || line > items.length) throw malformed(ctx, field, `line ${line} was not requested`);
    if (byLine.has(line)) throw malformed(ctx, field, `line ${line} is answered twice`);
    byLine.set(line, entry);
  }
  return items.map((request, index) => {
    const entry = byLine.get(index + 1);
    if (!entry) throw malformed(ctx, 'PriceAvailabilityList', `no answer for line ${index + 1}`);
    return validated(priceAvailabilitySchema, readItem(entry, request), ctx, entry.path);
  });
}

const STATUSES: Record<string, ProductStatus> = {
  active: 'active',
  discontinued: 'discontinued',
  notfound: 'notFound',
};

function readItem(entry: Cursor, request: ItemRef): PriceAvailability {
  const rawStatus = optionalText(entry, 'status') ?? '';
  const status = STATUSES[rawStatus.toLowerCase().replace(/[\s_-]+/g, '')];
  if (!status)
    throw malformed(entry.ctx, `${entry.path}.status`, `unknown product status ${JSON.stringify(rawStatus)}`);
  if (status === 'notFound') return { request, status, totalAvailable: 0, warehouses: [] };

  // A found item always carries its TD SYNNEX SKU (only "Not found" answers 0): without it the
  // answer cannot be tied to an orderable part (issue 7 §3).
  const distributorSku = text(entry, 'synnexSKU');
  if (distributorSku === '0')
    throw malformed(entry.ctx, `${entry.path}.synnexSKU`, `a ${rawStatus} item without a SKU`);
  if ('distributorSku' in request && distributorSku !== request.distributorSku) {
    throw malformed(
      entry.ctx,
      `${entry.path}.synnexSKU`,
      `answers SKU ${distributorSku} for ${request.distributorSku}`,
    );
  }
  const warehouses = many(entry, 'AvailabilityByWarehouse').map(readWarehouse);
  const summed = warehouses.reduce((total, warehouse) => total + warehouse.qty, 0);
  return {
    request,
    status,
    distributorSku,
    mfgPartNumber: optionalText(entry, 'mfgPN'),
    manufacturer: optionalText(entry, 'mfgCode'),
    description: optionalText(entry, 'description'),
    // An active item without a price is unusable; a discontinued one may come without.
    unitCost: status === 'active' ? decimal(entry, 'price') : optionalDecimal(entry, 'price'),
    totalAvailable: optionalCount(entry, 'totalQuantity') ?? summed,
    warehouses,
  };
}

function readWarehouse(block: Cursor): WarehouseStock {
  const info = child(block, 'warehouseInfo');
  return {
    // Warehouse ids are opaque strings (APIS.md §1.1); `98` is vendor drop-ship.
    id: text(info, 'number'),
    name: optionalText(info, 'city') ?? '',
    qty: count(block, 'qty'),
  };
}
