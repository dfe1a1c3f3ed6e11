// The Create Orders settings' shape and defaults (issue 3 §4), without the storage item: the message
// protocol imports this, and the protocol is loaded where no extension storage exists (the e2e and
// security test processes), where defining a storage item rejects unhandled.
import { z } from 'zod';
import { scheduleSchema } from '../sync/define-template';
import { DEFAULT_PRICE_DRIFT_PERCENT } from './constants';

export const CREATE_ORDERS_TEMPLATE_ID = 'create-orders';

export const createOrdersSettingsSchema = z
  .object({
    enabled: z.boolean(),
    schedule: scheduleSchema,
    /** A label of the tenant's PurchaseOrders.status picklist; ids differ per tenant (API.md §4.3). */
    triggerStatus: z.string().trim().min(1).max(60),
    automaticSubmission: z.boolean(),
    /** '' = each distributor's own default ship method (its registry entry's defaultShipMethod). */
    shipMethod: z.string().trim().max(10),
    /** A distributor warehouse id to ship from when it has the stock; '' = the distributor chooses. */
    warehousePreference: z.string().trim().max(20),
    /** Whether lines may be backordered; each adapter sends it its own way. */
    backorderPolicy: z.enum(['allow', 'reject']),
    priceDriftPercent: z.number().min(0).max(100),
  })
  .strict();

export type CreateOrdersSettings = z.infer<typeof createOrdersSettingsSchema>;

export const DEFAULT_CREATE_ORDERS_SETTINGS: CreateOrdersSettings = {
  enabled: false,
  schedule: { periodInMinutes: 15 },
  triggerStatus: 'Submitted',
  automaticSubmission: false,
  shipMethod: '',
  warehousePreference: '',
  backorderPolicy: 'allow',
  priceDriftPercent: DEFAULT_PRICE_DRIFT_PERCENT,
};
