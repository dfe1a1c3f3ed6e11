// Rows as the engine writes them (lib/log/activity.ts, lib/orders/outbox.ts), with every field set
// so a column that loses or reshapes a value shows up in a round trip.
import type { OutboxRecord } from '../../../../lib/db/records';
import type { NewEntry, NewItem } from '../../../../runner/store/types';

export const T0 = Date.UTC(2025, 0, 15, 12);
export const HOUR = 3_600_000;

export function entry(overrides: Partial<NewEntry> = {}): NewEntry {
  return {
    at: T0,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: 'Updated 2 products',
    keys: [],
    ...overrides,
  };
}

export function item(key: string, overrides: Partial<NewItem> = {}): NewItem {
  return { key, label: key.toUpperCase(), outcome: 'updated', ...overrides };
}

export const richEntry: NewEntry = entry({
  result: 'partial',
  distributor: 'tdsynnex',
  error: {
    kind: 'throttled',
    service: 'distributor',
    message: 'Rate limited',
    status: 429,
    apiErrors: ['slow down'],
  },
  hintId: 'rate-limited',
  keys: ['po-1001', 'at12-1001'],
  counts: { updated: 1, failed: 1 },
  durationMs: 12_345,
});

export const richItems: NewItem[] = [
  item('sku-1', { detail: { cost: 12.34, price: 20, active: true, note: null }, message: 'Price changed' }),
  item('sku-2', {
    outcome: 'failed',
    error: { kind: 'validation', service: 'autotask', message: 'Bad', status: 500 },
    hintId: 'bad-request',
  }),
];

export function intent(poNumber: string, overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    poNumber,
    poId: 1001,
    tenantId: 29_683_467,
    distributor: 'tdsynnex',
    state: 'intent',
    createdAt: T0,
    updatedAt: T0,
    lines: [{ itemId: 7, sku: 'ABC-1', quantity: 2, unitPrice: 10.5 }],
    ...overrides,
  };
}

/** lib/orders/outbox.ts's OrderRecord: fields beyond OutboxRecord that must survive too. */
export const orderFields = {
  attempt: 1,
  shipTo: { name: 'Contoso', address: { line1: '1 Main St', postalCode: '12345' } },
  allowBackorder: false,
  origin: 'create-orders',
};
