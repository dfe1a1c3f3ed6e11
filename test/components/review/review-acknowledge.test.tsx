// Issue 10 §5: discontinued and out-of-stock lines need an explicit acknowledgement before Confirm,
// or block the order when backorders are not allowed; "Allow backorders" starts from Create Orders'
// backorder setting.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderCheckView } from '../../../lib/orders/views';
import { CHECK } from './fixtures';
import { armConfirm, focusedWindow, renderReview, restoreWindow } from './review-harness';

beforeEach(focusedWindow);
afterEach(restoreWindow);

const confirmButton = () => screen.getByRole('button', { name: 'Confirm order' }) as HTMLButtonElement;

/** Line 2 (5432102, qty 1) out of stock; line 1 discontinued when asked. */
function checkWith(
  options: { discontinued?: boolean; backorderPolicy?: 'allow' | 'reject' } = {},
): OrderCheckView {
  const [first, second] = CHECK.lines;
  return {
    ...CHECK,
    ...(options.backorderPolicy ? { backorderPolicy: options.backorderPolicy } : {}),
    lines: [
      options.discontinued
        ? { ...first!, badge: 'discontinued', totalAvailable: 0, warehouses: [], backorderQty: 2 }
        : first!,
      { ...second!, badge: 'out-of-stock', totalAvailable: 0, warehouses: [], backorderQty: 1 },
    ],
  };
}

describe('risky lines in the review window', () => {
  it('an out-of-stock line must be acknowledged before Confirm', async () => {
    const { user, sent } = renderReview(
      { poId: 1042, resubmit: false },
      { 'order.check': () => checkWith() },
    );
    const ack = (await screen.findByRole('checkbox', { name: 'Backorder 1 of 5432102' })) as HTMLInputElement;
    expect(screen.getByText('SKU 5432102: out of stock, all 1 would be backordered.')).toBeTruthy();
    await armConfirm();
    expect(confirmButton().disabled).toBe(true);
    expect(screen.getByText('Tick the acknowledgement of the marked line first.')).toBeTruthy();
    await user.click(ack);
    expect(confirmButton().disabled).toBe(false);
    await user.click(confirmButton());
    expect(sent('order.submit')).toEqual([{ poId: 1042, allowBackorder: true }]);
  });

  it('a discontinued line needs its own acknowledgement', async () => {
    const { user } = renderReview(
      { poId: 1042, resubmit: false },
      { 'order.check': () => checkWith({ discontinued: true }) },
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Backorder 1 of 5432102' }));
    await armConfirm();
    expect(confirmButton().disabled).toBe(true);
    expect(screen.getByText(/TD SYNNEX lists SKU 5432101 as discontinued/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Order 5432101 although it is discontinued' }));
    expect(confirmButton().disabled).toBe(false);
  });

  it('blocks the order when backorders are not allowed, with the reason on the line', async () => {
    const { user } = renderReview({ poId: 1042, resubmit: false }, { 'order.check': () => checkWith() });
    await user.click(await screen.findByLabelText('Allow backorders'));
    await armConfirm();
    expect(screen.queryByRole('checkbox', { name: 'Backorder 1 of 5432102' })).toBeNull();
    expect(screen.getByText(/Backorders are not allowed, so this line cannot be ordered now/)).toBeTruthy();
    expect(screen.getByText('A line cannot be ordered without backorders.')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
  });

  it('takes the backorder default from the Create Orders settings', async () => {
    renderReview(
      { poId: 1042, resubmit: false },
      { 'order.check': () => checkWith({ backorderPolicy: 'reject' }) },
    );
    expect(((await screen.findByLabelText('Allow backorders')) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/Backorders are not allowed/)).toBeTruthy();
  });

  it('lines in stock at the right price need no acknowledgement', async () => {
    renderReview({ poId: 1042, resubmit: false });
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    expect(screen.queryByRole('checkbox', { name: /Backorder|discontinued/ })).toBeNull();
    await armConfirm();
    expect(confirmButton().disabled).toBe(false);
  });
});
