// Issue 5 §1: header codes map directly; partially shipped and backordered come from the lines.
import { describe, expect, it } from 'vitest';
import type { OrderStatus, OrderStatusLine } from '../../../lib/distributor/adapter';
import { isFinished, normaliseStatus, salesOrders } from '../../../lib/order-status/normalise';

const line = (over: Partial<OrderStatusLine>): OrderStatusLine => ({
  lineNumber: 1,
  code: 'ACCEPTED',
  orderNumber: '40981234',
  distributorSku: '5432101',
  orderedQty: 2,
  shippedQty: 0,
  packages: [],
  ...over,
});
const status = (code: OrderStatus['code'], lines: OrderStatusLine[]): OrderStatus => ({
  poNumber: 'AT1-2',
  code,
  lines,
});

describe('normalising a TD SYNNEX status', () => {
  it.each([
    ['ACCEPTED', [line({})], 'ACCEPTED'],
    ['HOLD', [line({ code: 'HOLD' })], 'HOLD'],
    ['DELETED', [line({ code: 'DELETED' })], 'DELETED'],
    ['REJECTED', [], 'REJECTED'],
    ['NOTFOUND', [], 'NOTFOUND'],
    ['UNKNOWN', [line({})], 'UNKNOWN'],
    ['SHIPPED', [line({ code: 'SHIPPED', shippedQty: 1 })], 'PARTIALLY_SHIPPED'],
    ['SHIPPED', [line({ code: 'SHIPPED', shippedQty: 2 })], 'SHIPPED'],
    [
      'SHIPPED',
      [line({ code: 'SHIPPED', shippedQty: 2 }), line({ lineNumber: 2, code: 'BACKORDERED' })],
      'PARTIALLY_SHIPPED',
    ],
    ['ACCEPTED', [line({}), line({ lineNumber: 2, code: 'BACKORDERED' })], 'BACKORDERED'],
    ['INVOICED', [line({ code: 'INVOICED', shippedQty: 2 })], 'INVOICED'],
    ['ACCEPTED', [line({ code: 'REJECTED' })], 'REJECTED'],
    // A rejected line does not keep the rest of the order from counting as shipped.
    [
      'SHIPPED',
      [line({ code: 'SHIPPED', shippedQty: 2 }), line({ lineNumber: 2, code: 'REJECTED' })],
      'SHIPPED',
    ],
  ] as const)('%s with lines %j is %s', (code, lines, expected) => {
    expect(normaliseStatus(status(code, [...lines]))).toBe(expected);
  });

  it('is finished only when invoiced, rejected or deleted', () => {
    expect(
      ['INVOICED', 'REJECTED', 'DELETED', 'SHIPPED', 'PARTIALLY_SHIPPED'].map((s) => isFinished(s as never)),
    ).toEqual([true, true, true, false, false]);
  });

  it('gives each sales order its own step, e.g. "Shipped 2 of 3"', () => {
    const answer = status('SHIPPED', [
      line({ code: 'SHIPPED', orderedQty: 2, shippedQty: 1 }),
      line({ lineNumber: 2, code: 'SHIPPED', orderedQty: 1, shippedQty: 1 }),
      line({ lineNumber: 3, orderNumber: '40981235', code: 'ACCEPTED', orderedQty: 1 }),
    ]);
    expect(salesOrders(answer)).toEqual([
      { orderNumber: '40981234', status: 'PARTIALLY_SHIPPED', label: 'Shipped 2 of 3' },
      { orderNumber: '40981235', status: 'ACCEPTED', label: 'Accepted' },
    ]);
  });
});
