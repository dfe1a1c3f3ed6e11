// The tenant's PurchaseOrders.status picklist, read from entityInformation/fields (ids differ per
// tenant, API.md §6.9) and classified by the meaning of its labels (po-status-meaning.ts) for the PO
// state machine (API.md §4.3–§4.5, §6.11).
import type { AutotaskClient } from '../autotask/types';
import { meaningOf } from './po-status-meaning';
import type { PicklistStatus, PoStatusMeaning } from './po-status-meaning';

export interface PoStatuses {
  labelOf(id: number): string | undefined;
  /** What a mapping may set: the tenant's active values (issue 10 §1 proposes the received ones). */
  options: PicklistStatus[];
  /** Receiving records may be created (API.md §4.5: Submitted or Received Partial; Full still allowed). */
  receivable(id: number): boolean;
  /** Item ETA and memo may be written (API.md §4.4: New, Submitted or Received Partial). */
  itemsEditable(id: number): boolean;
  /**
   * A mapped status may replace this one: never on a fully received or cancelled PO (§6.11); a
   * partially received one may still move on to received in full.
   */
  statusSettable(id: number): boolean;
}

export async function poStatuses(client: AutotaskClient, signal?: AbortSignal): Promise<PoStatuses> {
  const fields = await client.fields('PurchaseOrders', signal);
  const values = fields.find((f) => f.name.toLowerCase() === 'status')?.picklistValues ?? [];
  const labels = new Map(values.map((v) => [Number(v.value), v.label]));
  const is = (id: number, ...meanings: PoStatusMeaning[]) => {
    const meaning = meaningOf(labels.get(id) ?? '');
    return meaning !== undefined && meanings.includes(meaning);
  };
  return {
    labelOf: (id) => labels.get(id),
    options: values.filter((v) => v.isActive).map((v) => ({ id: Number(v.value), label: v.label })),
    receivable: (id) => is(id, 'submitted', 'partially-received', 'received'),
    itemsEditable: (id) => is(id, 'new', 'submitted', 'partially-received'),
    statusSettable: (id) => !is(id, 'received', 'cancelled'),
  };
}
