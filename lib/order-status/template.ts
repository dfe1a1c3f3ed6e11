// Get Order Status (issue 5): every hour by default, looks up each unfinished distributor order and
// writes status, ETA, tracking, serials and receipts back to Autotask (lib/order-status). It runs
// once per distributor that is connected and has a vendor company (registry order): that
// distributor's orders are those of POs whose vendor is its vendor company, looked up with its
// adapter. One distributor failing (not connected after all, credentials rejected, its service
// down) is logged with its id and leaves the run partial; the others' passes go on.
// The checkpoint lists the orders already done in this run, so a stopped run resumes with the next
// one (and redoing an order is harmless: its writes are idempotent, its receipts reconciled).
import { z } from 'zod';
import type { AutotaskClient } from '../autotask/types';
import type { ActivityResult } from '../db/records';
import type { DistributorAdapter } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { isAppError } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import { hintFor } from '../hints/hints';
import type { Candidate } from './candidates';
import { findCandidates } from './candidates';
import { distributorKey } from './log-keys';
import { checkOrders } from './run-orders';
import { DEFAULT_ORDER_STATUS_SETTINGS, orderStatusSettingsSchema, scheduleFor, scopeDays } from './settings';
import type { OrderStatusSettings } from './settings';
import { orderNumberField } from '../settings/settings';
import { defineTemplate } from '../sync/define-template';
import type { RunContext, RunOutcome } from '../sync/define-template';
import type { DistributorVendor } from '../sync/services';

export const ORDER_STATUS_TEMPLATE_ID = 'order-status';

const checkpointSchema = z.object({ done: z.array(z.string()) }).strict();
type Checkpoint = z.infer<typeof checkpointSchema>;

/** One distributor's share of a run: its adapter and the orders to look up with it. */
interface Pass {
  id: string;
  vendorId: number;
  distributor: DistributorAdapter;
  todo: Candidate[];
}

/**
 * Whether an error belongs to one distributor's pass (logged, the other passes go on) rather than to
 * the whole run: Autotask, the local storage and a stop are shared by every pass.
 */
function passError(error: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return false;
  return !(isAppError(error) && (error.service === 'autotask' || error.kind === 'storage'));
}

async function logPassFailure(
  ctx: RunContext<OrderStatusSettings, Checkpoint>,
  id: string,
  error: unknown,
): Promise<string> {
  const data = plainErrorData(error);
  const summary = `${distributorLabel(id)}: orders not checked: ${data.message}`;
  await ctx.log({
    operation: 'status-update',
    result: 'failed',
    summary,
    keys: [distributorKey(id)],
    error: data.service === 'distributor' && !data.distributor ? { ...data, distributor: id } : data,
    hintId: hintFor(data, id).id,
  });
  return summary;
}

function combined(results: readonly ActivityResult[]): ActivityResult {
  if (results.every((r) => r === 'success')) return 'success';
  if (results.every((r) => r === 'failed')) return 'failed';
  return 'partial';
}

export const orderStatusTemplate = defineTemplate<OrderStatusSettings, Checkpoint>({
  id: ORDER_STATUS_TEMPLATE_ID,
  name: 'Get Order Status',
  operation: 'status-update',
  settingsSchema: orderStatusSettingsSchema,
  defaultSettings: DEFAULT_ORDER_STATUS_SETTINGS,
  checkpointSchema,
  schedule: scheduleFor,
  async run(ctx, signal): Promise<RunOutcome> {
    const client: AutotaskClient = await ctx.services.autotask();
    const vendors = await ctx.services.distributorVendors();
    const eligible = vendors.filter(
      (v): v is DistributorVendor & { vendorId: number } => v.connected && v.vendorId !== undefined,
    );
    // A distributor with a vendor company but no connection has orders nobody can look up: said in
    // the run's summary, not failed (the options page shows it disconnected).
    const skipped = vendors
      .filter((v) => !v.connected && v.vendorId !== undefined)
      .map((v) => `${distributorLabel(v.id)} skipped: not connected`);
    if (eligible.length === 0) {
      const summary = [
        'No distributor is connected with a vendor company chosen: no orders to look up.',
        ...skipped,
      ].join(' ');
      await ctx.log({ operation: 'status-update', result: 'success', summary });
      return { result: 'success', summary };
    }

    const now = Date.now();
    const days = scopeDays(ctx.settings.scope);
    const tenantId = (await client.zone(signal)).ci;
    const field = await orderNumberField.getValue();
    const done = new Set((await ctx.checkpoint.load())?.done ?? []);
    const results: ActivityResult[] = [];
    const summaries: string[] = [];

    // First every distributor's orders, so progress counts them all.
    const passes: Pass[] = [];
    for (const { id, vendorId } of eligible) {
      signal.throwIfAborted();
      try {
        const distributor = await ctx.services.distributor(id);
        const candidates = await findCandidates(
          client,
          { tenantId, vendorId, orderNumberField: field, ...(days !== undefined ? { days } : {}), now },
          signal,
        );
        passes.push({ id, vendorId, distributor, todo: candidates.filter((c) => !done.has(c.poNumber)) });
      } catch (error) {
        if (!passError(error, signal)) throw error;
        summaries.push(await logPassFailure(ctx, id, error));
        results.push('failed');
      }
    }

    let finished = done.size;
    const total = done.size + passes.reduce((sum, pass) => sum + pass.todo.length, 0);
    for (const pass of passes) {
      const label = distributorLabel(pass.id);
      try {
        const result = await checkOrders(
          pass.todo,
          {
            client,
            distributorId: pass.id,
            distributor: pass.distributor,
            vendorId: pass.vendorId,
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
        const summary = `${label}: ${result.summary}`;
        await ctx.log(
          { operation: 'status-update', result: result.result, summary, keys: result.keys },
          result.items,
        );
        summaries.push(summary);
        results.push(result.result);
      } catch (error) {
        if (!passError(error, signal)) throw error;
        summaries.push(await logPassFailure(ctx, pass.id, error));
        results.push('failed');
      }
    }
    const summary = [...summaries, ...skipped].join('; ');
    return { result: combined(results), summary };
  },
});
