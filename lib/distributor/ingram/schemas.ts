// zod schemas for the parts of Ingram Micro's answers we read (IM-SPEC components: AccesstokenResponse,
// PriceAndAvailabilityResponse, OrderCreateResponse, OrderSearch_Response, OrderDetailB2B). Fields
// we do not read are let through; fields we read are checked, so a wrong value stops here with
// kind 'malformed-response' and a field path. The spec marks most fields nullable: `nullish()`.
import { z } from 'zod';
import { MAX_RESPONSE_CHARS } from './limits';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';

const text = z.string();
const id = z.string().trim().min(1);
/** Counts: the spec types them integer; its search examples send numeric strings ("123"). */
const count = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform((value) => Number(value)),
]);
const money = z.number().finite().nonnegative();

// ---- token --------------------------------------------------------------------------------------

export const tokenResponseSchema = z.object({
  access_token: id,
  token_type: z.string().regex(/^bearer$/i, 'expected Bearer'),
  /** A string in the spec (AccesstokenResponse), a number in IM-AUTH's sample: both accepted. */
  expires_in: count.nullish(),
});

// ---- price & availability ---------------------------------------------------------------------

const pricingSchema = z.object({
  currencyCode: text,
  retailPrice: money.nullish(),
  mapPrice: money.nullish(),
  customerPrice: money.nullish(),
});

const warehouseSchema = z.object({
  warehouseId: id,
  location: text.nullish(),
  quantityAvailable: count.nullish(),
});

export const pnaItemSchema = z.object({
  index: z.number().nullish(),
  productStatusCode: text.nullish(),
  productStatusMessage: text.nullish(),
  ingramPartNumber: text.nullish(),
  vendorPartNumber: text.nullish(),
  vendorName: text.nullish(),
  description: text.nullish(),
  productStatus: text.nullish(),
  productAuthorized: z.boolean().nullish(),
  availability: z
    .object({
      available: z.boolean(),
      totalAvailability: count.nullish(),
      availabilityByWarehouse: z.array(warehouseSchema).nullish(),
      /** IM-SPEC's 207 example nests `pricing` here instead of beside `availability`: read both. */
      pricing: pricingSchema.nullish(),
    })
    .nullish(),
  pricing: pricingSchema.nullish(),
});
export type PnaItem = z.infer<typeof pnaItemSchema>;

export const pnaResponseSchema = z.array(pnaItemSchema);

// ---- order create (v6) --------------------------------------------------------------------------

/** The spec types a line's shipmentDetails as an array; its examples send one object. Both read. */
const createShipment = z.object({
  carrierCode: text.nullish(),
  carrierName: text.nullish(),
  shipFromWarehouseId: text.nullish(),
  shipFromLocation: text.nullish(),
});

const createLineSchema = z.object({
  subOrderNumber: text.nullish(),
  customerLineNumber: text.nullish(),
  lineStatus: text.nullish(),
  ingramPartNumber: text.nullish(),
  quantityOrdered: count.nullish(),
  quantityConfirmed: count.nullish(),
  quantityBackOrdered: count.nullish(),
  shipmentDetails: z.union([createShipment, z.array(createShipment)]).nullish(),
});
export type CreateLine = z.infer<typeof createLineSchema>;

const rejectedLineSchema = z.object({
  customerLinenumber: text.nullish(),
  ingramPartNumber: text.nullish(),
  quantityOrdered: count.nullish(),
  rejectCode: text.nullish(),
  rejectReason: text.nullish(),
});
export type RejectedLine = z.infer<typeof rejectedLineSchema>;

export const orderCreateResponseSchema = z.object({
  customerOrderNumber: id,
  processedPartially: z.boolean().nullish(),
  orders: z
    .array(
      z.object({
        ingramOrderNumber: text.nullish(),
        ingramOrderDate: text.nullish(),
        lines: z.array(createLineSchema).nullish(),
        rejectedLineItems: z.array(rejectedLineSchema).nullish(),
      }),
    )
    .nullish(),
});
export type OrderCreateResponse = z.infer<typeof orderCreateResponseSchema>;

// ---- order search ---------------------------------------------------------------------------------

export const orderSearchResponseSchema = z.object({
  recordsFound: count.nullish(),
  orders: z
    .array(
      z.object({
        ingramOrderNumber: id,
        ingramOrderDate: text.nullish(),
        customerOrderNumber: text.nullish(),
        orderStatus: text.nullish(),
      }),
    )
    .nullish(),
});

// ---- order detail (v6.1) ------------------------------------------------------------------------

const trackingSchema = z.object({
  trackingNumber: id,
  trackingUrl: text.nullish(),
  cartonNumber: text.nullish(),
  quantityInBox: count.nullish(),
  serialNumbers: z.array(z.object({ serialNumber: id })).nullish(),
});

const carrierSchema = z.object({
  carrierCode: text.nullish(),
  carrierName: text.nullish(),
  quantity: count.nullish(),
  shippedDate: text.nullish(),
  trackingDetails: z.array(trackingSchema).nullish(),
});

const detailShipmentSchema = z.object({
  quantity: count.nullish(),
  estimatedShipDate: text.nullish(),
  shippedDate: text.nullish(),
  estimatedDeliveryDate: text.nullish(),
  shipFromWarehouseId: text.nullish(),
  shipFromLocation: text.nullish(),
  invoiceNumber: text.nullish(),
  carrierDetails: z.array(carrierSchema).nullish(),
});
export type DetailShipment = z.infer<typeof detailShipmentSchema>;

const detailLineSchema = z.object({
  subOrderNumber: text.nullish(),
  ingramOrderLineNumber: text.nullish(),
  customerLineNumber: text.nullish(),
  lineStatus: text.nullish(),
  ingramPartNumber: text.nullish(),
  vendorPartNumber: text.nullish(),
  partDescription: text.nullish(),
  unitPrice: money.nullish(),
  quantityOrdered: count,
  quantityConfirmed: count.nullish(),
  quantityBackOrdered: count.nullish(),
  promisedDeliveryDate: text.nullish(),
  backOrderETADate: text.nullish(),
  shipmentDetails: z.array(detailShipmentSchema).nullish(),
});
export type DetailLine = z.infer<typeof detailLineSchema>;

export const orderDetailSchema = z.object({
  ingramOrderNumber: id,
  ingramOrderDate: text.nullish(),
  customerOrderNumber: text.nullish(),
  orderStatus: text.nullish(),
  lines: z.array(detailLineSchema).nullish(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

// ---- reading ------------------------------------------------------------------------------------

/** Parses with `schema` or throws 'malformed-response' naming the first wrong field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, ctx: ExchangeContext, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw malformed(ctx, field, issue?.message ?? 'invalid value');
}

/** JSON.parse of a response body, as a 'malformed-response' when it is not JSON (or far too large). */
export function parseJson(body: string, ctx: ExchangeContext): unknown {
  if (body.length > MAX_RESPONSE_CHARS)
    throw malformed(ctx, undefined, `the body is ${body.length} characters long`);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw malformed(ctx, undefined, `the body is not JSON: ${JSON.stringify(body.slice(0, 60))}`);
  }
}

/** Both at once: the body as JSON, checked against `schema`. */
export function readBody<T>(schema: z.ZodType<T>, body: string, ctx: ExchangeContext, path: string): T {
  return validated(schema, parseJson(body, ctx), ctx, path);
}
