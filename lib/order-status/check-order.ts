// One distributor order, looked up and written back (issue 5 §1). Order of work matters: the
// mapped status first (receiving needs a Submitted PO, API.md §4.3), then item ETAs and memos, then
// receipts (which move the PO to Received Partial/Full themselves), and only then the local record:
// a run stopped anywhere before it simply redoes the order, and every write is idempotent (memos
// are rebuilt, PATCHes carry only differences, receipts are reconciled before creating).
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';
import { distributorLabel } from '../distributor/registry';
import { lookUp, productRow, skusOf } from './lookup';
import type { NewActivityEntry } from '../log/activity';
import type { Candidate } from './candidates';
import { isFinished, normaliseStatus } from './normalise';
import { matchLines, shippedFor } from './po-lines';
import { poStatuses } from '../orders/po-statuses';
import { receiveShipped } from './receiving';
import type { OrderStatusSettings } from './settings';
import { memoMarkers } from './memo';
import { lineViews, nextTimeline } from './timeline';
import { loadTracked, lockOrder, saveTracked, unlockOrder } from './tracked';
import type { TrackedOrder } from './tracked';
import { MAPPABLE_STATUSES, STATUS_LABELS } from './view-types';
import type { MappableStatus, NormalisedStatus } from './view-types';
import { itemSchema, poSchema, writeItems, writePurchaseOrder } from './write-back';
import { issueKeeper } from './issues';

export interface CheckDeps {
  client: AutotaskClient;
  /** The registry id of the distributor whose orders these are (the PO's vendor is its vendor company). */
  distributorId: string;
  distributor: DistributorAdapter;
  /** That distributor's Autotask vendor company: its ProductVendors rows give the items' SKUs. */
  vendorId: number;
  settings: OrderStatusSettings;
  /** Lock owner: the run id, or the refresh's own id. */
  owner: string;
  now(): number;
  log(entry: Omit<NewActivityEntry, 'template'>): Promise<number>;
}

export interface CheckOutcome {
  poNumber: string;
  poId: number;
  /** The Autotask PO number (PO-1042), once the PO was read: the key "Activity for PO-1042" looks for. */
  label?: string;
  outcome: 'updated' | 'unchanged' | 'skipped';
  status?: NormalisedStatus;
  message: string;
  receiptsCreated: number;
}

export async function checkOrder(
  candidate: Candidate,
  deps: CheckDeps,
  signal?: AbortSignal,
): Promise<CheckOutcome> {
  const lockKey = `${candidate.tenantId}-${candidate.poId}`;
  if (!(await lockOrder(lockKey, deps.owner, deps.now()))) {
    return {
      poNumber: candidate.poNumber,
      poId: candidate.poId,
      outcome: 'skipped',
      message: 'Another run is checking this purchase order right now.',
      receiptsCreated: 0,
    };
  }
  try {
    return await check(candidate, deps, signal);
  } finally {
    await unlockOrder(lockKey, deps.owner);
  }
}

async function check(candidate: Candidate, deps: CheckDeps, signal?: AbortSignal): Promise<CheckOutcome> {
  const { client, settings, distributorId } = deps;
  const who = distributorLabel(distributorId);
  const markers = memoMarkers(distributorId);
  const base = { poId: candidate.poId, receiptsCreated: 0 };
  const po = await client.get('PurchaseOrders', candidate.poId, poSchema, signal);
  if (!po)
    return {
      ...base,
      poNumber: candidate.poNumber,
      outcome: 'skipped',
      message: `Purchase order ${candidate.poId} was not found in Autotask.`,
    };
  const status = await lookUp(candidate, deps.distributor, signal);
  const poNumber = status.poNumber;
  const now = deps.now();
  const previous = await loadTracked(poNumber);
  const tracked: TrackedOrder = previous ?? {
    poNumber,
    poId: po.id,
    tenantId: candidate.tenantId,
    distributor: distributorId,
    orderNumbers: candidate.orderNumbers,
    status: 'ACCEPTED',
    finished: false,
    checkedAt: now,
    orders: [],
    lines: [],
    issues: [],
  };
  const label = po.purchaseOrderNumber ?? String(po.id);
  const issues = issueKeeper(tracked, { poNumber, label, distributor: distributorId, now, log: deps.log });
  const normalised = normaliseStatus(status);

  if (normalised === 'UNKNOWN' || normalised === 'NOTFOUND') {
    // Nothing reliable to write: keep what Autotask has, say so once.
    await issues.notice(
      normalised.toLowerCase(),
      'unexpected-error',
      normalised === 'UNKNOWN'
        ? `${who} reported status UNKNOWN for ${poNumber} (PO ${label}); nothing was changed.`
        : `${who} has no order ${poNumber} (PO ${label}); nothing was changed.`,
      'distributor',
    );
    await saveTracked({
      ...tracked,
      distributor: distributorId,
      purchaseOrderNumber: label,
      checkedAt: now,
      issues: issues.list(),
    });
    return {
      ...base,
      poNumber,
      label,
      outcome: 'unchanged',
      status: normalised,
      message: `${STATUS_LABELS[normalised]}: nothing changed.`,
    };
  }
  issues.clear('unknown');
  issues.clear('notfound');

  const statuses = await poStatuses(client, signal);
  const choice = (MAPPABLE_STATUSES as readonly string[]).includes(normalised)
    ? settings.mapping[normalised as MappableStatus]
    : undefined;
  const poWrite = await writePurchaseOrder(
    client,
    po,
    status,
    normalised,
    choice,
    tracked.appliedStatus !== normalised,
    statuses,
    markers,
    signal,
  );
  if (normalised === 'PARTIALLY_SHIPPED' && choice === undefined) {
    await issues.notice(
      'mapping:PARTIALLY_SHIPPED',
      'partial-shipments-not-updating',
      `PO ${label} is partially shipped, but the status mapping has no row for "Partially shipped": the purchase order status was not changed.`,
      'extension',
      'status-mapping-missing',
    );
  }

  const items = await client.queryIn('PurchaseOrderItems', 'orderID', [po.id], itemSchema, undefined, signal);
  const productIds = [
    ...new Set(items.map((i) => i.productID).filter((id): id is number => typeof id === 'number')),
  ];
  const skuByProduct = candidate.skuByItem
    ? undefined
    : await skusOf(client, productIds, deps.vendorId, signal);
  const { matched } = matchLines(
    items,
    (item) =>
      candidate.skuByItem?.get(item.id) ?? (item.productID ? skuByProduct?.get(item.productID) : undefined),
    status.lines,
  );
  const itemWrites = statuses.itemsEditable(poWrite.statusId)
    ? await writeItems(client, po, matched, markers, signal)
    : 0;

  let receiptsCreated = 0;
  let receivingPending = false;
  const shipped = matched.map((m) => ({ m, ...shippedFor(m.item, m.lines) })).filter((s) => s.shipped > 0);
  if (settings.receiving === 'when-shipped' && shipped.length > 0) {
    if (!statuses.receivable(poWrite.statusId)) {
      receivingPending = true;
      await issues.notice(
        'receiving-blocked',
        'autotask-rule-violation',
        `PO ${label} is ${statuses.labelOf(poWrite.statusId) ?? 'not submitted'}: Autotask receives items only once a purchase order is Submitted, so the shipped items were not received.`,
        'autotask',
      );
    } else {
      issues.clear('receiving-blocked');
      const serialized = new Set(
        (productIds.length
          ? await client.queryIn(
              'Products',
              'id',
              productIds,
              productRow,
              { includeFields: ['id', 'isSerialized'] },
              signal,
            )
          : []
        )
          .filter((p) => p.isSerialized === true)
          .map((p) => p.id),
      );
      const result = await receiveShipped(
        client,
        distributorId,
        shipped.map(({ m, shipped: qty, serials }) => ({
          itemId: m.item.id,
          ordered: m.item.quantity,
          shipped: qty,
          serials,
          serialized: m.item.productID != null && serialized.has(m.item.productID),
        })),
        signal,
      );
      receiptsCreated = result.created;
      for (const skip of result.skipped)
        await issues.notice(
          `receiving-skipped:${skip.itemId}`,
          'autotask-rule-violation',
          `PO ${label}: ${skip.reason}`,
          'extension',
        );
    }
  }

  if (status.code === 'HOLD') {
    await issues.notice(
      'hold',
      'order-on-hold',
      `${who} put ${poNumber} (PO ${label}) on hold${status.reason ? `: ${status.reason}` : '.'}`,
      'distributor',
      'order-on-hold',
    );
  } else issues.clear('hold');
  for (const line of status.lines.filter((l) => l.code === 'REJECTED')) {
    await issues.notice(
      `rejected-line:${line.lineNumber}`,
      'order-rejected',
      `${who} rejected line ${line.lineNumber} (SKU ${line.distributorSku}) of ${poNumber} (PO ${label})${line.reason ? `: ${line.reason}` : '.'}`,
      'distributor',
      'order-rejected',
    );
  }

  const orderNumbers = [
    ...new Set([
      ...tracked.orderNumbers,
      ...status.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : [])),
    ]),
  ];
  await saveTracked({
    ...tracked,
    poNumber,
    distributor: distributorId,
    purchaseOrderNumber: label,
    orderNumbers,
    status: normalised,
    finished: isFinished(normalised) && !receivingPending,
    checkedAt: now,
    orders: nextTimeline(tracked.orders, status, now),
    lines: lineViews(status),
    appliedStatus: normalised,
    issues: issues.list(),
  });
  const writes = Number(poWrite.wrote) + itemWrites;
  const parts = [STATUS_LABELS[normalised]];
  if (poWrite.statusSet) parts.push(`PO status set to ${statuses.labelOf(poWrite.statusId)}`);
  if (itemWrites) parts.push(`${itemWrites} item${itemWrites === 1 ? '' : 's'} updated`);
  if (receiptsCreated) parts.push(`${receiptsCreated} receipt${receiptsCreated === 1 ? '' : 's'} created`);
  return {
    poNumber,
    poId: po.id,
    label,
    status: normalised,
    receiptsCreated,
    outcome: writes + receiptsCreated > 0 ? 'updated' : 'unchanged',
    message: parts.join('; '),
  };
}
