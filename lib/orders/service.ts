// The background's order service (issue 3): check, submit, state and badges for one purchase order,
// plus recovery of interrupted submissions. One instance per worker, so its submitter's in-memory
// "sending" set means "this worker is sending now". Everything it returns is a plain view.
import { purchaseOrderSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, ShipTo } from '../distributor/adapter';
import { AppError } from '../errors/app-error';
import type { PurchaseOrderView } from '../messaging/results';
import { distributorLabel } from '../distributor/registry';
import type { DistributorVendor } from '../sync/services';
import { readPurchaseOrder } from './purchase-order-view';
import type { PurchaseOrderRead } from './purchase-order-view';
import { logCheck, logSubmission } from './activity';
import type { CheckLogOptions } from './activity';
import { checkPurchaseOrder } from './check';
import { LAST_CHECK_TTL_MS } from './constants';
import { gatherOffers, withComparison } from './offers';
import type { OtherDistributor } from './offers';
import { createOutbox } from './outbox';
import type { NewOrderRecord, OrderRecord, Outbox } from './outbox';
import { distributorPoNumber } from './po-number';
import { recordDistributor } from './route';
import { createSubmitter } from './submit';
import { SUBMIT_STEPS } from './submit';
import type { SubmitStep } from './submit';
import { submissionView } from './submission-view';
import type { LineBadgeView, OrderCheckView, SubmissionView } from './views';
import { writeBack } from './write-back';

/** Every point where a worker can stop during a submission, in order (the fault battery's list). */
export const ORDER_STEPS = ['started', ...SUBMIT_STEPS, 'written-back'] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];

export interface OrderServiceDeps {
  autotask(): Promise<AutotaskClient>;
  /** One distributor's adapter by registry id; AppError 'auth' `not-connected` when not connected. */
  distributor(id: string): Promise<DistributorAdapter>;
  /** Every registered distributor with its vendor company and connection state (registry order). */
  distributorVendors(): Promise<DistributorVendor[]>;
  /**
   * ISO country of the ship-to for a distributor (registry id): Autotask POs have no country field
   * (API.md §4.3), so the distributor's account decides.
   */
  shipToCountry(distributor: string): Promise<string>;
  orderNumberField(): Promise<string>;
  priceDriftPercent(): Promise<number>;
  /** Create Orders' backorder default for the review window; 'allow' when not given. */
  backorderPolicy?(): Promise<'allow' | 'reject'>;
  outbox?: Outbox;
  now?: () => number;
  /** Awaited at each ORDER_STEPS point; the fault battery stops the "worker" there. */
  step?: (name: OrderStep, poNumber: string) => void | Promise<void>;
  /** Told after every outbox write of a PO, so the screens follow at once (issue 10 §3). */
  onChange?: (poId: number) => void | Promise<void>;
}

export interface SubmitInput {
  poId: number;
  allowBackorder: boolean;
  shipFromWarehouse?: string;
  shipMethod?: string;
  /** An explicit `Re-submit as new order` after a rejection: the next `-R<n>` number. */
  resubmit?: boolean;
  /**
   * The attempt the re-submission means (2 = …-R2). A re-sent Confirm for an attempt that already
   * exists continues it instead of starting the next one (the review window re-sends unanswered Confirms).
   */
  attempt?: number;
  origin?: OrderRecord['origin'];
}

export interface OrderService {
  /** `clicked`: a person asked for this check (logged when it finds a problem); otherwise never logged. */
  check(poId: number, signal?: AbortSignal, options?: CheckLogOptions): Promise<OrderCheckView>;
  submit(input: SubmitInput, signal?: AbortSignal): Promise<SubmissionView>;
  state(poId: number): Promise<SubmissionView | null>;
  /**
   * The last check's badges; once the PO is ordered, each ordered line says so (issue 10 §3).
   * `connected`: the registry ids connected now; badges of any other distributor are not shown.
   */
  badges(poId: number, connected?: ReadonlySet<string>): Promise<LineBadgeView[]>;
  /** Settles every interrupted record and finishes pending write-backs; returns how many it touched. */
  recover(signal?: AbortSignal): Promise<number>;
  readonly outbox: Outbox;
}

/** The order number(s) a PO field already holds (issue 3 §4: "ordered" is never read from the status). */
export async function orderNumberOnPo(
  po: PurchaseOrderView,
  field: string,
  client: AutotaskClient,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const value =
    field === 'externalPONumber'
      ? po.externalPONumber
      : (
          await client.get(
            'PurchaseOrders',
            po.id,
            purchaseOrderSchema.pick({ id: true }).passthrough(),
            signal,
          )
        )?.[field];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function createOrderService(deps: OrderServiceDeps): OrderService {
  const outbox = announcing(deps.outbox ?? createOutbox(), deps.onChange);
  const now = deps.now ?? Date.now;
  const lastChecks = new Map<number, { at: number; view: OrderCheckView }>();
  // One submission per PO at a time in this worker: a second order.submit (a re-sent Confirm, another
  // tab, the template) while one is running gets that one's outcome instead of racing it.
  const submitting = new Map<number, Promise<SubmissionView>>();
  // One submitter per distributor (registry id): each drives the records sent to its distributor.
  const submitters = new Map<string, ReturnType<typeof createSubmitter>>();

  async function getSubmitter(distributor: string) {
    let submitter = submitters.get(distributor);
    if (!submitter) {
      submitter = createSubmitter({
        outbox,
        distributor: await deps.distributor(distributor),
        distributorId: distributor,
        now,
        ...(deps.step ? { step: deps.step as (name: SubmitStep, poNumber: string) => Promise<void> } : {}),
      });
      submitters.set(distributor, submitter);
    }
    return submitter;
  }

  /** The PO, and the distributors as they stand now (the PO's vendor decides its distributor). */
  type PoRead = PurchaseOrderRead & { vendors: DistributorVendor[] };

  async function readPo(poId: number, signal?: AbortSignal): Promise<PoRead> {
    const client = await deps.autotask();
    const vendors = await deps.distributorVendors();
    return { ...(await readPurchaseOrder(poId, { client, vendors }, signal)), vendors };
  }

  /** Logs a submission recovery settled, under its Autotask PO number (by id when that read fails). */
  async function logRecovered(record: OrderRecord, signal?: AbortSignal): Promise<void> {
    const number = await readPo(record.poId, signal).then(
      (po) => po.view.number,
      () => `PO #${record.poId}`,
    );
    await logSubmission(record, number);
  }

  /** The other connected distributors, for side by side; one that cannot be reached is left out. */
  async function otherDistributors(vendors: readonly DistributorVendor[], own: string) {
    const others = await Promise.all(
      vendors
        .filter((v) => v.connected && v.id !== own)
        .map(async ({ id }): Promise<OtherDistributor | undefined> => {
          try {
            return { id, adapter: await deps.distributor(id) };
          } catch {
            return undefined;
          }
        }),
    );
    return others.filter((o): o is OtherDistributor => o !== undefined);
  }

  async function check(
    poId: number,
    signal?: AbortSignal,
    po?: PoRead,
    options: CheckLogOptions = {},
  ): Promise<OrderCheckView> {
    // A check that fails leaves no last check behind: the inline badges would go on saying
    // "OK" next to a sidebar that says the distributor is unavailable (issue 10 §4).
    lastChecks.delete(poId);
    const read = po ?? (await readPo(poId, signal));
    const view = read.view;
    const route = view.distributor;
    if (!route) throw notForDistributor(view);
    const adapter = await deps.distributor(route.id);
    const priceDriftPercent = await deps.priceDriftPercent();
    const [checked, offers] = await Promise.all([
      checkPurchaseOrder(view, adapter, { priceDriftPercent, now: now(), distributor: route.id }, signal),
      otherDistributors(read.vendors, route.id).then((others) =>
        gatherOffers(view.lines, read.otherSkus, others, signal),
      ),
    ]);
    const result = withComparison(checked, route.id, offers);
    const latest = (await outbox.forPurchaseOrder(poId)).at(-1);
    if (latest && latest.state !== 'rejected') {
      result.blocking.push(
        latest.state === 'accepted'
          ? {
              code: 'already-ordered',
              message: `Already ordered as ${distributorLabel(recordDistributor(latest))} order ${(latest.orderNumbers ?? []).join(', ') || latest.poNumber}.`,
              orderNumbers: latest.orderNumbers ?? [],
            }
          : { code: 'in-progress', message: `Submission ${latest.poNumber} is still being settled.` },
      );
    } else if (!latest) {
      const onPo = await orderNumberOnPo(view, await deps.orderNumberField(), await deps.autotask(), signal);
      if (onPo) {
        result.blocking.push({
          code: 'already-ordered',
          message: `The PO already holds order number ${onPo}.`,
          orderNumbers: onPo.split(/\s*,\s*/).filter(Boolean),
        });
      }
    }
    if (deps.backorderPolicy) result.backorderPolicy = await deps.backorderPolicy();
    lastChecks.set(poId, { at: now(), view: result });
    await logCheck(view.number, result, options);
    return result;
  }

  async function finishWriteBack(record: OrderRecord, signal?: AbortSignal): Promise<OrderRecord> {
    if (record.state !== 'accepted' || record.writeBack === 'done') return record;
    let done;
    try {
      done = await writeBack(
        record,
        { client: await deps.autotask(), outbox, orderNumberField: await deps.orderNumberField(), now },
        signal,
      );
    } catch {
      // Stays pending in the outbox (issue 3 §3); recover() and the next view retry it.
      return (await outbox.get(record.poNumber)) ?? record;
    }
    await deps.step?.('written-back', record.poNumber);
    return done.record;
  }

  function submit(input: SubmitInput, signal?: AbortSignal): Promise<SubmissionView> {
    const running = submitting.get(input.poId);
    if (running) return running;
    const started = submitOnce(input, signal).finally(() => submitting.delete(input.poId));
    submitting.set(input.poId, started);
    return started;
  }

  async function submitOnce(input: SubmitInput, signal?: AbortSignal): Promise<SubmissionView> {
    const client = await deps.autotask();
    const tenantId = (await client.zone(signal)).ci;
    await deps.step?.('started', distributorPoNumber(tenantId, input.poId));
    const records = await outbox.forPurchaseOrder(input.poId);
    const latest = records.at(-1);
    const po = await readPo(input.poId, signal);

    const sameAttempt =
      input.resubmit && latest && input.attempt !== undefined && (latest.attempt ?? 1) >= input.attempt;
    if (latest && (!input.resubmit || sameAttempt)) {
      // A second Confirm, another tab, a retry after an error, or a Confirm re-sent after the worker
      // stopped: continue the same record, never a new one — with the distributor it was sent to.
      const run = await getSubmitter(recordDistributor(latest));
      const advanced = (await run.advance(latest.poNumber, signal)) ?? latest;
      const finished = await finishWriteBack(advanced, signal);
      if (finished.state !== latest.state) await logSubmission(finished, po.view.number);
      return submissionView(finished);
    }
    if (input.resubmit && !(latest && (latest.state === 'rejected' || latest.result === 'partial'))) {
      throw refused('Only a rejected or partly rejected order can be re-submitted as a new order.');
    }
    const route = po.view.distributor;
    if (!route) throw notForDistributor(po.view);
    const checked = await check(input.poId, signal, po);
    const run = await getSubmitter(route.id);
    const attempt = input.resubmit ? (latest?.attempt ?? 1) + 1 : 1;
    const lines =
      input.resubmit && latest?.result === 'partial' ? rejectedLinesOf(latest, checked) : checked.lines;
    const fresh: NewOrderRecord = {
      poNumber: distributorPoNumber(tenantId, input.poId, attempt),
      poId: input.poId,
      tenantId,
      distributor: route.id,
      attempt,
      origin: input.origin ?? 'manual',
      shipTo: toShipTo(po.view, await deps.shipToCountry(route.id)),
      allowBackorder: input.allowBackorder,
      ...(input.shipFromWarehouse ? { shipFromWarehouse: input.shipFromWarehouse } : {}),
      ...(input.shipMethod ? { shipMethod: input.shipMethod } : {}),
      lines: lines.map((line) => ({
        itemId: line.itemId,
        sku: line.sku,
        quantity: line.quantity,
        ...(line.distributorPrice !== undefined ? { unitPrice: line.distributorPrice } : {}),
      })),
    };
    const blocking = checked.blocking.filter((p) => !(input.resubmit && p.code === 'already-ordered'));
    if (blocking.length) {
      // The PO names an order this browser never placed: adopt it if it is ours (another browser
      // ordered it under the same derived number); never send.
      const adopted = blocking.every((p) => p.code === 'already-ordered')
        ? await run.adoptIfOrdered(fresh, signal)
        : undefined;
      if (!adopted) throw refused(blocking.map((p) => p.message).join(' '));
      const finished = await finishWriteBack(adopted, signal);
      await logSubmission(finished, po.view.number);
      return submissionView(finished);
    }
    const record = await run.submit(fresh, signal);
    const finished = await finishWriteBack(record, signal);
    await logSubmission(finished, po.view.number);
    return submissionView(finished);
  }

  return {
    outbox,
    check: (poId, signal, options) => check(poId, signal, undefined, options),
    submit,
    async state(poId) {
      const latest = (await outbox.forPurchaseOrder(poId)).at(-1);
      return latest ? submissionView(latest) : null;
    },
    async badges(poId, connected) {
      const latest = (await outbox.forPurchaseOrder(poId)).at(-1);
      if (latest?.state === 'accepted') {
        const distributor = recordDistributor(latest);
        if (connected && !connected.has(distributor)) return [];
        return latest.lines
          .filter((line) => line.sku)
          .map((line, index) => {
            const result = latest.lineResults?.find((r) => r.lineNumber === index + 1);
            const orderNumber = result?.orderNumber ?? latest.orderNumbers?.[0];
            return result?.outcome === 'rejected'
              ? { sku: line.sku, badge: 'ok' as const, order: 'rejected' as const, distributor }
              : {
                  sku: line.sku,
                  badge: 'ok' as const,
                  order: 'ordered' as const,
                  distributor,
                  ...(orderNumber ? { orderNumber } : {}),
                };
          });
      }
      const last = lastChecks.get(poId);
      if (!last || now() - last.at > LAST_CHECK_TTL_MS) return [];
      // No connection to the distributor, no badges of it: they would show a stale answer (issue 10 §3).
      if (connected && last.view.distributor && !connected.has(last.view.distributor.id)) return [];
      const distributor = last.view.distributor?.id;
      return last.view.lines
        .filter((l) => l.sku)
        .map((l) => ({ sku: l.sku, badge: l.badge, ...(distributor ? { distributor } : {}) }));
    },
    async recover(signal) {
      let touched = 0;
      for (const state of ['submitting', 'unknown', 'intent'] as const) {
        for (const record of await outbox.inState(state)) {
          try {
            // The distributor the record was sent to; not connected → left for the next recovery.
            const run = await getSubmitter(recordDistributor(record));
            if (run.isSending(record.poNumber)) continue;
            const advanced = await run.advance(record.poNumber, signal);
            // The submission that was cut off (a worker or runner killed mid-order) never logged
            // its outcome: the recovery that settles it does, once (the move is a compare-and-set).
            if (advanced && advanced.state !== record.state) await logRecovered(advanced, signal);
          } catch {
            // Left as it is; the next recovery tries again (a lookup failed, say).
          }
          touched += 1;
        }
      }
      for (const record of await outbox.pendingWriteBacks()) {
        await finishWriteBack(record, signal);
        touched += 1;
      }
      return touched;
    },
  };
}

/** A PO whose vendor stands for no distributor is never checked or sent (the sidebar says why). */
function notForDistributor(po: PurchaseOrderView): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: 'not-distributor-vendor',
    message: `The vendor of ${po.number} is ${po.vendorName}, which is not the company chosen for any distributor in Options.`,
  });
}

/** The outbox, telling `onChange` after each write that changed a record (best effort: never fails a write). */
function announcing(outbox: Outbox, onChange: OrderServiceDeps['onChange']): Outbox {
  if (!onChange) return outbox;
  const tell = (poId: number) => void Promise.resolve(onChange(poId)).catch(() => undefined);
  return {
    ...outbox,
    async addIntent(record, at) {
      const added = await outbox.addIntent(record, at);
      if (added.created) tell(record.poId);
      return added;
    },
    async transition(poNumber, from, patch, at) {
      const moved = await outbox.transition(poNumber, from, patch, at);
      if (moved) tell(moved.poId);
      return moved;
    },
  };
}

function refused(message: string): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: 'order-blocked',
    message,
  });
}

function toShipTo(po: PurchaseOrderView, country: string): ShipTo {
  const s = po.shipTo;
  return {
    name: s.name,
    address1: s.address1,
    ...(s.address2 ? { address2: s.address2 } : {}),
    city: s.city,
    state: s.state,
    postalCode: s.postalCode,
    country,
  };
}

/** A partly rejected order is re-submitted for its rejected lines only. */
function rejectedLinesOf(record: OrderRecord, checked: OrderCheckView) {
  const rejected = new Set(
    (record.lineResults ?? [])
      .filter((r) => r.outcome === 'rejected')
      .map((r) => record.lines[r.lineNumber - 1]?.itemId),
  );
  return checked.lines.filter((line) => rejected.has(line.itemId));
}
