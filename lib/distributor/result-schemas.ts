// The normalised results every distributor adapter returns, checked once more after parsing: a wrong value that slipped through the
// readers (an empty warehouse id, a line number 0) stops here instead of reaching Autotask.
import { z } from 'zod';
import type { OrderResult, OrderStatus, PriceAvailability } from './adapter';

const money = z.number().finite().nonnegative();
const quantity = z.number().int().nonnegative();
const id = z.string().trim().min(1);

const itemRef = z.union([z.object({ distributorSku: id }), z.object({ mfgPartNumber: id })]);

export const priceAvailabilitySchema = z.object({
  request: itemRef,
  status: z.enum(['active', 'discontinued', 'notFound']),
  distributorSku: id.optional(),
  mfgPartNumber: id.optional(),
  manufacturer: id.optional(),
  description: z.string().optional(),
  unitCost: money.optional(),
  msrp: money.optional(),
  totalAvailable: quantity,
  warehouses: z.array(z.object({ id, name: z.string(), qty: quantity })),
}) satisfies z.ZodType<PriceAvailability>;

export const orderResultSchema = z.object({
  poNumber: id,
  result: z.enum(['accepted', 'partial', 'rejected']),
  duplicate: z.boolean(),
  reason: z.string().optional(),
  orderNumbers: z.array(id),
  lines: z.array(
    z.object({
      lineNumber: z.number().int().positive(),
      distributorSku: z.string(),
      quantity,
      outcome: z.enum(['accepted', 'rejected', 'backordered']),
      orderNumber: id.optional(),
      reason: z.string().optional(),
      eta: z.string().optional(),
      warehouse: id.optional(),
    }),
  ),
}) satisfies z.ZodType<OrderResult>;

export const orderStatusSchema = z.object({
  poNumber: id,
  code: z.enum(['ACCEPTED', 'HOLD', 'SHIPPED', 'INVOICED', 'REJECTED', 'DELETED', 'NOTFOUND', 'UNKNOWN']),
  reason: z.string().optional(),
  orderedAt: z.string().optional(),
  lines: z.array(
    z.object({
      lineNumber: z.number().int().positive(),
      code: z.string(),
      orderNumber: id.optional(),
      distributorSku: z.string(),
      mfgPartNumber: z.string().optional(),
      description: z.string().optional(),
      orderedQty: quantity,
      shippedQty: quantity,
      unitPrice: money.optional(),
      shipDate: z.string().optional(),
      shipMethod: z.string().optional(),
      warehouse: z.string().optional(),
      eta: z.string().optional(),
      reason: z.string().optional(),
      packages: z.array(z.object({ trackingNumber: id, quantity, serialNumbers: z.array(id) })),
    }),
  ),
}) satisfies z.ZodType<OrderStatus>;
