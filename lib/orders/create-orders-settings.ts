// Settings of the Create Orders template (issue 3 §4). Automatic submission is OFF by default: the
// template then only lists POs as ready, and a person submits them through the review window.
import { templateSettingsItem } from '../settings/settings';
import type { Schedule } from '../sync/define-template';
import {
  CREATE_ORDERS_TEMPLATE_ID,
  DEFAULT_CREATE_ORDERS_SETTINGS,
  createOrdersSettingsSchema,
} from './create-orders-settings-schema';
import type { CreateOrdersSettings } from './create-orders-settings-schema';

export {
  CREATE_ORDERS_TEMPLATE_ID,
  DEFAULT_CREATE_ORDERS_SETTINGS,
  createOrdersSettingsSchema,
} from './create-orders-settings-schema';
export type { CreateOrdersSettings } from './create-orders-settings-schema';

export function createOrdersSchedule(settings: CreateOrdersSettings): Schedule | undefined {
  return settings.enabled ? settings.schedule : undefined;
}

/** The stored settings over the defaults (as lib/sync/template-settings does for any template). */
export async function loadCreateOrdersSettings(): Promise<CreateOrdersSettings> {
  const stored = await templateSettingsItem(CREATE_ORDERS_TEMPLATE_ID).getValue();
  const parsed = createOrdersSettingsSchema.safeParse({ ...DEFAULT_CREATE_ORDERS_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_CREATE_ORDERS_SETTINGS;
}
