// Create Orders from Autotask (issue 3 §4). Each run settles interrupted submissions first, then —
// once per connected distributor with a vendor company, in registry order (issue 12) — finds that
// vendor's POs in the trigger status with no order (lib/orders/eligible.ts), checks each, and
// submits those that pass — only when automatic submission is on (off by
// default). In manual mode it lists them as ready; a person uses `Submit now`, which opens the
// review window like the sidebar's Submit. Every run, check and submission writes a log entry.
import { distributorById, distributorLabel } from '../distributor/registry';
import { AppError } from '../errors/app-error';
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
import type { RunContext, RunOutcome } from '../sync/define-template';
import type { DistributorVendor } from '../sync/services';
import type { ActivityResult } from '../db/records';

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
    const vendors = await ctx.services.distributorVendors();
    const active = vendors.filter(
      (v): v is DistributorVendor & { vendorId: number } => v.connected && v.vendorId !== undefined,
    );
    if (!active.length) {
      // A vendor chosen but its distributor disconnected: the adapter's own not-connected error.
      const chosen = vendors.find((v) => v.vendorId !== undefined);
      if (chosen) await ctx.services.distributor(chosen.id);
      throw new AppError({
        kind: 'validation',
        service: 'extension',
        status: 0,
        code: 'no-vendor',
        message: 'Connect a distributor and choose its vendor company in Options first.',
      });
    }
    const distributorVendorIds = active.map((v) => v.vendorId);
    const outcomes: { result: ActivityResult; summary: string }[] = [];
    for (const distributor of active) {
      if (signal.aborted) break;
      outcomes.push(await runFor(ctx, signal, distributor, distributorVendorIds));
    }
    const results = outcomes.map((o) => o.result);
    const result: ActivityResult = results.every((r) => r === 'success')
      ? 'success'
      : results.every((r) => r === 'failed')
        ? 'failed'
        : 'partial';
    return { result, summary: outcomes.map((o) => o.summary).join(' ') };
  },
});

/** One distributor's part of a run: its eligible POs, checked or submitted, and its log entry. */
async function runFor(
  ctx: RunContext<CreateOrdersSettings, unknown>,
  signal: AbortSignal,
  distributor: { id: string; vendorId: number },
  distributorVendorIds: readonly number[],
): Promise<{ result: ActivityResult; summary: string }> {
  const orders = orderServiceFor(ctx.services);
  const label = distributorLabel(distributor.id);
  const client = await ctx.services.autotask();
  const { ready, elsewhere, notOrdered } = await findEligible(
    client,
    orders.outbox,
    {
      vendorId: distributor.vendorId,
      label,
      distributorVendorIds,
      triggerStatus: ctx.settings.triggerStatus,
      orderNumberField: await orderNumberField.getValue(),
    },
    signal,
  );
  if (ready.length === 0) {
    const summary = noOrdersSummary(label, ctx.settings.triggerStatus, elsewhere, notOrdered);
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

  // '' in the settings: the distributor's own default ship method.
  const shipMethod = ctx.settings.shipMethod || distributorById(distributor.id).defaultShipMethod;
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
            ...(shipMethod ? { shipMethod } : {}),
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
    ? `Submitted ${items.length - failed} of ${items.length} purchase order(s) to ${label}.`
    : `No orders created: ${items.filter((i) => i.outcome === 'not-ordered').length} purchase order(s) ready to submit to ${label}, but automatic submission is off.`;
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
}

function noOrdersSummary(
  label: string,
  triggerStatus: string,
  elsewhere: number,
  notOrdered: readonly NotOrdered[],
): string {
  const waiting = notOrdered.filter((po) => po.reason !== 'wrong-status').length;
  if (waiting)
    return `No orders created: ${waiting} purchase order(s) in status "${triggerStatus}" cannot be ordered (see why per PO).`;
  if (elsewhere)
    return `No orders created: no ${label} purchase order is in status "${triggerStatus}" without an order; ${elsewhere} sit in other statuses.`;
  return `No ${label} purchase orders to order.`;
}
