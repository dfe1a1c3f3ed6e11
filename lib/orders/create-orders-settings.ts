// Settings of the Create Orders template (issue 3 §4). Automatic submission is OFF by default: the
// template then only lists POs as ready, and a person submits them through the review window.
import { z } from 'zod';
import { templateSettingsItem } from '../settings/settings';
import { DEFAULT_SHIP_METHOD } from '../distributor/tdsynnex/limits';
import { scheduleSchema } from '../sync/define-template';
import type { Schedule } from '../sync/define-template';
import { DEFAULT_PRICE_DRIFT_PERCENT } from './constants';

export const CREATE_ORDERS_TEMPLATE_ID = 'create-orders';

export const createOrdersSettingsSchema = z
  .object({
    enabled: z.boolean(),
    schedule: scheduleSchema,
    /** A label of the tenant's PurchaseOrders.status picklist; ids differ per tenant (API.md §4.3). */
    triggerStatus: z.string().trim().min(1).max(60),
    automaticSubmission: z.boolean(),
    shipMethod: z.string().trim().min(1).max(10),
    /** A TD SYNNEX warehouse id to ship from when it has the stock; '' = TD SYNNEX chooses. */
    warehousePreference: z.string().trim().max(20),
    /** [assumption] sent as BackOrderFlag Y/N (TDSYNNEX-XML.md "Order submit"). */
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
  shipMethod: DEFAULT_SHIP_METHOD,
  warehousePreference: '',
  backorderPolicy: 'allow',
  priceDriftPercent: DEFAULT_PRICE_DRIFT_PERCENT,
};

export function createOrdersSchedule(settings: CreateOrdersSettings): Schedule | undefined {
  return settings.enabled ? settings.schedule : undefined;
}

/** The stored settings over the defaults (as lib/sync/template-settings does for any template). */
export async function loadCreateOrdersSettings(): Promise<CreateOrdersSettings> {
  const stored = await templateSettingsItem(CREATE_ORDERS_TEMPLATE_ID).getValue();
  const parsed = createOrdersSettingsSchema.safeParse({ ...DEFAULT_CREATE_ORDERS_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_CREATE_ORDERS_SETTINGS;
}
