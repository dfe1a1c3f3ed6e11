// Get Order Status (issue 5): every hour by default, looks up each unfinished TD SYNNEX order and
// writes status, ETA, tracking, serials and receipts back to Autotask (lib/order-status). The
// checkpoint lists the orders already done in this run, so a stopped run resumes with the next one
// (and redoing an order is harmless: its writes are idempotent, its receipts reconciled).
import { z } from 'zod';
import { findCandidates } from './candidates';
import { checkOrders } from './run-orders';
import {
  DEFAULT_ORDER_STATUS_SETTINGS,
  orderStatusSettingsSchema,
  scheduleFor,
  scopeDays,
} from './settings';
import type { OrderStatusSettings } from './settings';
import { orderNumberField } from '../settings/settings';
import { defineTemplate } from '../sync/define-template';
import type { RunOutcome } from '../sync/define-template';

export const ORDER_STATUS_TEMPLATE_ID = 'order-status';

const checkpointSchema = z.object({ done: z.array(z.string()) }).strict();

export const orderStatusTemplate = defineTemplate<OrderStatusSettings, z.infer<typeof checkpointSchema>>({
  id: ORDER_STATUS_TEMPLATE_ID,
  name: 'Get Order Status',
  operation: 'status-update',
  settingsSchema: orderStatusSettingsSchema,
  defaultSettings: DEFAULT_ORDER_STATUS_SETTINGS,
  checkpointSchema,
  schedule: scheduleFor,
  async run(ctx, signal): Promise<RunOutcome> {
    const client = await ctx.services.autotask();
    const distributor = await ctx.services.distributor();
    const vendorId = await ctx.services.distributorVendorId();
    const now = Date.now();
    const days = scopeDays(ctx.settings.scope);
    const candidates = await findCandidates(
      client,
      {
        tenantId: (await client.zone(signal)).ci,
        vendorId,
        orderNumberField: await orderNumberField.getValue(),
        ...(days !== undefined ? { days } : {}),
        now,
      },
      signal,
    );
    const done = new Set((await ctx.checkpoint.load())?.done ?? []);
    const todo = candidates.filter((c) => !done.has(c.poNumber));
    let finished = done.size;
    const total = done.size + todo.length;
    const result = await checkOrders(
      todo,
      {
        client,
        distributor,
        vendorId,
        settings: ctx.settings,
        owner: ctx.runId,
        now: Date.now,
        log: (entry) => ctx.log(entry),
      },
      signal,
      async (candidate) => {
        done.add(candidate.poNumber);
        await ctx.checkpoint.save({ done: [...done] });
        await ctx.progress(++finished, total);
      },
    );
    await ctx.log(
      { operation: 'status-update', result: result.result, summary: result.summary, keys: result.keys },
      result.items,
    );
    return { result: result.result, summary: result.summary };
  },
});
