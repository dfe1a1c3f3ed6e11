// Issue 3 §2: the review window shows lines, totals, ship-to, the warehouse and backorder choices,
// and sends the one order.submit of the extension on `Confirm order` — and only then.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReviewApp } from '../../../components/review/review-app';
import type { ReviewTarget } from '../../../components/review/review-app';
import { ApiProvider } from '../../../components/ui/api';
import type { SubmissionView } from '../../../lib/orders/views';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { ACCEPTED, CHECK, PO, REJECTED } from './fixtures';

function renderReview(target: ReviewTarget, handlers: Handlers = {}) {
  const fake = fakeApi({
    'purchaseOrder.get': () => PO,
    'order.check': () => CHECK,
    'order.state': () => null,
    'order.submit': () => ACCEPTED,
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <ReviewApp target={target} />
    </ApiProvider>,
  );
  return fake;
}

describe('the review window', () => {
  it('shows what will be ordered: lines with TD SYNNEX price and stock, totals and ship-to', async () => {
    renderReview({ poId: 1042, resubmit: false });
    await screen.findByRole('heading', { name: 'Review order PO-1042' });
    const rows = within(screen.getByRole('table', { name: 'Purchase order lines' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]!.textContent).toContain('5432101');
    expect(rows[1]!.textContent).toContain('110.00');
    expect(rows[1]!.textContent).toContain('Price changed');
    expect(screen.getByText('321.00')).toBeTruthy();
    expect(screen.getByText(/Smith & Sons <HQ>, 12 Market Street, Hartford, CT, 06103/)).toBeTruthy();
  });

  it('sends the chosen warehouse and backorder choice on Confirm order, and shows the order numbers', async () => {
    const fake = renderReview({ poId: 1042, resubmit: false });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Ship from warehouse'), 'Chantilly, VA');
    await user.click(screen.getByLabelText('Allow backorders'));
    expect(fake.sent('order.submit')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Confirm order' }));
    expect((await screen.findByRole('status')).textContent).toContain('TD SYNNEX order 40981234, 40981235');
    expect(fake.sent('order.submit')).toEqual([
      { poId: 1042, allowBackorder: false, shipFromWarehouse: '6' },
    ]);
    expect((screen.getByRole('button', { name: 'Confirm order' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists blocking problems and offers no Confirm', async () => {
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
    expect((screen.getByRole('button', { name: 'Confirm order' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('re-submits a rejected order as a new order with the next -R number, after its own Confirm', async () => {
    const resubmitted: SubmissionView = { ...ACCEPTED, distributorPoNumber: 'AT684213-1042-R2', attempt: 2 };
    const fake = renderReview(
      { poId: 1042, resubmit: true },
      { 'order.state': () => REJECTED, 'order.submit': () => resubmitted },
    );
    await screen.findByRole('heading', { name: 'Re-submit as new order PO-1042' });
    expect(screen.getByText('AT684213-1042-R2')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Confirm order' }));
    await screen.findByRole('status');
    expect(fake.sent('order.submit')).toEqual([{ poId: 1042, allowBackorder: true, resubmit: true }]);
  });

  it('shows a refused submission with its hint', async () => {
    renderReview(
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
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Confirm order' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
