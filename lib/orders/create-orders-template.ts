// Create Orders from Autotask (issue 3 §4). Each run settles interrupted submissions first, then
// finds the TD SYNNEX vendor's POs in the trigger status with no order (lib/orders/eligible.ts),
// checks each, and submits those that pass — only when automatic submission is on (off by
// default). In manual mode it lists them as ready; a person uses `Submit now`, which opens the
// review window like the sidebar's Submit. Every run, check and submission writes a log entry.
import type { NewActivityItem } from '../log/activity';
import {
  CREATE_ORDERS_TEMPLATE_ID,
  createOrdersSchedule,
  createOrdersSettingsSchema,
  DEFAULT_CREATE_ORDERS_SETTINGS,
} from './create-orders-settings';
import type { CreateOrdersSettings } from './create-orders-settings';
import { findEligible } from './eligible';
import type { NotOrdered } from './eligible';
import { orderServiceFor } from './shared';
import { HINT_CODES } from '../hints/catalogue';
import { plainErrorData } from '../errors/error-data';
import { orderNumberField } from '../settings/settings';
import { defineTemplate } from '../sync/define-template';
import type { RunOutcome } from '../sync/define-template';

/** The catalogue entry "No orders created" (lib/errors/hint-catalogue.ts). */
const NO_ORDERS_HINT = 'no-orders-created';

export const createOrdersTemplate = defineTemplate<CreateOrdersSettings>({
  id: CREATE_ORDERS_TEMPLATE_ID,
  name: 'Create Orders from Autotask',
  operation: 'order-submission',
  settingsSchema: createOrdersSettingsSchema,
  defaultSettings: DEFAULT_CREATE_ORDERS_SETTINGS,
  schedule: createOrdersSchedule,
  async run(ctx, signal): Promise<RunOutcome> {
    const orders = orderServiceFor(ctx.services);
    await orders.recover(signal);
    const client = await ctx.services.autotask();
    const { ready, elsewhere, notOrdered } = await findEligible(
      client,
      orders.outbox,
      {
        vendorId: await ctx.services.distributorVendorId(),
        triggerStatus: ctx.settings.triggerStatus,
        orderNumberField: await orderNumberField.getValue(),
      },
      signal,
    );
    if (ready.length === 0) {
      const summary = noOrdersSummary(ctx.settings.triggerStatus, elsewhere, notOrdered);
      // A run that found POs a user may have expected to be ordered says why each was not (issue 10 §2).
      const items = notOrdered.map((po): NewActivityItem => ({
        key: po.number,
        outcome: po.reason,
        message: po.message,
        hintId: NO_ORDERS_HINT,
      }));
      await ctx.log(
        {
          operation: 'order-submission',
          result: 'success',
          summary,
          ...(items.length || elsewhere ? { hintId: NO_ORDERS_HINT } : {}),
        },
        items,
      );
      return { result: 'success', summary };
    }

    const items: NewActivityItem[] = [];
    let done = 0;
    for (const po of ready) {
      if (signal.aborted) break;
      try {
        if (ctx.settings.automaticSubmission) {
          const view = await orders.submit(
            {
              poId: po.poId,
              allowBackorder: ctx.settings.backorderPolicy === 'allow',
              shipMethod: ctx.settings.shipMethod,
              ...(ctx.settings.warehousePreference
                ? { shipFromWarehouse: ctx.settings.warehousePreference }
                : {}),
              origin: 'create-orders',
            },
            signal,
          );
          items.push({ key: po.number, outcome: view.state, message: view.message });
        } else {
          const check = await orders.check(po.poId, signal);
          const problem = check.blocking[0];
          items.push({
            key: po.number,
            outcome: problem ? 'failed' : 'not-ordered',
            message: problem
              ? problem.message
              : 'Automatic submission is off: use Submit now in the popup or the sidebar.',
            hintId: problem?.hintId ?? NO_ORDERS_HINT,
          });
        }
      } catch (error) {
        items.push({
          key: po.number,
          outcome: 'failed',
          error: plainErrorData(error),
          message: String((error as Error).message ?? error),
        });
      }
      await ctx.progress(++done, ready.length);
    }
    const failed = items.filter((i) => i.outcome === 'failed' || i.outcome === 'rejected').length;
    const manual = !ctx.settings.automaticSubmission;
    const result = failed === 0 ? 'success' : failed === items.length ? 'failed' : 'partial';
    const summary = ctx.settings.automaticSubmission
      ? `Submitted ${items.length - failed} of ${items.length} purchase order(s) to TD SYNNEX.`
      : `No orders created: ${items.filter((i) => i.outcome === 'not-ordered').length} purchase order(s) ready to submit, but automatic submission is off.`;
    await ctx.log(
      {
        operation: 'order-submission',
        result,
        summary,
        ...(failed && !manual
          ? { hintId: HINT_CODES.orderRejected }
          : manual
            ? { hintId: NO_ORDERS_HINT }
            : {}),
      },
      items,
    );
    return { result, summary };
  },
});

function noOrdersSummary(
  triggerStatus: string,
  elsewhere: number,
  notOrdered: readonly NotOrdered[],
): string {
  const waiting = notOrdered.filter((po) => po.reason !== 'wrong-status').length;
  if (waiting)
    return `No orders created: ${waiting} purchase order(s) in status "${triggerStatus}" cannot be ordered (see why per PO).`;
  if (elsewhere)
    return `No orders created: no TD SYNNEX purchase order is in status "${triggerStatus}" without an order; ${elsewhere} sit in other statuses.`;
  return 'No TD SYNNEX purchase orders to order.';
}
