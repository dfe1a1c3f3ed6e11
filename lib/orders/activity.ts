// The activity-log entries of checks and submissions (issue 3 §4: per-line details and search
// keys — the Autotask PO number, the distributor PO number, order numbers and SKUs).
import { appendEntry } from '../log/activity';
import type { NewActivityItem } from '../log/activity';
import { MANUAL_TEMPLATE } from '../db/records';
import type { OrderRecord } from './outbox';
import { submissionView } from './submission-view';
import type { OrderCheckView } from './views';

export interface CheckLogOptions {
  /** A person clicked `Check again` (or the like); automatic checks on opening a page are never logged. */
  clicked?: boolean;
}

/**
 * States of the PO, not failures (issue 10 §2): an ordered, in-flight, cancelled or received PO is
 * not a problem a check found, whatever else the check says.
 */
const STATE_CODES = new Set(['already-ordered', 'in-progress', 'po-closed']);

/** The log result a clicked check is written with, or undefined when it found no problem to log. */
export function checkLogResult(result: OrderCheckView): 'failed' | 'partial' | undefined {
  if (result.blocking.some((p) => STATE_CODES.has(p.code))) return undefined;
  if (result.blocking.length) return 'failed';
  return result.lines.some((l) => l.badge !== 'ok') ? 'partial' : undefined;
}

/** A check is logged only when a person asked for it and it found a problem (issue 10 §2). */
export async function logCheck(
  poNumber: string,
  result: OrderCheckView,
  options: CheckLogOptions = {},
): Promise<void> {
  const logged = options.clicked ? checkLogResult(result) : undefined;
  if (!logged) return;
  const problems = result.lines.filter((l) => l.badge !== 'ok');
  const hintId = result.blocking.find((p) => p.hintId)?.hintId ?? problems.find((l) => l.hintId)?.hintId;
  const summary = result.blocking.length
    ? `Checked ${poNumber}: cannot submit yet — ${result.blocking.map((p) => p.message).join(' ')}`
    : `Checked ${poNumber}: ${problems.length} of ${result.lines.length} ${result.lines.length === 1 ? 'line needs' : 'lines need'} attention.`;
  await appendEntry(
    {
      template: MANUAL_TEMPLATE,
      operation: 'order-check',
      result: logged,
      summary,
      keys: [poNumber],
      ...(hintId ? { hintId } : {}),
    },
    result.lines.map((line) => ({
      key: line.sku || `item ${line.itemId}`,
      outcome: line.badge,
      message: line.message ?? 'Price and stock confirmed.',
      ...(line.hintId ? { hintId: line.hintId } : {}),
      detail: {
        quantity: line.quantity,
        available: line.totalAvailable,
        price: line.distributorPrice ?? null,
        unitCost: line.unitCost ?? null,
      },
    })),
  );
}

export async function logSubmission(record: OrderRecord, autotaskNumber: string): Promise<void> {
  const view = submissionView(record);
  const items: NewActivityItem[] = record.lines.map((line, index) => {
    const result = record.lineResults?.find((r) => r.lineNumber === index + 1);
    return {
      key: line.sku,
      outcome: result?.outcome ?? record.state,
      ...(result?.reason ? { message: result.reason } : {}),
      detail: {
        quantity: line.quantity,
        orderNumber: result?.orderNumber ?? null,
        eta: result?.eta ?? null,
      },
    };
  });
  await appendEntry(
    {
      template: record.origin === 'create-orders' ? 'create-orders' : MANUAL_TEMPLATE,
      operation: 'order-submission',
      result: record.state === 'accepted' ? (record.result === 'partial' ? 'partial' : 'success') : 'failed',
      summary: `${autotaskNumber} → ${record.poNumber}: ${view.message}`,
      keys: [autotaskNumber, record.poNumber, ...(record.orderNumbers ?? [])],
      ...(view.hintId ? { hintId: view.hintId } : {}),
      ...(record.lastError && record.state !== 'accepted' ? { error: record.lastError } : {}),
    },
    items,
  );
}
