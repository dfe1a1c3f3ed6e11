// Issue 3 §1–§2 in the sidebar: TD SYNNEX price and stock per line (by warehouse on expand), a
// badge per line, `Check price and availability`, `Submit to TD SYNNEX` (check, then the review
// window — never an order from here), the order numbers, and `Re-submit as new order`.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrderPanel } from '../../../components/sidebar/order-panel';
import { ApiProvider } from '../../../components/ui/api';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { ACCEPTED, CHECK, PO, REJECTED } from '../review/fixtures';

function renderPanel(handlers: Handlers = {}) {
  const fake = fakeApi({
    'order.check': () => CHECK,
    'order.state': () => null,
    'order.review': () => ({ opened: true }),
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <OrderPanel po={PO} />
    </ApiProvider>,
  );
  return fake;
}

describe('the order panel of the sidebar', () => {
  it('shows TD SYNNEX price, stock by warehouse and a badge with its hint per line', async () => {
    renderPanel();
    await screen.findByRole('columnheader', { name: 'TD SYNNEX price' });
    const first = within(screen.getAllByRole('row')[1]!);
    expect(first.getByText('110.00')).toBeTruthy();
    await userEvent.setup().click(first.getByText('12'));
    expect(first.getByRole('list', { name: 'Stock of 5432101 by warehouse' }).textContent).toContain(
      'Chantilly, VA: 7',
    );
    expect(first.getByText(/Price changed/)).toBeTruthy();
  });

  it('re-checks every line on Check price and availability', async () => {
    const fake = renderPanel();
    await screen.findByRole('columnheader', { name: 'TD SYNNEX price' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check price and availability' }));
    expect(fake.sent('order.check')).toEqual([{ poId: 1042 }, { poId: 1042 }]);
  });

  it('Submit to TD SYNNEX checks first, then opens the review window; it never submits itself', async () => {
    const fake = renderPanel();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Submit to TD SYNNEX' }));
    expect(await screen.findByText(/Review the order in the window that opened/)).toBeTruthy();
    // order.state polls; sku.syncStatus is display data for the lines (issue 4).
    const acting = fake.calls.map((c) => c.name).filter((n) => n !== 'order.state' && n !== 'sku.syncStatus');
    expect(acting).toEqual(['order.check', 'order.check', 'order.review']);
  });

  it('does not open the review when the check finds a blocking problem', async () => {
    const fake = renderPanel({
      'order.check': () => ({
        ...CHECK,
        blocking: [{ code: 'missing-ship-to', message: 'The ship-to address is incomplete.' }],
      }),
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Submit to TD SYNNEX' }));
    expect(await screen.findByText('The ship-to address is incomplete.')).toBeTruthy();
    expect(fake.sent('order.review')).toEqual([]);
  });

  it('shows "TD SYNNEX order <numbers>" once ordered, and no second Submit', async () => {
    renderPanel({ 'order.state': () => ACCEPTED });
    expect(await screen.findByText('TD SYNNEX order 40981234, 40981235')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit to TD SYNNEX' })).toBeNull();
  });

  it('offers Re-submit as new order for a rejected order, through the review window', async () => {
    const fake = renderPanel({ 'order.state': () => REJECTED });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Re-submit as new order' }));
    expect(fake.sent('order.review')).toEqual([{ poId: 1042, resubmit: true }]);
  });
});
