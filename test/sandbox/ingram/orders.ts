// Orders of the Ingram simulator: create (POST /resellers/v6/orders), search by customerOrderNumber
// (GET /resellers/v6/orders/search) and detail (GET /resellers/v6.1/orders/{ordernumber}), with
// shipments added by `ship()` — partial or complete, with tracking numbers and, for serialized
// products, one serial number per unit.
import type { IngramSimAccount } from './accounts';
import type { IngramCatalogue, IngramSimProduct } from './catalogue';
import { INGRAM_WAREHOUSES } from './catalogue';
import { DUPLICATE_PO, NO_NET_TERMS, NOT_AUTHORIZED, json, notFound, validationFailed } from './responses';
import type { FieldError } from './responses';

export interface IngramSimShipment {
  quantity: number;
  shippedDate: string;
  warehouseId: string;
  trackingNumber: string;
  serialNumbers: string[];
}

export interface IngramSimLine {
  customerLineNumber: string;
  ingramLineNumber: string;
  product: IngramSimProduct;
  quantity: number;
  confirmed: number;
  backordered: number;
  unitPrice: number;
  warehouseId: string;
  shipments: IngramSimShipment[];
}

export interface IngramSimOrder {
  environment: 'sandbox' | 'production';
  customerNumber: string;
  ingramOrderNumber: string;
  customerOrderNumber: string;
  createdAt: number;
  status: 'open' | 'hold' | 'cancelled';
  carrierCode: string;
  lines: IngramSimLine[];
}

export interface IngramOrderStore {
  readonly orders: IngramSimOrder[];
  find(env: string, customerNumber: string, customerOrderNumber: string): IngramSimOrder[];
  byNumber(env: string, customerNumber: string, ingramOrderNumber: string): IngramSimOrder | undefined;
}

export function createIngramOrderStore(): IngramOrderStore {
  const orders: IngramSimOrder[] = [];
  return {
    orders,
    find: (env, customer, po) =>
      orders.filter(
        (o) =>
          o.environment === env &&
          o.customerNumber === customer &&
          o.customerOrderNumber.toUpperCase() === po.trim().toUpperCase(),
      ),
    byNumber: (env, customer, number) =>
      orders.find(
        (o) =>
          o.environment === env &&
          o.customerNumber === customer &&
          o.ingramOrderNumber === number.toUpperCase(),
      ),
  };
}

interface CreateContext {
  env: 'sandbox' | 'production';
  account: IngramSimAccount;
  catalogue: IngramCatalogue;
  store: IngramOrderStore;
  now: number;
  random: () => number;
  echo: Headers;
}

interface CreateBody {
  customerOrderNumber?: unknown;
  acceptBackOrder?: unknown;
  shipmentDetails?: { carrierCode?: unknown };
  lines?: {
    customerLineNumber?: unknown;
    ingramPartNumber?: unknown;
    quantity?: unknown;
    unitPrice?: unknown;
  }[];
  additionalAttributes?: { attributeName?: unknown; attributeValue?: unknown }[];
}

const ORDER_CHARS = 'BCDFGHJKLMNPQRSTVWXZ0123456789';

export function handleCreate(
  raw: unknown,
  ctx: CreateContext,
): { response: Response; order?: IngramSimOrder } {
  const body = (raw ?? {}) as CreateBody;
  const fail = (fields: FieldError[], message?: string) => ({
    response: validationFailed(fields, message, ctx.echo),
  });
  const po = typeof body.customerOrderNumber === 'string' ? body.customerOrderNumber.trim() : '';
  if (po === '' || po.length > 35)
    return fail([
      {
        field: 'customerOrderNumber',
        value: po,
        message: 'customerOrderNumber is required (at most 35 characters)',
      },
    ]);
  if (!Array.isArray(body.lines) || body.lines.length === 0)
    return fail([{ field: 'lines', value: '', message: 'lines cannot be empty' }]);
  if (!ctx.account.netTerms) return fail([], NO_NET_TERMS);
  const allowDuplicate = (body.additionalAttributes ?? []).some(
    (a) => a.attributeName === 'allowDuplicateCustomerOrderNumber' && String(a.attributeValue) === 'true',
  );
  if (!allowDuplicate && ctx.store.find(ctx.env, ctx.account.customerNumber, po).length > 0)
    return fail([{ field: 'customerOrderNumber', value: po, message: DUPLICATE_PO }], DUPLICATE_PO);
  const acceptBackOrder = body.acceptBackOrder !== false;
  const rejected: Record<string, unknown>[] = [];
  const lines: IngramSimLine[] = [];
  const unauthorized: FieldError[] = [];
  body.lines.forEach((line, index) => {
    const pn = typeof line.ingramPartNumber === 'string' ? line.ingramPartNumber : '';
    const quantity = typeof line.quantity === 'number' ? line.quantity : 0;
    const customerLineNumber =
      typeof line.customerLineNumber === 'string' ? line.customerLineNumber : String(index + 1);
    const product = ctx.catalogue.get(pn);
    const reject = (code: string, reason: string) =>
      rejected.push({
        customerLinenumber: customerLineNumber,
        ingramPartNumber: pn,
        quantityOrdered: quantity,
        rejectCode: code,
        rejectReason: reason,
      });
    if (!product || product.discontinued) return reject('EN', `SKU-NOTFOUND    ${pn}`);
    if (!product.authorized)
      return void unauthorized.push({
        field: `lines[${index}].ingramPartNumber`,
        value: pn,
        message: NOT_AUTHORIZED,
      });
    const warehouse = INGRAM_WAREHOUSES.find((w) => (product.stock[w.id] ?? 0) >= quantity);
    // [assumption] Ingram does not document the code for a line refused for stock; `OS` is ours.
    if (!warehouse && !acceptBackOrder) return reject('OS', `INSUFFICIENT-STOCK    ${pn}`);
    if (warehouse) product.stock[warehouse.id] = (product.stock[warehouse.id] ?? 0) - quantity;
    lines.push({
      customerLineNumber,
      ingramLineNumber: String(lines.length + 1).padStart(3, '0'),
      product,
      quantity,
      confirmed: warehouse ? quantity : 0,
      backordered: warehouse ? 0 : quantity,
      unitPrice: product.customerPrice,
      warehouseId: warehouse?.id ?? INGRAM_WAREHOUSES[0]!.id,
      shipments: [],
    });
  });
  if (unauthorized.length > 0) return fail(unauthorized, NOT_AUTHORIZED);
  if (lines.length === 0)
    return fail(
      rejected.map((r) => ({
        field: 'ingramPartNumber',
        value: String(r.ingramPartNumber),
        message: String(r.rejectReason),
      })),
    );
  let number: string;
  do {
    number = `20-${Array.from({ length: 5 }, () => ORDER_CHARS[Math.floor(ctx.random() * ORDER_CHARS.length)]).join('')}`;
  } while (ctx.store.orders.some((o) => o.ingramOrderNumber === number));
  const carrier =
    typeof body.shipmentDetails?.carrierCode === 'string' ? body.shipmentDetails.carrierCode : 'RG';
  const order: IngramSimOrder = {
    environment: ctx.env,
    customerNumber: ctx.account.customerNumber,
    ingramOrderNumber: number,
    customerOrderNumber: po,
    createdAt: ctx.now,
    status: 'open',
    carrierCode: carrier,
    lines,
  };
  ctx.store.orders.push(order);
  const total = round(lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0));
  const date = new Date(ctx.now).toISOString().slice(0, 10);
  const response = {
    customerOrderNumber: po,
    billToAddressId: '000',
    orderSplit: false,
    processedPartially: rejected.length > 0,
    purchaseOrderTotal: total,
    orders: [
      {
        numberOfLinesWithSuccess: lines.length,
        numberOfLinesWithError: rejected.length,
        numberOfLinesWithWarning: 0,
        ingramOrderNumber: number,
        ingramOrderDate: date,
        notes: '',
        orderType: 'S',
        orderTotal: total,
        freightCharges: 0,
        totalTax: 0,
        currencyCode: 'USD',
        lines: lines.map((l, i) => ({
          subOrderNumber: `${number}-11`,
          ingramLineNumber: l.ingramLineNumber,
          customerLineNumber: l.customerLineNumber,
          lineStatus: l.backordered > 0 ? 'Backordered' : 'In Progress',
          ingramPartNumber: l.product.ingramPartNumber,
          vendorPartNumber: l.product.vendorPartNumber,
          unitPrice: l.unitPrice,
          extendedUnitPrice: round(l.unitPrice * l.confirmed),
          quantityOrdered: l.quantity,
          quantityConfirmed: l.confirmed,
          quantityBackOrdered: l.backordered,
          notes: i === 0 ? l.product.description : '',
          shipmentDetails: {
            carrierCode: carrier,
            carrierName: carrierName(carrier),
            ...warehouseOf(l.warehouseId),
          },
        })),
        links: [{ topic: 'orders', href: `/resellers/v6/orders/${number}`, type: 'GET' }],
        ...(rejected.length > 0 ? { rejectedLineItems: rejected } : {}),
      },
    ],
  };
  return { response: json(response, rejected.length > 0 ? 207 : 201, ctx.echo), order };
}

export function handleSearch(url: URL, orders: IngramSimOrder[], echo: Headers): Response {
  const po = url.searchParams.get('customerOrderNumber');
  const found =
    po === null
      ? orders
      : orders.filter((o) => o.customerOrderNumber.toUpperCase() === po.trim().toUpperCase());
  if (found.length === 0) return json(undefined, 204, echo);
  return json(
    {
      recordsFound: found.length,
      pageSize: Number(url.searchParams.get('pageSize') ?? 25),
      pageNumber: 1,
      orders: found.map((o) => ({
        ingramOrderNumber: o.ingramOrderNumber,
        ingramOrderDate: new Date(o.createdAt).toISOString(),
        customerOrderNumber: o.customerOrderNumber,
        orderTotal: round(o.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0)),
        orderStatus:
          o.status === 'cancelled' ? 'CANCELLED' : headerStatus(o) === 'Shipped' ? 'CLOSED' : 'OPEN',
        subOrders: [
          {
            subOrderNumber: `${o.ingramOrderNumber}-11`,
            links: { topic: 'orders', href: `/resellers/v6.1/orders/${o.ingramOrderNumber}`, type: 'GET' },
          },
        ],
      })),
    },
    200,
    echo,
  );
}

export function handleDetail(order: IngramSimOrder | undefined, number: string, echo: Headers): Response {
  if (!order) return notFound(`Order not found: ${number}`, echo);
  return json(
    {
      ingramOrderNumber: order.ingramOrderNumber,
      ingramOrderDate: new Date(order.createdAt).toISOString(),
      orderType: 'S',
      customerOrderNumber: order.customerOrderNumber,
      orderStatus: headerStatus(order),
      orderTotal: round(order.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0)),
      currencyCode: 'USD',
      paymentTerms: 'NET 30 DAYS',
      lines: order.lines.map((l) => ({
        subOrderNumber: `${order.ingramOrderNumber}-11`,
        ingramOrderLineNumber: l.ingramLineNumber,
        customerLineNumber: l.customerLineNumber,
        lineStatus: lineStatus(order, l),
        ingramPartNumber: l.product.ingramPartNumber,
        vendorPartNumber: l.product.vendorPartNumber,
        vendorName: l.product.vendorName,
        partDescription: l.product.description,
        unitPrice: l.unitPrice,
        extendedPrice: round(l.unitPrice * l.quantity),
        currencyCode: 'USD',
        quantityOrdered: l.quantity,
        quantityConfirmed: l.confirmed,
        quantityBackOrdered: l.backordered,
        promisedDeliveryDate: new Date(order.createdAt + 3 * 86_400_000).toISOString().slice(0, 10),
        ...(l.backordered > 0
          ? { backOrderETADate: new Date(order.createdAt + 14 * 86_400_000).toISOString().slice(0, 10) }
          : {}),
        shipmentDetails: l.shipments.map((s, i) => ({
          quantity: s.quantity,
          deliveryNumber: `8${String(i + 1).padStart(7, '0')}`,
          shippedDate: s.shippedDate,
          ...warehouseOf(s.warehouseId),
          carrierDetails: [
            {
              carrierCode: order.carrierCode,
              carrierName: carrierName(order.carrierCode),
              quantity: s.quantity,
              shippedDate: s.shippedDate,
              trackingDetails: [
                {
                  trackingNumber: s.trackingNumber,
                  trackingUrl: `https://tracking.example/${s.trackingNumber}`,
                  cartonNumber: String(i + 1),
                  quantityInBox: String(s.quantity),
                  serialNumbers: s.serialNumbers.map((serialNumber) => ({ serialNumber })),
                },
              ],
            },
          ],
        })),
      })),
    },
    200,
    echo,
  );
}

/** Ships `part` of what is still open on every line ('half' rounds up; 'rest' ships everything). */
export function ship(order: IngramSimOrder, part: 'half' | 'rest', now: number, random: () => number): void {
  for (const line of order.lines) {
    const open = line.quantity - line.shipments.reduce((s, x) => s + x.quantity, 0);
    if (open <= 0) continue;
    const quantity = part === 'half' ? Math.ceil(open / 2) : open;
    const serials = line.product.serialized
      ? Array.from(
          { length: quantity },
          () =>
            `SN${Math.floor(random() * 1e10)
              .toString(36)
              .toUpperCase()
              .padStart(7, '0')}`,
        )
      : [];
    line.shipments.push({
      quantity,
      shippedDate: new Date(now).toISOString().slice(0, 10),
      warehouseId: line.warehouseId,
      trackingNumber: `1Z${Math.floor(random() * 1e12)
        .toString()
        .padStart(12, '0')}`,
      serialNumbers: serials,
    });
    line.confirmed = line.quantity;
    line.backordered = 0;
  }
}

function shippedQty(line: IngramSimLine): number {
  return line.shipments.reduce((s, x) => s + x.quantity, 0);
}

/** IM-SPEC header statuses: Shipped, Canceled, Backordered, Processing, On Hold, Delivered. */
function headerStatus(order: IngramSimOrder): string {
  if (order.status === 'cancelled') return 'Canceled';
  if (order.status === 'hold') return 'On Hold';
  if (order.lines.every((l) => shippedQty(l) >= l.quantity)) return 'Shipped';
  if (order.lines.some((l) => l.backordered > 0)) return 'Backordered';
  return 'Processing';
}

/** IM-SPEC line statuses: Backordered, In Progress, Shipped, Delivered, Canceled, On Hold. */
function lineStatus(order: IngramSimOrder, line: IngramSimLine): string {
  if (order.status === 'cancelled') return 'Canceled';
  if (order.status === 'hold') return 'On Hold';
  if (shippedQty(line) >= line.quantity) return 'Shipped';
  if (line.backordered > 0) return 'Backordered';
  return 'In Progress';
}

function warehouseOf(id: string) {
  const w = INGRAM_WAREHOUSES.find((x) => x.id === id);
  return { shipFromWarehouseId: id, shipFromLocation: w?.location ?? '' };
}

function carrierName(code: string): string {
  return { RG: 'FEDEX GROUND', O1: 'ONTRAC', '4M': 'SMARTPOST-BM' }[code] ?? code;
}

const round = (n: number) => Math.round(n * 100) / 100;
