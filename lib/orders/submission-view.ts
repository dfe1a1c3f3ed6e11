// The outbox record as people see it (sidebar, review window, popup): plain data, one sentence.
import { distributorLabel } from '../distributor/registry';
import type { OrderRecord } from './outbox';
import { distributorRef, recordDistributor } from './route';
import type { SubmissionView } from './views';

export function submissionView(record: OrderRecord): SubmissionView {
  const numbers = record.orderNumbers ?? [];
  const partial = record.result === 'partial';
  return {
    poId: record.poId,
    distributor: distributorRef(recordDistributor(record)),
    distributorPoNumber: record.poNumber,
    attempt: record.attempt ?? 1,
    state: record.state,
    orderNumbers: numbers,
    ...(record.result ? { result: record.result } : {}),
    ...(record.writeBack ? { writeBack: record.writeBack } : {}),
    linesChanged: record.linesChanged === true,
    message: messageFor(record),
    ...(hintFor(record) ? { hintId: hintFor(record) } : {}),
    lines: record.lines.map((line, index) => {
      const result = record.lineResults?.find((r) => r.lineNumber === index + 1);
      return {
        sku: line.sku,
        quantity: line.quantity,
        ...(result?.outcome ? { outcome: result.outcome } : {}),
        ...(result?.orderNumber ? { orderNumber: result.orderNumber } : {}),
        ...(result?.eta ? { eta: result.eta } : {}),
        ...(result?.reason ? { reason: result.reason } : {}),
        ...(result?.warehouse ? { warehouse: result.warehouse } : {}),
      };
    }),
    canResubmit: record.state === 'rejected' || (record.state === 'accepted' && partial),
  };
}

function messageFor(record: OrderRecord): string {
  const numbers = (record.orderNumbers ?? []).join(', ');
  const label = distributorLabel(recordDistributor(record));
  switch (record.state) {
    case 'accepted':
      return record.result === 'partial'
        ? `${label} order ${numbers} (some lines were rejected)`
        : `${label} order ${numbers}`;
    case 'rejected':
      return `${label} rejected ${record.poNumber}${record.reason ? `: ${record.reason}` : '.'}`;
    case 'unknown':
      return record.notFoundAt !== undefined
        ? `${label} has no order ${record.poNumber} yet; it is looked up again before anything is resent.`
        : `The outcome of ${record.poNumber} is not known yet; it is settled by looking the order up at ${label}.`;
    case 'submitting':
      return `Submitting ${record.poNumber} to ${label}…`;
    case 'intent':
      return `Ready to submit ${record.poNumber}.`;
  }
}

function hintFor(record: OrderRecord): string | undefined {
  if (record.state === 'unknown') return 'order-outcome-unknown';
  if (record.state === 'rejected' || record.result === 'partial') return 'order-rejected';
  return undefined;
}
