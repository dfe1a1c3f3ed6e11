// Exactly-once submission (issue 3 §3). The outbox record is committed before any network call and
// moves intent → submitting → accepted / rejected / unknown. Never a blind resend:
// - before sending, the PO number is looked up at the distributor (another browser may have ordered it);
// - `unknown` (timeout, network error, 5xx, dropped connection, worker stopped mid-submit, a
//   "Duplicate PO" refusal) is settled ONLY by an order-status lookup by PO number: found → adopt
//   that order; NOTFOUND → a resend is allowed only after a second NOTFOUND NOTFOUND_RECHECK_MS later.
import type { DistributorAdapter, OrderRequest, OrderStatus } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { AppError } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import { NOTFOUND_RECHECK_MS, SUBMIT_DEADLINE_MS } from './constants';
import type { NewOrderRecord, OrderRecord, Outbox } from './outbox';

/** The points between which a worker can stop; the fault battery stops it at each one. */
export const SUBMIT_STEPS = [
  'intent-committed',
  'looked-up',
  'submitting-committed',
  'response-received',
  'unknown-committed',
  'result-committed',
] as const;
export type SubmitStep = (typeof SUBMIT_STEPS)[number];

export interface SubmitterDeps {
  outbox: Outbox;
  /** The adapter of the distributor this submitter sends to. */
  distributor: DistributorAdapter;
  /** Its registry id (errors and messages name it); default: the adapter's own id. */
  distributorId?: string;
  now(): number;
  /** Awaited at each step; the fault battery throws here to stop the "worker". */
  step?(name: SubmitStep, poNumber: string): void | Promise<void>;
}

export interface Submitter {
  /** Commits the intent (or finds the existing record) and drives it as far as it safely can. */
  submit(record: NewOrderRecord, signal?: AbortSignal): Promise<OrderRecord>;
  /** Drives an existing record (recovery, a second click, the re-check after NOTFOUND). */
  advance(poNumber: string, signal?: AbortSignal): Promise<OrderRecord | undefined>;
  /**
   * Looks the number up and, only when the distributor has an order for it, records that order
   * (another browser placed it). Never sends. Undefined when the distributor has none.
   */
  adoptIfOrdered(record: NewOrderRecord, signal?: AbortSignal): Promise<OrderRecord | undefined>;
  /** True while this worker is sending this PO number (so another caller must not call it unknown). */
  isSending(poNumber: string): boolean;
}

/** The order numbers the distributor reports for a PO, each once, in line order. */
export function orderNumbersOf(status: OrderStatus): string[] {
  return [...new Set(status.lines.flatMap((line) => (line.orderNumber ? [line.orderNumber] : [])))];
}

export function createSubmitter(deps: SubmitterDeps): Submitter {
  const { outbox, distributor } = deps;
  const distributorId = deps.distributorId ?? distributor.capabilities.id;
  const label = distributorLabel(distributorId);
  // In memory only: a stopped worker forgets it, which is exactly when 'submitting' means unknown.
  const sending = new Set<string>();
  const step = async (name: SubmitStep, poNumber: string) => deps.step?.(name, poNumber);

  async function adopt(record: OrderRecord, status: OrderStatus): Promise<OrderRecord> {
    const from = ['intent', 'submitting', 'unknown'] as const;
    if (status.code === 'REJECTED' || status.code === 'DELETED') {
      const done = await outbox.transition(
        record.poNumber,
        from,
        {
          state: 'rejected',
          result: 'rejected',
          reason: status.reason ?? `${label} reports the order as ${status.code}.`,
        },
        deps.now(),
      );
      return done ?? (await reload(record));
    }
    const done = await outbox.transition(
      record.poNumber,
      from,
      {
        state: 'accepted',
        result: 'accepted',
        orderNumbers: orderNumbersOf(status),
        lineResults: status.lines.map((line) => ({
          lineNumber: line.lineNumber,
          distributorSku: line.distributorSku,
          quantity: line.orderedQty,
          outcome: 'accepted' as const,
          ...(line.orderNumber ? { orderNumber: line.orderNumber } : {}),
          ...(line.eta ? { eta: line.eta } : {}),
          ...(line.warehouse ? { warehouse: line.warehouse } : {}),
        })),
        writeBack: 'pending',
      },
      deps.now(),
    );
    return done ?? (await reload(record));
  }

  async function reload(record: OrderRecord): Promise<OrderRecord> {
    return (await outbox.get(record.poNumber)) ?? record;
  }

  /** Settles an unknown record by a lookup; never sends the order itself. */
  async function reconcile(record: OrderRecord, signal?: AbortSignal): Promise<OrderRecord> {
    const status = await distributor.orderStatus(record.poNumber, signal);
    if (status.code !== 'NOTFOUND') return adopt(record, status);
    const now = deps.now();
    if (record.notFoundAt === undefined) {
      return (
        (await outbox.transition(record.poNumber, ['unknown'], { notFoundAt: now }, now)) ??
        (await reload(record))
      );
    }
    if (now - record.notFoundAt < NOTFOUND_RECHECK_MS) return record;
    // Two NOTFOUNDs NOTFOUND_RECHECK_MS apart: the distributor never received it. Back to intent: the
    // next step looks the number up once more and only then sends.
    const back = await outbox.transition(
      record.poNumber,
      ['unknown'],
      { state: 'intent', notFoundAt: undefined },
      now,
    );
    return back ? send(back, signal) : reload(record);
  }

  async function send(record: OrderRecord, signal?: AbortSignal): Promise<OrderRecord> {
    const { poNumber } = record;
    const existing = await distributor.orderStatus(poNumber, signal);
    await step('looked-up', poNumber);
    if (existing.code !== 'NOTFOUND') return adopt(record, existing);

    const claimed = await outbox.transition(poNumber, ['intent'], { state: 'submitting' }, deps.now());
    if (!claimed) return reload(record); // another tab of this browser claimed it first
    sending.add(poNumber);
    try {
      await step('submitting-committed', poNumber);
      let answer;
      const limit = deadline(signal, distributorId);
      try {
        answer = await distributor.submitOrder(toRequest(claimed), limit.signal);
      } catch (error) {
        // Whatever went wrong, the order may exist now: unknown, settled by a lookup only.
        const unknown = await outbox.transition(
          poNumber,
          ['submitting'],
          { state: 'unknown', lastError: plainErrorData(error) },
          deps.now(),
        );
        await step('unknown-committed', poNumber);
        return unknown ? settle(unknown, signal) : reload(claimed);
      } finally {
        limit.clear();
      }
      await step('response-received', poNumber);
      if (answer.duplicate) {
        // "Duplicate PO": someone used this number; look it up.
        const unknown = await outbox.transition(
          poNumber,
          ['submitting', 'unknown'],
          { state: 'unknown', reason: answer.reason },
          deps.now(),
        );
        await step('unknown-committed', poNumber);
        return unknown ? settle(unknown, signal) : reload(claimed);
      }
      const accepted = answer.result !== 'rejected';
      const done = await outbox.transition(
        poNumber,
        // A definite answer beats an 'unknown' another caller set meanwhile.
        ['submitting', 'unknown'],
        {
          state: accepted ? 'accepted' : 'rejected',
          result: answer.result,
          orderNumbers: answer.orderNumbers,
          lineResults: answer.lines,
          ...(answer.reason ? { reason: answer.reason } : {}),
          ...(accepted ? { writeBack: 'pending' as const } : {}),
          notFoundAt: undefined,
        },
        deps.now(),
      );
      await step('result-committed', poNumber);
      return done ?? reload(claimed);
    } finally {
      sending.delete(poNumber);
    }
  }

  /** A lookup right after a failure: a dropped connection's order is adopted at once. */
  async function settle(record: OrderRecord, signal?: AbortSignal): Promise<OrderRecord> {
    try {
      return await reconcile(record, signal);
    } catch (error) {
      const kept = await outbox.transition(
        record.poNumber,
        ['unknown'],
        { lastError: plainErrorData(error) },
        deps.now(),
      );
      return kept ?? reload(record);
    }
  }

  async function advance(poNumber: string, signal?: AbortSignal): Promise<OrderRecord | undefined> {
    const record = await outbox.get(poNumber);
    if (!record) return undefined;
    switch (record.state) {
      case 'accepted':
      case 'rejected':
        return record;
      case 'intent':
        return send(record, signal);
      case 'submitting': {
        if (sending.has(poNumber)) return record;
        // Found in 'submitting' with nobody sending: the worker stopped mid-submit.
        const unknown = await outbox.transition(poNumber, ['submitting'], { state: 'unknown' }, deps.now());
        return unknown ? settle(unknown, signal) : reload(record);
      }
      case 'unknown':
        return settle(record, signal);
    }
  }

  return {
    async submit(fresh, signal) {
      const { record } = await outbox.addIntent(fresh, deps.now());
      await step('intent-committed', record.poNumber);
      return (await advance(record.poNumber, signal)) ?? record;
    },
    advance,
    async adoptIfOrdered(fresh, signal) {
      const status = await distributor.orderStatus(fresh.poNumber, signal);
      if (status.code === 'NOTFOUND') return undefined;
      const { record } = await outbox.addIntent(fresh, deps.now());
      return record.state === 'intent' ? adopt(record, status) : record;
    },
    isSending: (poNumber) => sending.has(poNumber),
  };
}

function toRequest(record: OrderRecord): OrderRequest {
  return {
    poNumber: record.poNumber,
    shipTo: record.shipTo,
    allowBackorder: record.allowBackorder,
    ...(record.shipMethod ? { shipMethod: record.shipMethod } : {}),
    ...(record.shipFromWarehouse ? { shipFromWarehouse: record.shipFromWarehouse } : {}),
    lines: record.lines.map((line, index) => ({
      lineNumber: index + 1,
      distributorSku: line.sku,
      // The snapshot's unitPrice is what the check saw; it is not sent, so the distributor bills its
      // current price rather than refusing a line over cents.
      quantity: line.quantity,
    })),
  };
}

/**
 * One deadline over the whole submit, on top of the HTTP policy's per-attempt timeout: it also
 * bounds waiting for a concurrency slot. Its abort makes the policy report outcomeUnknown.
 */
function deadline(
  signal: AbortSignal | undefined,
  distributor: string,
): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new AppError({
          kind: 'network',
          service: 'distributor',
          distributor,
          status: 0,
          code: 'timeout',
          message: `${distributorLabel(distributor)} did not answer the order in time.`,
          outcomeUnknown: true,
        }),
      ),
    SUBMIT_DEADLINE_MS,
  );
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}
