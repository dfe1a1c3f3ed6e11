// Issue 11 §1: writes other than an order are accepted only from confirm.html, top-level, for the
// very product or PO it shows.
import { describe, expect, it } from 'vitest';
import { assertFromConfirmWindow, confirmQuery, parseConfirmQuery } from '../../../lib/confirm/window';
import type { ConfirmTarget } from '../../../lib/confirm/window';
import { confirmWindow, notConfirmWindow } from './confirm-sender';

const product: ConfirmTarget = { action: 'product-sync', productId: 72 };
const status: ConfirmTarget = { action: 'status-refresh', poId: 1042 };

describe('the confirmation window’s address', () => {
  it.each([product, status])('round-trips %o', (target) => {
    expect(parseConfirmQuery(`?${confirmQuery(target)}`)).toEqual(target);
  });

  it.each([
    '',
    '?action=product-sync',
    '?action=product-sync&productId=0',
    '?action=product-sync&productId=-3',
    '?action=product-sync&productId=7.5',
    '?action=product-sync&productId=1e3',
    '?action=status-refresh&productId=72',
    '?action=orders.submit&poId=1042',
  ])('refuses %j', (search) => {
    expect(parseConfirmQuery(search)).toBeUndefined();
  });
});

describe('assertFromConfirmWindow', () => {
  it('accepts confirm.html in a top-level frame showing the same target', () => {
    expect(() => assertFromConfirmWindow(confirmWindow(product), product)).not.toThrow();
    expect(() => assertFromConfirmWindow(confirmWindow(status), status)).not.toThrow();
  });

  it.each(Object.entries(notConfirmWindow))('refuses the %s', (_, sender) => {
    expect(() => assertFromConfirmWindow(sender, product)).toThrow(
      expect.objectContaining({ kind: 'permission', code: 'sender-not-allowed' }),
    );
  });

  it('refuses a framed confirm.html and one showing another product or PO', () => {
    expect(() => assertFromConfirmWindow(confirmWindow(product, 3), product)).toThrow();
    expect(() => assertFromConfirmWindow(confirmWindow({ ...product, productId: 73 }), product)).toThrow();
    expect(() => assertFromConfirmWindow(confirmWindow(product), status)).toThrow();
    expect(() => assertFromConfirmWindow({ ...confirmWindow(product), kind: 'sidebar' }, product)).toThrow();
  });
});
