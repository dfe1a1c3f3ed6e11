// Settings of the Get Order Status template (issue 5 §1): how often, which orders, whether to
// receive, and the status mapping. Stored by lib/sync/template-settings.ts, checked by this schema.
import { z } from 'zod';
import type { Schedule } from '../sync/define-template';
import { MAPPABLE_STATUSES } from './view-types';
import type { OrderStatusSettingsView } from './view-types';

export type OrderStatusSettings = OrderStatusSettingsView['settings'];

const mappingChoice = z.union([
  z.object({ kind: z.literal('status'), statusId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('note') }).strict(),
]);

/** A missing row is not "no change": for partial shipments it is the support case with a hint. */
export const mappingSchema = z.partialRecord(z.enum(MAPPABLE_STATUSES), mappingChoice);

export const frequencySchema = z.union([
  z.object({ every: z.literal('hour') }).strict(),
  // Chrome fires alarms at most every 30 s for packed extensions; more often than every 5 minutes
  // spends the shared API budget (10,000 calls/hour per tenant, API.md §3) for no one's benefit.
  z.object({ every: z.literal('minutes'), minutes: z.number().int().min(5).max(720) }).strict(),
  z.object({ every: z.literal('day'), at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }).strict(),
]);

export const orderStatusSettingsSchema = z
  .object({
    enabled: z.boolean(),
    frequency: frequencySchema,
    scope: z.enum(['active', 'recent-30', 'recent-60', 'recent-90']),
    receiving: z.enum(['never', 'when-shipped']),
    mapping: mappingSchema,
  })
  .strict();

export const DEFAULT_ORDER_STATUS_SETTINGS: OrderStatusSettings = {
  enabled: true,
  frequency: { every: 'hour' },
  scope: 'active',
  // Receiving moves stock and PO status: a tenant opts in.
  receiving: 'never',
  mapping: {},
};

export function scheduleFor(settings: OrderStatusSettings): Schedule {
  const { frequency } = settings;
  if (frequency.every === 'hour') return { periodInMinutes: 60 };
  if (frequency.every === 'minutes') return { periodInMinutes: frequency.minutes };
  return { dailyAt: frequency.at };
}

/** "Recent N days" limits the POs looked at to those created in the last N days. */
export function scopeDays(scope: OrderStatusSettings['scope']): number | undefined {
  return scope === 'active' ? undefined : Number(scope.slice('recent-'.length));
}
