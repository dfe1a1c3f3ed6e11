// The Create Orders template's settings messages (issue 10 §1), spread into lib/messaging/protocol.ts.
// Settings are written from our own pages only.
import { z } from 'zod';
import { createOrdersSettingsSchema } from './create-orders-settings-schema';
import type { CreateOrdersSettings } from './create-orders-settings-schema';

const empty = z.object({}).strict();

export const createOrdersMessages = {
  'createOrders.settings': { from: ['extension'], payload: empty },
  // `enabled` is the template's switch (templates.setEnabled), not part of this form.
  'createOrders.saveSettings': {
    from: ['extension'],
    payload: createOrdersSettingsSchema.omit({ enabled: true }).partial().strict(),
  },
} as const;

export interface CreateOrdersSettingsView {
  settings: CreateOrdersSettings;
  /** Labels of the tenant's active PurchaseOrders.status values (API.md §4.3), for the trigger status. */
  triggerStatuses: string[];
}

export interface CreateOrdersResultMap {
  'createOrders.settings': CreateOrdersSettingsView;
  'createOrders.saveSettings': CreateOrdersSettingsView;
}
