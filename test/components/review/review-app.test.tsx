// Issue 3 §2 and issue 10 §5: the review window shows what will be ordered — lines with Autotask's
// cost against TD SYNNEX's price and the difference, totals, ship-to, the warehouse and backorder
// choices — and sends the one order.submit of the extension on `Confirm order`, then shows the result
// and `Close`.
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionView } from '../../../lib/orders/views';
import { ACCEPTED, CHECK, REJECTED } from './fixtures';
import { armConfirm, focusedWindow, renderReview, restoreWindow } from './review-harness';

beforeEach(focusedWindow);
afterEach(restoreWindow);

const confirmButton = () => screen.getByRole('button', { name: 'Confirm order' }) as HTMLButtonElement;

describe('the review window', () => {
  it('shows each line’s Autotask cost, TD SYNNEX price and difference, and the totals', async () => {
    renderReview({ poId: 1042, resubmit: false });
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    const table = screen.getByRole('table', { name: 'Purchase order lines' });
    const thinkpad = within(table).getByRole('row', { name: /5432101/ });
    // 2 × 100.00 in Autotask, 2 × 110.00 at TD SYNNEX: +20.00 (+10.0 %)
    expect(thinkpad.textContent).toContain('100.00');
    expect(thinkpad.textContent).toContain('110.00');
    expect(thinkpad.textContent).toContain('+20.00 (+10.0\u00a0%)');
    const total = within(table).getByRole('row', { name: /Total/ });
    expect(total.textContent).toContain('300.00');
    expect(total.textContent).toContain('321.00');
    expect(total.textContent).toContain('+21.00 (+7.0\u00a0%)');
    expect(screen.getByText(/Smith & Sons <HQ>, 12 Market Street, Hartford, CT, 06103/)).toBeTruthy();
  });

  it('warns above the drift threshold, naming the lines over it', async () => {
    renderReview({ poId: 1042, resubmit: false });
    const warning = await screen.findByRole('region', {
      name: /^TD SYNNEX prices differ from Autotask's costs by more than 5\s%$/,
    });
    expect(warning.textContent).toContain('5432101');
    expect(warning.textContent).not.toContain('5432102'); // +1 % is within the threshold
    expect(warning.textContent).toContain('+21.00');
  });

  it('gives no drift warning when every difference is within the threshold', async () => {
    renderReview(
      { poId: 1042, resubmit: false },
      { 'order.check': () => ({ ...CHECK, priceDriftPercent: 15 }) },
    );
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    expect(screen.queryByRole('region', { name: /prices differ/ })).toBeNull();
  });

  it('sends the warehouse and backorder choice on Confirm order, then shows the orders and Close', async () => {
    const { user, sent, onClose } = renderReview({ poId: 1042, resubmit: false });
    await user.selectOptions(await screen.findByLabelText('Ship from warehouse'), 'Chantilly, VA');
    await user.click(screen.getByLabelText('Allow backorders'));
    await armConfirm();
    expect(sent('order.submit')).toEqual([]);
    await user.click(confirmButton());
    expect(await screen.findByText('TD SYNNEX order 40981234, 40981235')).toBeTruthy();
    expect(sent('order.submit')).toEqual([{ poId: 1042, allowBackorder: false, shipFromWarehouse: '6' }]);
    expect(screen.queryByRole('button', { name: 'Confirm order' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('explains why one PO became two orders (different warehouses)', async () => {
    const split: SubmissionView = {
      ...ACCEPTED,
      lines: [
        { sku: '5432101', quantity: 2, outcome: 'accepted', orderNumber: '40981234', warehouse: '3' },
        { sku: '5432102', quantity: 1, outcome: 'accepted', orderNumber: '40981235', warehouse: '6' },
      ],
    };
    const { user } = renderReview({ poId: 1042, resubmit: false }, { 'order.submit': () => split });
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    await armConfirm();
    await user.click(confirmButton());
    const result = await screen.findByRole('region', { name: 'Order placed' });
    expect(result.textContent).toContain(
      'TD SYNNEX made 2 orders of this purchase order because its lines ship from different TD SYNNEX warehouses',
    );
    expect(result.textContent).toContain('Order 40981234: 2 × 5432101, ships from Fremont, CA');
    expect(result.textContent).toContain('Order 40981235: 1 × 5432102, ships from Chantilly, VA');
  });

  it('opens on an already ordered PO with its result and Close, not a greyed Confirm', async () => {
    renderReview({ poId: 1042, resubmit: false }, { 'order.state': () => ACCEPTED });
    expect(await screen.findByText('TD SYNNEX order 40981234, 40981235')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Confirm order' })).toBeNull();
  });

  it('lists blocking problems and keeps Confirm disabled', async () => {
    renderReview(
      { poId: 1042, resubmit: false },
      {
        'order.check': () => ({
          ...CHECK,
          blocking: [{ code: 'po-closed', message: 'The purchase order is Cancel.' }],
        }),
      },
    );
    expect(await screen.findByText('The purchase order is Cancel.')).toBeTruthy();
    await armConfirm();
    expect(confirmButton().disabled).toBe(true);
  });

  it('re-submits a rejected order as a new order with the next -R number, after its own Confirm', async () => {
    const resubmitted: SubmissionView = { ...ACCEPTED, distributorPoNumber: 'AT684213-1042-R2', attempt: 2 };
    const { user, sent } = renderReview(
      { poId: 1042, resubmit: true },
      { 'order.state': () => REJECTED, 'order.submit': () => resubmitted },
    );
    await screen.findByRole('heading', { name: 'Re-submit as new order PO-1042' });
    expect(screen.getByText('AT684213-1042-R2')).toBeTruthy();
    await armConfirm();
    await user.click(confirmButton());
    await screen.findByText('TD SYNNEX order 40981234, 40981235');
    expect(sent('order.submit')).toEqual([{ poId: 1042, allowBackorder: true, resubmit: true, attempt: 2 }]);
  });

  it('shows a refused submission with its hint', async () => {
    const { user } = renderReview(
      { poId: 1042, resubmit: false },
      {
        'order.submit': () =>
          Promise.reject({
            kind: 'validation',
            service: 'extension',
            status: 0,
            code: 'order-blocked',
            message: 'The PO is closed.',
          }),
      },
    );
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    await armConfirm();
    await user.click(confirmButton());
    expect((await screen.findByRole('alert')).textContent).toContain('The PO is closed.');
  });

  it('waits for the window to have been in front for a second: an early click sends nothing', async () => {
    const { user, sent } = renderReview({ poId: 1042, resubmit: false });
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    expect(confirmButton().disabled).toBe(true);
    await user.click(confirmButton());
    expect(sent('order.submit')).toEqual([]);
    // The window loses focus (another window in front): the wait starts again only on its return.
    act(() => window.dispatchEvent(new Event('blur')));
    await armConfirm();
    expect(confirmButton().disabled).toBe(true);
    act(() => window.dispatchEvent(new Event('focus')));
    await armConfirm();
    expect(confirmButton().disabled).toBe(false);
  });
});
