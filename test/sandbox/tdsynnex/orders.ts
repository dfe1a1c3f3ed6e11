// POST /SynnexXML/PO with an OrderRequest (TDSYNNEX-XML.md "Order submit"). Orders are keyed by
// (system, customer, PONumber): a PO number already used is refused with "Duplicate PO" (an
// [assumption] the client's exactly-once design leans on). Lines are allocated from stock; lines
// shipping from different warehouses become different TD SYNNEX sales orders.
import { LOGIN_FAILED } from './accounts';
import type { Accounts } from './accounts';
import { DROP_SHIP_WAREHOUSE, WAREHOUSES } from './catalogue';
import type { Catalogue, SimProduct, SimRegion } from './catalogue';
import { isoDate, isoDateTime, DAY_MS } from './time';
import { list, obj, str } from './xml';
import type { XmlDoc } from './xml';

export interface SimShipTo {
  name: string;
  name2?: string;
  address1: string;
  address2?: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  contactName?: string;
  phone?: string;
  email?: string;
}

export interface SimOrderLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  unitPrice?: number;
  outcome: 'accepted' | 'backordered' | 'rejected';
  reason?: string;
  orderNumber?: string;
  warehouse?: string;
  eta?: string;
  product?: SimProduct;
}

export interface SimOrder {
  system: string;
  customerNo: string;
  poNumber: string;
  createdAt: number;
  code: 'accepted' | 'rejected';
  reason?: string;
  shipTo: SimShipTo;
  shipMethod: string;
  dropShip: boolean;
  backOrder: boolean;
  shipFromWarehouse?: string;
  comment?: string;
  lines: SimOrderLine[];
  /** Held orders stay HOLD for a while before shipping (see status.ts). */
  hold: boolean;
  /** Set by `cancelOrder`: status DELETED from then on. */
  deletedAt?: number;
}

/** [assumption] Reseller PO numbers longer than this are refused (D&H's limit, APIS.md §4.3). */
export const SIM_MAX_PO_NUMBER = 30;
/** [assumption] Days to the ETA of a line in stock, and of a backordered line. */
export const ETA_IN_STOCK_DAYS = 3;
export const ETA_BACKORDER_DAYS = 10;

export interface OrderStore {
  orders: SimOrder[];
  find(system: string, customerNo: string, poNumber: string): SimOrder | undefined;
  nextOrderNumber(): string;
}

export function createOrderStore(): OrderStore {
  let next = 40981234;
  const orders: SimOrder[] = [];
  return {
    orders,
    find: (system, customerNo, poNumber) =>
      orders.find((o) => o.system === system && o.customerNo === customerNo && o.poNumber === poNumber),
    nextOrderNumber: () => String(next++),
  };
}

export interface OrderContext {
  region: SimRegion;
  /** The host's system (`production` or `test`): the two keep separate orders. */
  system: string;
  accounts: Accounts;
  catalogue: Catalogue;
  store: OrderStore;
  now: number;
  /** Consumed when true: the order goes on HOLD first. */
  takeHold: () => boolean;
}

export function responseDoc(inner: string, body: XmlDoc): XmlDoc {
  return { SynnexB2B: { [inner]: body } };
}

/** Authenticates the SynnexB2B credential block against the request's customer number. */
export function authenticateB2B(
  doc: XmlDoc,
  request: XmlDoc,
  ctx: Pick<OrderContext, 'accounts' | 'region'>,
) {
  const credential = obj(obj(doc, 'SynnexB2B'), 'Credential');
  return ctx.accounts.authenticate(
    ctx.region,
    str(request, 'CustomerNumber') ?? '',
    str(credential, 'UserID') ?? '',
    str(credential, 'Password') ?? '',
  );
}

export function handleOrder(
  doc: XmlDoc,
  request: XmlDoc,
  ctx: OrderContext,
): { doc: XmlDoc; order?: SimOrder } {
  const account = authenticateB2B(doc, request, ctx);
  if (!account) return { doc: responseDoc('OrderResponse', { errorDetail: LOGIN_FAILED }) };
  const poNumber = (str(request, 'PONumber') ?? '').trim();
  const header = { CustomerNumber: account.customerNo, PONumber: poNumber };
  const refuse = (reason: string) => ({
    doc: responseDoc('OrderResponse', {
      ...header,
      Code: 'rejected',
      Reason: reason,
      ResponseDateTime: isoDateTime(ctx.now),
    }),
  });
  if (!poNumber) return refuse('PONumber is required.');
  if (poNumber.length > SIM_MAX_PO_NUMBER) return refuse(`PONumber exceeds ${SIM_MAX_PO_NUMBER} characters.`);
  const existing = ctx.store.find(ctx.system, account.customerNo, poNumber);
  if (existing) return refuse(`Duplicate PO: PONumber ${poNumber} has already been submitted.`);
  const shipment = obj(request, 'Shipment');
  const shipTo = readShipTo(shipment);
  if (!shipTo) return refuse('Ship-to address is incomplete.');
  const items = list(obj(request, 'Items'), 'Item');
  if (items.length === 0) return refuse('The order has no items.');

  const backOrder = (str(request, 'BackOrderFlag') ?? 'Y').toUpperCase() !== 'N';
  const shipFromWarehouse = str(shipment, 'ShipFromWarehouse') || undefined;
  const lines = items.map((item) => allocate(item, { backOrder, shipFromWarehouse, ...ctx }));
  assignOrderNumbers(lines, ctx.store);
  const accepted = lines.some((line) => line.outcome !== 'rejected');
  const order: SimOrder = {
    system: ctx.system,
    customerNo: account.customerNo,
    poNumber,
    createdAt: ctx.now,
    code: accepted ? 'accepted' : 'rejected',
    ...(accepted ? {} : { reason: 'No line could be accepted.' }),
    shipTo,
    shipMethod: str(obj(shipment, 'ShipMethod'), 'Code') || 'FG',
    dropShip: (str(request, 'DropShipFlag') ?? 'N').toUpperCase() === 'Y',
    backOrder,
    ...(shipFromWarehouse ? { shipFromWarehouse } : {}),
    ...(str(request, 'Comment') ? { comment: str(request, 'Comment') } : {}),
    lines,
    hold: accepted && ctx.takeHold(),
  };
  ctx.store.orders.push(order);
  return {
    order,
    doc: responseDoc('OrderResponse', {
      ...header,
      Code: order.code,
      Reason: order.reason ?? '',
      ResponseDateTime: isoDateTime(ctx.now),
      Items: { Item: lines.map(lineDoc) },
    }),
  };
}

function readShipTo(shipment: XmlDoc | undefined): SimShipTo | undefined {
  const to = obj(shipment, 'ShipTo');
  const contact = obj(shipment, 'ShipToContact');
  const field = (node: XmlDoc | undefined, name: string) => str(node, name)?.trim() || undefined;
  const [name, address1, city, state, zip, country] = [
    'AddressName1',
    'AddressLine1',
    'City',
    'State',
    'ZipCode',
    'Country',
  ].map((name) => field(to, name));
  if (!name || !address1 || !city || !state || !zip || !country) return undefined;
  const optional = {
    name2: field(to, 'AddressName2'),
    address2: field(to, 'AddressLine2'),
    contactName: field(contact, 'ContactName'),
    phone: field(contact, 'PhoneNumber'),
    email: field(contact, 'EmailAddress'),
  };
  return {
    name,
    address1,
    city,
    state,
    zip,
    country,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

function allocate(
  item: XmlDoc,
  ctx: OrderContext & { backOrder: boolean; shipFromWarehouse: string | undefined },
): SimOrderLine {
  const lineNumber = Number(item['@_lineNumber']);
  const sku = (str(item, 'SKU') ?? '').trim();
  const quantityText = (str(item, 'OrderQuantity') ?? '').trim();
  const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : 0;
  const priceText = str(item, 'UnitPrice');
  const base = { lineNumber, sku, quantity, ...(priceText ? { unitPrice: Number(priceText) } : {}) };
  const reject = (reason: string): SimOrderLine => ({ ...base, outcome: 'rejected', reason });
  if (!Number.isInteger(lineNumber) || lineNumber < 1) return reject('Invalid lineNumber.');
  if (quantity < 1) return reject('Invalid OrderQuantity.');
  const product = ctx.catalogue.get(sku);
  if (!product) return reject(`Invalid SKU: ${sku || '(empty)'} was not found.`);
  const physical = WAREHOUSES[ctx.region].filter((w) => w.id !== DROP_SHIP_WAREHOUSE).map((w) => w.id);
  const stockOf = (id: string) => product.stock[id] ?? 0;
  const preferred = ctx.shipFromWarehouse;
  const warehouse =
    (preferred && stockOf(preferred) >= quantity ? preferred : undefined) ??
    [...physical].sort((a, b) => stockOf(b) - stockOf(a)).find((id) => stockOf(id) >= quantity) ??
    (stockOf(DROP_SHIP_WAREHOUSE) >= quantity ? DROP_SHIP_WAREHOUSE : undefined);
  if (warehouse) {
    product.stock[warehouse] = stockOf(warehouse) - quantity;
    const eta = isoDate(ctx.now + ETA_IN_STOCK_DAYS * DAY_MS);
    return { ...base, outcome: 'accepted', warehouse, eta, product };
  }
  if (product.status === 'Discontinued') return reject('Discontinued item: not enough stock left.');
  if (!ctx.backOrder) return reject('Insufficient stock and BackOrderFlag is N.');
  const eta = isoDate(ctx.now + ETA_BACKORDER_DAYS * DAY_MS);
  return {
    ...base,
    outcome: 'backordered',
    warehouse: preferred ?? physical[0] ?? DROP_SHIP_WAREHOUSE,
    eta,
    product,
  };
}

/** One TD SYNNEX sales order per ship-from warehouse: this is how one PO becomes several orders. */
function assignOrderNumbers(lines: SimOrderLine[], store: OrderStore): void {
  const byWarehouse = new Map<string, string>();
  for (const line of lines) {
    if (line.outcome === 'rejected' || !line.warehouse) continue;
    let number = byWarehouse.get(line.warehouse);
    if (!number) {
      number = store.nextOrderNumber();
      byWarehouse.set(line.warehouse, number);
    }
    line.orderNumber = number;
  }
}

function lineDoc(line: SimOrderLine): XmlDoc {
  return {
    '@_lineNumber': line.lineNumber,
    SKU: line.sku,
    OrderQuantity: line.quantity,
    Code: line.outcome,
    ...(line.reason ? { Reason: line.reason } : {}),
    ...(line.orderNumber ? { OrderNumber: line.orderNumber, OrderType: 'S' } : {}),
    ShipQuantity: 0,
    ...(line.warehouse ? { ShipFromWarehouse: line.warehouse } : {}),
    ...(line.eta ? { ETADate: line.eta } : {}),
  };
}
