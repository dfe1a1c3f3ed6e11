// The tenant's PurchaseOrders.status picklist, read from entityInformation/fields (ids differ per
// tenant, API.md §6.9) and classified by label for the PO state machine (API.md §4.3–§4.5, §6.11).
import type { AutotaskClient } from '../autotask/types';

const RECEIVED = /^received/i;
const CANCELLED = /^cancel/i;
const SUBMITTED = /^submitted$/i;
const NEW = /^new$/i;

export interface PoStatuses {
  labelOf(id: number): string | undefined;
  /** What a mapping may set: active values except the received ones, which receiving moves. */
  options: { id: number; label: string }[];
  /** Receiving records may be created (API.md §4.5: Submitted or Received Partial; Full still allowed). */
  receivable(id: number): boolean;
  /** Item ETA and memo may be written (API.md §4.4: New, Submitted or Received Partial). */
  itemsEditable(id: number): boolean;
  /** A mapped status may replace this one: never a received or cancelled PO (§6.11). */
  statusSettable(id: number): boolean;
}

export async function poStatuses(client: AutotaskClient, signal?: AbortSignal): Promise<PoStatuses> {
  const fields = await client.fields('PurchaseOrders', signal);
  const values = fields.find((f) => f.name.toLowerCase() === 'status')?.picklistValues ?? [];
  const labels = new Map(values.map((v) => [Number(v.value), v.label]));
  const is = (id: number, re: RegExp) => re.test(labels.get(id) ?? '');
  return {
    labelOf: (id) => labels.get(id),
    options: values
      .filter((v) => v.isActive && !RECEIVED.test(v.label))
      .map((v) => ({ id: Number(v.value), label: v.label })),
    receivable: (id) => is(id, SUBMITTED) || is(id, RECEIVED),
    itemsEditable: (id) =>
      is(id, NEW) || is(id, SUBMITTED) || /^received partial$/i.test(labels.get(id) ?? ''),
    statusSettable: (id) => !is(id, RECEIVED) && !is(id, CANCELLED),
  };
}
