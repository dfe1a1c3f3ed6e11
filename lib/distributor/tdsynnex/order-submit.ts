// Order submit (TDSYNNEX-XML.md "Order submit"). The PO number is the idempotency key: TD SYNNEX
// refuses one already used ("Duplicate PO", an [assumption]); the caller then reconciles with an
// order-status lookup. Each line carries its own OrderNumber, so one PO may become several orders.
import { z } from 'zod';
import type { LineOutcome, OrderRequest, OrderResult } from '../adapter';
import { invalidRequest, malformed } from './errors';
import type { ExchangeContext } from './errors';
import { child, count, many, optionalChild, optionalText, root, text } from './fields';
import type { Cursor } from './fields';
import { DEFAULT_SHIP_METHOD, MAX_PO_NUMBER_LENGTH } from './limits';
import type { TdSynnexCredentials } from './price-availability';
import { orderResultSchema, validated } from './schemas';
import { buildXml, parseXmlResponse } from './xml';

const required = z.string().trim().min(1);

const orderRequestSchema = z.object({
  poNumber: required.max(MAX_PO_NUMBER_LENGTH),
  shipTo: z.object({
    name: required,
    address1: required,
    city: required,
    state: required,
    postalCode: required,
    country: required,
  }),
  lines: z
    .array(
      z.object({
        lineNumber: z.number().int().positive(),
        distributorSku: required,
        quantity: z.number().int().positive(),
        unitPrice: z.number().finite().nonnegative().optional(),
      }),
    )
    .min(1)
    .refine(
      (lines) => new Set(lines.map((line) => line.lineNumber)).size === lines.length,
      'line numbers must be unique',
    ),
});

/** Refuses an order that could never be right before anything is sent. */
export function checkOrderRequest(order: OrderRequest): void {
  const result = orderRequestSchema.safeParse(order);
  if (result.success) return;
  const issue = result.error.issues[0];
  throw invalidRequest(
    'OrderSubmit',
    (issue?.path ?? []).map(String).join('.') || 'order',
    issue?.message ?? 'is invalid',
  );
}

export function buildOrderRequest(credentials: TdSynnexCredentials, order: OrderRequest): string {
  const { shipTo } = order;
  const contact = {
    ...(shipTo.contactName ? { ContactName: shipTo.contactName } : {}),
    ...(shipTo.phone ? { PhoneNumber: shipTo.phone } : {}),
    ...(shipTo.email ? { EmailAddress: shipTo.email } : {}),
  };
  return buildXml({
    SynnexB2B: {
      Credential: { UserID: credentials.userId, Password: credentials.password },
      OrderRequest: {
        CustomerNumber: credentials.customerNo,
        PONumber: order.poNumber,
        DropShipFlag: 'N',
        Shipment: {
          ...(order.shipFromWarehouse ? { ShipFromWarehouse: order.shipFromWarehouse } : {}),
          ShipTo: {
            AddressName1: shipTo.name,
            AddressLine1: shipTo.address1,
            ...(shipTo.address2 ? { AddressLine2: shipTo.address2 } : {}),
            City: shipTo.city,
            State: shipTo.state,
            ZipCode: shipTo.postalCode,
            Country: shipTo.country,
          },
          ...(Object.keys(contact).length ? { ShipToContact: contact } : {}),
          ShipMethod: { Code: order.shipMethod ?? DEFAULT_SHIP_METHOD },
        },
        Payment: { BillTo: { '@_code': credentials.customerNo } },
        Items: {
          Item: order.lines.map((line) => ({
            '@_lineNumber': line.lineNumber,
            SKU: line.distributorSku,
            ...(line.unitPrice !== undefined ? { UnitPrice: line.unitPrice.toFixed(2) } : {}),
            OrderQuantity: line.quantity,
          })),
        },
        ...(order.comment ? { Comment: order.comment } : {}),
        // [assumption] Y = allow backorders, N = reject lines without stock (TDSYNNEX-XML.md).
        BackOrderFlag: order.allowBackorder ? 'Y' : 'N',
      },
    },
  });
}

const LINE_OUTCOMES: Record<string, LineOutcome> = {
  accepted: 'accepted',
  rejected: 'rejected',
  backordered: 'backordered',
};

export function parseOrderResponse(body: string, order: OrderRequest, ctx: ExchangeContext): OrderResult {
  const response = child(root(parseXmlResponse(body, ctx), 'SynnexB2B', ctx), 'OrderResponse');
  // The echoed PO number ties the answer to this order; an answer without it is not usable.
  const poNumber = text(response, 'PONumber');
  if (poNumber !== order.poNumber) {
    throw malformed(ctx, 'OrderResponse.PONumber', `answers PO ${poNumber} for ${order.poNumber}`);
  }
  const header = text(response, 'Code').toLowerCase();
  if (header !== 'accepted' && header !== 'rejected') {
    throw malformed(ctx, 'OrderResponse.Code', `unknown order code ${JSON.stringify(header)}`);
  }
  const reason = optionalText(response, 'Reason');
  const items = optionalChild(response, 'Items');
  const lines = (items ? many(items, 'Item') : []).map((item) => readLine(item, order));
  if (new Set(lines.map((line) => line.lineNumber)).size !== lines.length) {
    throw malformed(ctx, 'OrderResponse.Items.Item.lineNumber', 'a line is answered twice');
  }
  const rejected = lines.filter((line) => line.outcome === 'rejected').length;
  const result: OrderResult['result'] =
    header === 'rejected' || (lines.length > 0 && rejected === lines.length)
      ? 'rejected'
      : rejected > 0
        ? 'partial'
        : 'accepted';
  const orderNumbers = [
    ...new Set(lines.filter((line) => line.outcome !== 'rejected').flatMap((line) => line.orderNumber ?? [])),
  ];
  return validated(
    orderResultSchema,
    {
      poNumber,
      result,
      duplicate: header === 'rejected' && /duplicate po/i.test(reason ?? ''),
      reason,
      orderNumbers,
      lines,
    },
    ctx,
    'OrderResponse',
  );
}

function readLine(item: Cursor, order: OrderRequest): OrderResult['lines'][number] {
  const lineNumber = count(item, '@lineNumber');
  const requested = order.lines.find((line) => line.lineNumber === lineNumber);
  if (!requested) throw malformed(item.ctx, `${item.path}.lineNumber`, `line ${lineNumber} was not ordered`);
  const code = text(item, 'Code').toLowerCase();
  const outcome = LINE_OUTCOMES[code];
  if (!outcome) throw malformed(item.ctx, `${item.path}.Code`, `unknown line code ${JSON.stringify(code)}`);
  return {
    lineNumber,
    // Echoed, never assumed from the request: a line TD SYNNEX did not confirm must not read as ordered.
    distributorSku: text(item, 'SKU'),
    quantity: count(item, 'OrderQuantity'),
    outcome,
    orderNumber: optionalText(item, 'OrderNumber'),
    reason: optionalText(item, 'Reason'),
    eta: optionalText(item, 'ETADate'),
    warehouse: optionalText(item, 'ShipFromWarehouse'),
  };
}
