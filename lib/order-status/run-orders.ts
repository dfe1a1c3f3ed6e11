// Looks up a list of one distributor's orders one by one and sums up what happened, for the template
// run and for the sidebar's `Refresh status` alike. Each item's detail names the distributor. One order's failure is logged as that order's item and the
// others go on (STYLE.md §9); a stop (abort) ends the loop at once.
import { MAX_ITEM_KEYS_ON_ENTRY } from '../log/activity';
import { plainErrorData } from '../errors/error-data';
import type { NewActivityItem } from '../log/activity';
import type { ActivityResult } from '../db/records';
import type { Candidate } from './candidates';
import { checkOrder } from './check-order';
import type { CheckDeps, CheckOutcome } from './check-order';
import { distributorKey } from './log-keys';

export interface RunSummary {
  result: ActivityResult;
  summary: string;
  items: NewActivityItem[];
  receiptsCreated: number;
  /**
   * The Autotask PO numbers checked, for the entry's own keys: the items are keyed by our PO number
   * (AT684213-1042), the sidebar asks for "PO-1042". Only while few, like item keys on an entry.
   * Always with the distributor's key (log-keys.ts).
   */
  keys: string[];
}

export async function checkOrders(
  candidates: readonly Candidate[],
  deps: CheckDeps,
  signal: AbortSignal,
  afterEach?: (candidate: Candidate, outcome: CheckOutcome | undefined) => Promise<void>,
): Promise<RunSummary> {
  const items: NewActivityItem[] = [];
  const labels = new Set<string>();
  let failed = 0;
  let receiptsCreated = 0;
  for (const candidate of candidates) {
    signal.throwIfAborted();
    let outcome: CheckOutcome | undefined;
    try {
      outcome = await checkOrder(candidate, deps, signal);
      receiptsCreated += outcome.receiptsCreated;
      if (outcome.label) labels.add(outcome.label);
      items.push({
        key: outcome.poNumber,
        outcome: outcome.outcome,
        message: outcome.message,
        detail: {
          poId: outcome.poId,
          distributor: deps.distributorId,
          status: outcome.status ?? null,
          receipts: outcome.receiptsCreated,
        },
      });
    } catch (error) {
      if (signal.aborted) throw error;
      failed += 1;
      items.push({
        key: candidate.poNumber,
        outcome: 'failed',
        error: plainErrorData(error),
        detail: { poId: candidate.poId, distributor: deps.distributorId },
      });
    }
    await afterEach?.(candidate, outcome);
  }
  const updated = items.filter((i) => i.outcome === 'updated').length;
  const parts = [
    `Checked ${candidates.length} order${candidates.length === 1 ? '' : 's'}`,
    `${updated} updated`,
  ];
  if (receiptsCreated) parts.push(`${receiptsCreated} receipt${receiptsCreated === 1 ? '' : 's'} created`);
  if (failed) parts.push(`${failed} failed`);
  return {
    result: failed === 0 ? 'success' : failed === candidates.length ? 'failed' : 'partial',
    summary: parts.join(', '),
    items,
    receiptsCreated,
    keys: [...(labels.size <= MAX_ITEM_KEYS_ON_ENTRY ? labels : []), distributorKey(deps.distributorId)],
  };
}
