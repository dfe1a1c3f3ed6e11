// The activity-log entries of checks and submissions (issue 3 §4: per-line details and search
// keys — the Autotask PO number, the distributor PO number, order numbers and SKUs).
import { appendEntry } from '../log/activity';
import type { NewActivityItem } from '../log/activity';
import { MANUAL_TEMPLATE } from '../log/records';
import type { OrderRecord } from './outbox';
import { submissionView } from './submission-view';
import type { OrderCheckView } from './views';

export async function logCheck(poNumber: string, result: OrderCheckView): Promise<void> {
  await appendEntry(
    {
      template: MANUAL_TEMPLATE,
      operation: 'order-check',
      result: result.blocking.length
        ? 'failed'
        : result.lines.some((l) => l.badge !== 'ok')
          ? 'partial'
          : 'success',
      summary: `Checked ${poNumber}: ${result.lines.length} line(s), ${result.blocking.length} blocking problem(s).`,
      keys: [poNumber],
      ...(result.blocking[0]?.hintId ? { hintId: result.blocking[0].hintId } : {}),
    },
    result.lines.map((line) => ({
      key: line.sku || `item ${line.itemId}`,
      outcome: line.badge,
      ...(line.message ? { message: line.message } : {}),
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
