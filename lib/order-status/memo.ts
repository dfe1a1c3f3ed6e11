// Ship dates, carriers, tracking numbers and shipped quantities in the Autotask memo fields
// (issue 5 §1): the PO's generalMemo and each item's memo. The text lives between two marker lines
// and is rebuilt from the latest status on every run, so it reads well and never duplicates;
// whatever the user wrote outside the markers stays. Nothing time-of-run goes in, so an unchanged
// status gives an unchanged memo and no PATCH (patchFor).
import type { OrderStatus, OrderStatusLine } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { carrierFor } from './carriers';
import { salesOrders } from './normalise';
import { STATUS_LABELS } from './view-types';
import type { NormalisedStatus } from './view-types';

/** Field lengths from the swagger (entityInformation/fields): generalMemo 8000, item memo 4000. */
export const GENERAL_MEMO_MAX = 8000;
export const ITEM_MEMO_MAX = 4000;

export interface MemoMarkers {
  begin: string;
  end: string;
}

/**
 * The marker lines of the PO's distributor (registry id), named by its label so a reader of the memo
 * knows where the text comes from. The label is part of the marker: it must stay what earlier
 * versions wrote, or a memo would gain a second block.
 */
export function memoMarkers(distributor: string): MemoMarkers {
  const label = distributorLabel(distributor);
  return { begin: `--- ${label} (kept up to date by Autotask Bridge) ---`, end: `--- end ${label} ---` };
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : undefined);

function carrierText(line: OrderStatusLine, trackingNumber: string): string {
  const carrier = carrierFor(line.shipMethod, trackingNumber);
  const method = line.shipMethod ? ` (${line.shipMethod})` : '';
  return carrier
    ? `${carrier.name}${method}`
    : line.shipMethod
      ? `ship method ${line.shipMethod}`
      : 'carrier unknown';
}

/** The lines of one status line's shipments: one per package, with its serials. */
function packageLines(line: OrderStatusLine, indent = ''): string[] {
  return line.packages.map((pkg) => {
    const serials = pkg.serialNumbers.length ? `; serials ${pkg.serialNumbers.join(', ')}` : '';
    const shipped = day(line.shipDate) ? `shipped ${day(line.shipDate)} ` : '';
    return `${indent}${shipped}via ${carrierText(line, pkg.trackingNumber)}: tracking ${pkg.trackingNumber}, qty ${pkg.quantity}${serials}`;
  });
}

function lineSummary(line: OrderStatusLine): string {
  const order = line.orderNumber ? `Order ${line.orderNumber}` : `Line ${line.lineNumber}`;
  const eta = line.eta ? ` · ETA ${day(line.eta)}` : '';
  const reason = line.reason && line.code !== 'SHIPPED' ? ` · ${line.reason}` : '';
  return `${order} · ${line.code.toLowerCase()} · shipped ${line.shippedQty} of ${line.orderedQty}${eta}${reason}`;
}

/** The managed text of one PO item, from the status lines matched to it. */
export function itemMemoBlock(lines: readonly OrderStatusLine[]): string[] {
  return lines.flatMap((line) => [lineSummary(line), ...packageLines(line, '  ')]);
}

/** The managed text of the PO. `withStatus` adds the status line ("note only" or a mapped status). */
export function purchaseOrderMemoBlock(
  status: OrderStatus,
  normalised: NormalisedStatus,
  withStatus: boolean,
): string[] {
  const out: string[] = [];
  if (withStatus) out.push(`Distributor PO ${status.poNumber}: ${STATUS_LABELS[normalised]}`);
  for (const order of salesOrders(status)) {
    const lines = status.lines.filter((line) => line.orderNumber === order.orderNumber);
    const etas = [...new Set(lines.map((line) => day(line.eta)).filter(Boolean))].sort();
    out.push(`Order ${order.orderNumber}: ${order.label}${etas.length ? ` · ETA ${etas.join(', ')}` : ''}`);
    for (const line of lines) {
      for (const text of packageLines(line)) out.push(`  SKU ${line.distributorSku} ${text}`);
    }
  }
  for (const line of status.lines.filter((l) => l.code === 'REJECTED')) {
    out.push(
      `Line ${line.lineNumber} (SKU ${line.distributorSku}) rejected${line.reason ? `: ${line.reason}` : ''}`,
    );
  }
  return out;
}

/** `text` with the managed block replaced by `block` (or appended), within `max` characters. */
export function withMemoBlock(
  text: string | null | undefined,
  block: readonly string[],
  max: number,
  markers: MemoMarkers,
): string {
  const current = text ?? '';
  const start = current.indexOf(markers.begin);
  const end = start >= 0 ? current.indexOf(markers.end, start) : -1;
  const outside =
    start >= 0 && end >= 0
      ? `${current.slice(0, start)}${current.slice(end + markers.end.length)}`
          .replace(/\n{3,}/g, '\n\n')
          .trimEnd()
      : current.trimEnd();
  if (block.length === 0) return outside;
  const prefix = outside ? `${outside}\n\n` : '';
  const room = max - prefix.length - markers.begin.length - markers.end.length - 2;
  let body = block.join('\n');
  // Too long for the field: keep the newest information at the top and say that some was cut.
  if (body.length > room) body = `${body.slice(0, Math.max(0, room - 2))}\n…`;
  return `${prefix}${markers.begin}\n${body}\n${markers.end}`;
}
