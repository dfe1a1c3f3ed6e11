// Synchronous order create (APIS.md §2.4; IM-SPEC POST /resellers/v6/orders). Our PO number is
// `customerOrderNumber`, the idempotency key: `allowDuplicateCustomerOrderNumber` is never sent
// (APIS.md §4.3), so Ingram refuses a second order with the same number. The answer (201, or 207
// when some lines failed) lists one or more Ingram orders (a split PO) with their lines, and the
// lines it refused under `rejectedLineItems`.
import type { LineOutcome, OrderRequest, OrderResult } from '../adapter';
import { orderResultSchema } from '../result-schemas';
import { invalidRequest, malformed } from './errors';
import type { ExchangeContext } from './errors';
import { MAX_CUSTOMER_LINE_NUMBER, MAX_CUSTOMER_ORDER_NUMBER_LENGTH, SHIP_TO_LIMITS } from './limits';
import { orderCreateResponseSchema, readBody, validated } from './schemas';
import type { CreateLine, RejectedLine } from './schemas';

const OPERATION = 'OrderCreate';

/** Refuses what Ingram would refuse or silently cut, before anything is sent. */
export function checkOrderRequest(order: OrderRequest): void {
  const po = order.poNumber.trim();
  if (po === '' || po.length > MAX_CUSTOMER_ORDER_NUMBER_LENGTH)
    throw invalidRequest(OPERATION, 'poNumber', `must be 1–${MAX_CUSTOMER_ORDER_NUMBER_LENGTH} characters`);
  if (order.lines.length === 0) throw invalidRequest(OPERATION, 'lines', 'must name at least one line');
  const seen = new Set<number>();
  order.lines.forEach((line, index) => {
    const where = `lines[${index}]`;
    if (
      !Number.isInteger(line.lineNumber) ||
      line.lineNumber < 1 ||
      line.lineNumber > MAX_CUSTOMER_LINE_NUMBER
    )
      throw invalidRequest(
        OPERATION,
        `${where}.lineNumber`,
        `must be a whole number 1–${MAX_CUSTOMER_LINE_NUMBER}`,
      );
    if (seen.has(line.lineNumber)) throw invalidRequest(OPERATION, `${where}.lineNumber`, 'is used twice');
    seen.add(line.lineNumber);
    if (line.distributorSku.trim() === '' || line.distributorSku.trim().length > 18)
      throw invalidRequest(
        OPERATION,
        `${where}.distributorSku`,
        'must be an Ingram part number (1–18 characters)',
      );
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      throw invalidRequest(OPERATION, `${where}.quantity`, 'must be a whole number ≥ 1');
  });
  for (const [field, max] of Object.entries(SHIP_TO_LIMITS)) {
    const value = shipToInfo(order)[field as keyof typeof SHIP_TO_LIMITS];
    if (value !== undefined && value.length > max)
      throw invalidRequest(OPERATION, `shipTo.${field}`, `is longer than Ingram's ${max} characters`);
  }
}

function shipToInfo(order: OrderRequest): Record<string, string | undefined> {
  const to = order.shipTo;
  return {
    companyName: to.name.trim(),
    contact: to.contactName?.trim() || undefined,
    addressLine1: to.address1.trim(),
    addressLine2: to.address2?.trim() || undefined,
    city: to.city.trim(),
    state: to.state.trim(),
    postalCode: to.postalCode.trim(),
    countryCode: to.country.trim(),
    phoneNumber: to.phone?.trim() || undefined,
    email: to.email?.trim() || undefined,
  };
}

/**
 * The OrderCreateRequest body. `acceptBackOrder` carries our backorder choice; `shipComplete` is not
 * sent because it would override it (IM-SPEC). A ship method becomes `shipmentDetails.carrierCode`.
 * [decision] v6 create has no ship-from-warehouse field, so `shipFromWarehouse` is not sent.
 */
export function buildOrderBody(order: OrderRequest): string {
  const body: Record<string, unknown> = {
    customerOrderNumber: order.poNumber.trim(),
    acceptBackOrder: order.allowBackorder,
    shipToInfo: dropUndefined(shipToInfo(order)),
    lines: order.lines.map((line) =>
      dropUndefined({
        customerLineNumber: String(line.lineNumber),
        ingramPartNumber: line.distributorSku.trim(),
        quantity: line.quantity,
        unitPrice: line.unitPrice,
      }),
    ),
  };
  if (order.comment?.trim()) body.notes = order.comment.trim();
  if (order.shipMethod?.trim()) body.shipmentDetails = { carrierCode: order.shipMethod.trim() };
  return JSON.stringify(body);
}

export function parseOrderResponse(body: string, order: OrderRequest, ctx: ExchangeContext): OrderResult {
  const answer = readBody(orderCreateResponseSchema, body, ctx, 'order');
  if (answer.customerOrderNumber.trim() !== order.poNumber.trim())
    throw malformed(
      ctx,
      'customerOrderNumber',
      `answers PO ${answer.customerOrderNumber} for ${order.poNumber}`,
    );
  const placed: { line: CreateLine; orderNumber?: string }[] = [];
  const rejected: RejectedLine[] = [];
  const orderNumbers: string[] = [];
  for (const sub of answer.orders ?? []) {
    const orderNumber = sub.ingramOrderNumber?.trim() || undefined;
    if (orderNumber && !orderNumbers.includes(orderNumber)) orderNumbers.push(orderNumber);
    for (const line of sub.lines ?? []) placed.push({ line, ...(orderNumber ? { orderNumber } : {}) });
    rejected.push(...(sub.rejectedLineItems ?? []));
  }
  const lines = order.lines.map((requested, index) => {
    const sku = requested.distributorSku.trim().toUpperCase();
    const sameLine = (n: string | null | undefined) => n != null && Number(n) === requested.lineNumber;
    const refusal =
      rejected.find(
        (r) => sameLine(r.customerLinenumber) && r.ingramPartNumber?.trim().toUpperCase() === sku,
      ) ??
      // IM-SPEC's own example gives a rejected line the number of an accepted one: fall back to the part.
      rejected.find(
        (r) => r.ingramPartNumber?.trim().toUpperCase() === sku && !placedAs(placed, requested.lineNumber),
      );
    const base = {
      lineNumber: requested.lineNumber,
      distributorSku: requested.distributorSku.trim(),
      quantity: requested.quantity,
    };
    if (refusal) {
      const reason = [refusal.rejectCode, refusal.rejectReason]
        .filter(Boolean)
        .join(' ')
        .replace(/\s+/g, ' ');
      return { ...base, outcome: 'rejected' as LineOutcome, ...(reason ? { reason } : {}) };
    }
    const match =
      placed.find((p) => sameLine(p.line.customerLineNumber)) ??
      placed.find((p) => p.line.ingramPartNumber?.trim().toUpperCase() === sku);
    if (!match) throw malformed(ctx, `lines[${index}]`, `line ${requested.lineNumber} is not in the answer`);
    const shipment = Array.isArray(match.line.shipmentDetails)
      ? match.line.shipmentDetails[0]
      : match.line.shipmentDetails;
    const warehouse = shipment?.shipFromWarehouseId?.trim();
    return {
      ...base,
      outcome: lineOutcome(match.line),
      ...(match.orderNumber ? { orderNumber: match.orderNumber } : {}),
      ...(warehouse ? { warehouse } : {}),
    };
  });
  const refusedCount = lines.filter((l) => l.outcome === 'rejected').length;
  const result = refusedCount === 0 ? 'accepted' : refusedCount === lines.length ? 'rejected' : 'partial';
  return validated(
    orderResultSchema,
    { poNumber: order.poNumber, result, duplicate: false, orderNumbers, lines },
    ctx,
    'order',
  );
}

function placedAs(placed: { line: CreateLine }[], lineNumber: number): boolean {
  return placed.some(
    (p) => p.line.customerLineNumber != null && Number(p.line.customerLineNumber) === lineNumber,
  );
}

/** Backordered when Ingram says so or confirmed nothing of a backordered quantity. */
function lineOutcome(line: CreateLine): LineOutcome {
  const status = (line.lineStatus ?? '').toLowerCase().replace(/^im::/, '');
  if (status.includes('backorder')) return 'backordered';
  if ((line.quantityBackOrdered ?? 0) > 0 && (line.quantityConfirmed ?? 0) === 0) return 'backordered';
  return 'accepted';
}

/** The answer when Ingram refuses the PO number as already used: reconcile, never resend. */
export function duplicateResult(order: OrderRequest, reason: string): OrderResult {
  return {
    poNumber: order.poNumber,
    result: 'rejected',
    duplicate: true,
    reason,
    orderNumbers: [],
    lines: order.lines.map((line) => ({
      lineNumber: line.lineNumber,
      distributorSku: line.distributorSku.trim(),
      quantity: line.quantity,
      outcome: 'rejected' as const,
      reason,
    })),
  };
}

function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
