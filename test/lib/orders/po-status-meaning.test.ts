// Issue 10 §1: a new install is offered a status mapping read from the names of the tenant's PO
// statuses — by meaning, any casing or punctuation, never by numeric id (ids vary per tenant).
import { describe, expect, it } from 'vitest';
import { meaningOf, proposeMapping } from '../../../lib/orders/po-status-meaning';

describe('meaningOf', () => {
  it.each([
    ['New', 'new'],
    ['NEW', 'new'],
    ['Submitted', 'submitted'],
    ['submitted to vendor', 'submitted'],
    ['Received Partial', 'partially-received'],
    ['Partially Received', 'partially-received'],
    ['RECEIVED - PARTIAL', 'partially-received'],
    ['received_partially', 'partially-received'],
    ['Received Full', 'received'],
    ['Received', 'received'],
    ['Fully received', 'received'],
    ['Cancel', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Awaiting approval', undefined],
    ['Newly arrived?', undefined],
  ] as const)('%s → %s', (label, meaning) => {
    expect(meaningOf(label)).toBe(meaning);
  });
});

describe('proposeMapping', () => {
  it('maps shipments to the statuses that mean received, whatever their ids and casing', () => {
    const proposal = proposeMapping([
      { id: 907, label: 'new' },
      { id: 31, label: 'SUBMITTED' },
      { id: 5, label: 'Fully Received' },
      { id: 44, label: 'Partially received' },
      { id: 2, label: 'Cancelled' },
    ]);
    expect(proposal).toEqual({
      ACCEPTED: { kind: 'status', statusId: 31 },
      HOLD: { kind: 'note' },
      BACKORDERED: { kind: 'note' },
      PARTIALLY_SHIPPED: { kind: 'status', statusId: 44 },
      SHIPPED: { kind: 'status', statusId: 5 },
      INVOICED: { kind: 'status', statusId: 5 },
      REJECTED: { kind: 'note' },
      DELETED: { kind: 'note' },
    });
  });

  it('never leaves partial shipments unmapped: a note when no status means partially received', () => {
    const proposal = proposeMapping([
      { id: 1, label: 'Open' },
      { id: 2, label: 'Closed' },
    ]);
    expect(proposal.PARTIALLY_SHIPPED).toEqual({ kind: 'note' });
    expect(proposal.ACCEPTED).toEqual({ kind: 'none' });
    expect(Object.values(proposal).some((c) => c.kind === 'status')).toBe(false);
  });

  it('never proposes cancelling a purchase order', () => {
    const proposal = proposeMapping([
      { id: 1, label: 'Cancel' },
      { id: 2, label: 'Submitted' },
    ]);
    expect(Object.values(proposal)).not.toContainEqual({ kind: 'status', statusId: 1 });
  });
});
