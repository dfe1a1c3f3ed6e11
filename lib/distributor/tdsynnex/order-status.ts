// Order status by the reseller's PO number (TDSYNNEX-XML.md "Order status"); there is no "list my
// orders" call. NOTFOUND is how the caller learns that an order it was unsure about never existed.
import type { OrderStatus, OrderStatusCode, OrderStatusLine, Package } from '../adapter';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';
import {
  child,
  count,
  many,
  nodeText,
  optionalChild,
  optionalCount,
  optionalDecimal,
  optionalText,
  root,
  text,
} from './fields';
import type { Cursor } from './fields';
import type { TdSynnexCredentials } from './price-availability';
import { orderStatusSchema, validated } from './schemas';
import { buildXml, parseXmlResponse } from './xml';

/** Header codes from TD SYNNEX's published SOAP status enum (APIS.md §1.2, TDS-POS). */
const STATUS_CODES: readonly OrderStatusCode[] = [
  'ACCEPTED',
  'HOLD',
  'SHIPPED',
  'INVOICED',
  'REJECTED',
  'DELETED',
  'NOTFOUND',
  'UNKNOWN',
];

export function buildStatusRequest(credentials: TdSynnexCredentials, poNumber: string): string {
  return buildXml({
    SynnexB2B: {
      Credential: { UserID: credentials.userId, Password: credentials.password },
      OrderStatusRequest: { CustomerNumber: credentials.customerNo, PONumber: poNumber },
    },
  });
}

export function parseStatusResponse(body: string, poNumber: string, ctx: ExchangeContext): OrderStatus {
  const response = child(root(parseXmlResponse(body, ctx), 'SynnexB2B', ctx), 'OrderStatusResponse');
  // The echoed PO number ties the answer to the order asked about (issue 7 §3: never assumed).
  const echoed = text(response, 'PONumber');
  if (echoed !== poNumber)
    throw malformed(ctx, 'OrderStatusResponse.PONumber', `answers PO ${echoed} for ${poNumber}`);
  const rawCode = text(response, 'Code')
    .toUpperCase()
    .replace(/[\s_-]+/g, '');
  const code = STATUS_CODES.find((known) => known === rawCode);
  if (!code)
    throw malformed(ctx, 'OrderStatusResponse.Code', `unknown order status ${JSON.stringify(rawCode)}`);
  const items = code === 'NOTFOUND' ? undefined : optionalChild(response, 'Items');
  const lines = (items ? many(items, 'Item') : []).map(readLine);
  if (new Set(lines.map((line) => line.lineNumber)).size !== lines.length)
    throw malformed(ctx, 'OrderStatusResponse.Items.Item.lineNumber', 'a line is answered twice');
  return validated(
    orderStatusSchema,
    {
      poNumber,
      code,
      reason: optionalText(response, 'Reason'),
      orderedAt: optionalText(response, 'PODatetime'),
      lines,
    },
    ctx,
    'OrderStatusResponse',
  );
}

function readLine(item: Cursor): OrderStatusLine {
  const packages = optionalChild(item, 'Packages');
  return {
    lineNumber: count(item, '@lineNumber'),
    code: text(item, 'Code').toUpperCase(),
    orderNumber: optionalText(item, 'OrderNumber'),
    distributorSku: text(item, 'SKU'),
    mfgPartNumber: optionalText(item, 'MfgPN'),
    description: optionalText(item, 'ProductName'),
    orderedQty: count(item, 'OrderQuantity'),
    shippedQty: optionalCount(item, 'ShipQuantity') ?? 0,
    unitPrice: optionalDecimal(item, 'UnitPrice'),
    shipDate: optionalText(item, 'ShipDatetime'),
    shipMethod: optionalText(item, 'ShipMethod'),
    warehouse: optionalText(item, 'ShipFromWarehouse'),
    eta: optionalText(item, 'ETADate'),
    // Why a line was rejected or held (issue 5: the hint shows it).
    reason: optionalText(item, 'Reason'),
    packages: (packages ? many(packages, 'Package') : []).map(readPackage),
  };
}

function readPackage(pkg: Cursor): Package {
  return {
    trackingNumber: text(pkg, 'TrackingNumber'),
    quantity: count(pkg, 'ShipItemQuantity'),
    // A package may carry several serial numbers, or none for items that are not serialized.
    serialNumbers: many(pkg, 'SerialNo').flatMap((serial) => nodeText(serial) ?? []),
  };
}
