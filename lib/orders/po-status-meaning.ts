// What a label of the tenant's PurchaseOrders.status picklist means. Labels and ids vary per tenant
// (API.md §4.3, §6.9: "New, Submitted, Received Partial, Received Full, Cancel(led)", commonly but
// not always ids 1–5), so the meaning is read from the words, case- and punctuation-insensitively:
// "Received Partial", "Partially received", "RECEIVED - PARTIAL" all mean a partial receipt.
import type { MappableStatus, MappingChoice } from '../order-status/view-types';

export type PoStatusMeaning = 'new' | 'submitted' | 'partially-received' | 'received' | 'cancelled';

const words = (label: string) =>
  ` ${label
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;

export function meaningOf(label: string): PoStatusMeaning | undefined {
  const w = words(label);
  if (/ cancel/.test(w)) return 'cancelled';
  if (/ (receiv|rcv|rec d )/.test(w)) return /partial| part /.test(w) ? 'partially-received' : 'received';
  if (/ submit/.test(w)) return 'submitted';
  if (w === ' new ') return 'new';
  return undefined;
}

export interface PicklistStatus {
  id: number;
  label: string;
}

/**
 * The mapping a new install is offered (issue 10 §1), for the user to confirm: shipped goods move the
 * PO to the status whose name means received (partially or in full), everything a person should look
 * at gets a note in the PO memo. Nothing is proposed that cancels a PO on its own.
 */
export function proposeMapping(
  statuses: readonly PicklistStatus[],
): Partial<Record<MappableStatus, MappingChoice>> {
  const first = (meaning: PoStatusMeaning): MappingChoice => {
    const found = statuses.find((s) => meaningOf(s.label) === meaning);
    return found ? { kind: 'status', statusId: found.id } : { kind: 'note' };
  };
  const submitted = first('submitted');
  return {
    ACCEPTED: submitted.kind === 'status' ? submitted : { kind: 'none' },
    HOLD: { kind: 'note' },
    BACKORDERED: { kind: 'note' },
    PARTIALLY_SHIPPED: first('partially-received'),
    SHIPPED: first('received'),
    INVOICED: first('received'),
    REJECTED: { kind: 'note' },
    DELETED: { kind: 'note' },
  };
}
