// Issue 3 §1–§2 and issue 10 §3 in the sidebar: each line a card with TD SYNNEX price and stock (by
// warehouse on expand), its status and its problem with the fix right under it; `Check price and
// availability`, `Submit to TD SYNNEX` (check, then the review window — never an order from here),
// progress while TD SYNNEX is asked, the "Ordered" state and `Re-submit as new order`.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { OrderPanel } from '../../../components/sidebar/order-panel';
import { ApiProvider } from '../../../components/ui/api';
import { HintActionProvider } from '../../../components/ui/error-hint';
import type { HintAction } from '../../../lib/hints/hints';
import { announceOrderChanged } from '../../../lib/settings/changes';
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import type { OrderCheckView, SubmissionView } from '../../../lib/orders/views';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { ACCEPTED, CHECK, PO, REJECTED } from '../review/fixtures';

beforeEach(() => fakeBrowser.reset());

const INVALID_CHECK: OrderCheckView = {
  ...CHECK,
  lines: [
    CHECK.lines[0]!,
    {
      ...CHECK.lines[1]!,
      distributorPrice: undefined,
      totalAvailable: 0,
      warehouses: [],
      badge: 'invalid-sku',
      hintId: 'invalid-sku',
      message: 'TD SYNNEX does not know SKU 5432102.',
    },
  ],
  blocking: [{ code: 'invalid-sku', message: '1 line has no valid TD SYNNEX SKU.', hintId: 'invalid-sku' }],
};

function renderPanel(handlers: Handlers = {}, po: PurchaseOrderView = PO, onChanged?: () => void) {
  const actions: HintAction[] = [];
  const fake = fakeApi({
    'order.check': () => CHECK,
    'order.state': () => null,
    'order.review': () => ({ opened: true }),
    'sku.syncStatus': () => ({}),
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <HintActionProvider value={(action) => actions.push(action)}>
        <OrderPanel po={po} {...(onChanged ? { onOrderChanged: onChanged } : {})} />
      </HintActionProvider>
    </ApiProvider>,
  );
  return { fake, actions };
}

const card = (sku: string) => within(screen.getByRole('listitem', { name: `Line ${sku}` }));

/** A promise the test settles itself: the background "answers" when the test says so. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe('the order panel of the sidebar', () => {
  it('shows TD SYNNEX price, stock by warehouse and a status per line card', async () => {
    renderPanel();
    await screen.findByText('110.00');
    const first = card('5432101');
    expect(first.getByText('TD SYNNEX price').nextElementSibling?.textContent).toBe('110.00');
    await userEvent.setup().click(first.getByText('12'));
    expect(first.getByRole('list', { name: 'Stock of 5432101 by warehouse' }).textContent).toContain(
      'Chantilly, VA: 7',
    );
    expect(first.getByText('Price changed')).toBeTruthy();
  });

  it('shows the other distributors side by side: one small row each, the better offer marked, and why', async () => {
    const other = { distributor: 'second', label: 'Second Dist' };
    const compared: OrderCheckView = {
      ...CHECK,
      lines: [
        {
          ...CHECK.lines[0]!,
          offers: [{ ...other, sku: 'S-1', price: 99.5, available: 40 }],
          best: 'second',
          bestNote: 'Second Dist has 40 in stock at 99.50, 10.50 less per unit than TD SYNNEX.',
        },
        {
          ...CHECK.lines[1]!,
          offers: [{ ...other, price: 150, available: 0 }],
          best: CHECK.distributor!.id,
        },
      ],
    };
    renderPanel({ 'order.check': () => compared });
    await screen.findByText('Second Dist has 40 in stock at 99.50, 10.50 less per unit than TD SYNNEX.');
    const first = card('5432101');
    const row = within(first.getByRole('list', { name: 'Other distributors' })).getByRole('listitem');
    expect(row.textContent).toContain('Second Dist');
    expect(row.textContent).toContain('99.50');
    expect(row.textContent).toContain('40 in stock');
    expect(within(row).getByText('Best offer')).toBeTruthy();
    // The PO's distributor is the better choice for the second line: marked on the card, no note.
    const second = card('5432102');
    expect(second.getByText('Best offer').closest('.line-head')).toBeTruthy();
    expect(second.getByRole('list', { name: 'Other distributors' }).textContent).toContain('0 in stock');
    expect(second.queryByText(/less per unit/)).toBeNull();
  });

  it('shows no other-distributor rows when only the PO’s distributor answered', async () => {
    renderPanel();
    await screen.findByText('110.00');
    expect(screen.queryByRole('list', { name: 'Other distributors' })).toBeNull();
    expect(screen.queryByText('Best offer')).toBeNull();
  });

  it('an invalid-SKU line shows its reason, the resolution and the fix action in its own card', async () => {
    const { actions } = renderPanel({ 'order.check': () => INVALID_CHECK });
    await screen.findByText('TD SYNNEX does not know SKU 5432102.');
    const line = card('5432102');
    expect(line.getByText('Invalid SKU')).toBeTruthy();
    expect(line.getByText('TD SYNNEX does not know SKU 5432102.')).toBeTruthy();
    expect(line.getByText(/Run Product Sync so the product carries its SKU at TD SYNNEX/)).toBeTruthy();
    await userEvent.setup().click(line.getByRole('button', { name: 'Run Product Sync' }));
    expect(actions.map((a) => a.id)).toEqual(['run-product-sync']);
    // The other line carries its own problem, not this one.
    expect(card('5432101').queryByText(/does not know SKU/)).toBeNull();
    expect(card('5432101').getByText(/TD SYNNEX price differs by 10%/)).toBeTruthy();
  });

  it('Submit cannot be pressed while "Cannot submit yet" lists a problem; a clean re-check frees it', async () => {
    let answer = INVALID_CHECK;
    const { fake } = renderPanel({ 'order.check': () => answer });
    await screen.findByText('1 line has no valid TD SYNNEX SKU.');
    const submit = screen.getByRole('button', { name: 'Submit to TD SYNNEX' });
    expect(submit).toHaveProperty('disabled', true);
    expect(submit.getAttribute('aria-describedby')).toBe('blocked-note');
    expect(screen.getByText(/then Check price and availability again/)).toBeTruthy();
    answer = CHECK; // the SKU was fixed in Autotask
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check price and availability' }));
    await screen.findByText('110.00');
    expect(screen.queryByText('Cannot submit yet')).toBeNull();
    expect(screen.getByRole('button', { name: 'Submit to TD SYNNEX' })).toHaveProperty('disabled', false);
    expect(fake.sent('order.review')).toEqual([]);
  });

  it('says what it is asking while TD SYNNEX answers, and disables the buttons meanwhile', async () => {
    const first = later<OrderCheckView>();
    renderPanel({ 'order.check': () => first.promise });
    expect((await screen.findByRole('status')).textContent).toBe(
      'Asking TD SYNNEX for price and availability of 2 lines…',
    );
    expect(screen.getByRole('button', { name: 'Check price and availability' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Submit to TD SYNNEX' })).toHaveProperty('disabled', true);
    await act(async () => first.settle(CHECK));
    expect(screen.queryByText(/Asking TD SYNNEX/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Submit to TD SYNNEX' })).toHaveProperty('disabled', false);
  });

  it('re-checks every line on Check price and availability', async () => {
    const { fake } = renderPanel();
    await screen.findByText('110.00');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check price and availability' }));
    expect(fake.sent('order.check')).toEqual([{ poId: 1042 }, { poId: 1042, clicked: true }]);
  });

  it('Submit to TD SYNNEX checks first, then opens the review window; it never submits itself', async () => {
    const { fake } = renderPanel();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Submit to TD SYNNEX' }));
    expect(await screen.findByText(/Review the order in the window that opened/)).toBeTruthy();
    // order.state polls; sku.syncStatus is display data for the lines (issue 4).
    const acting = fake.calls.map((c) => c.name).filter((n) => n !== 'order.state' && n !== 'sku.syncStatus');
    expect(acting).toEqual(['order.check', 'order.check', 'order.review']);
  });

  it('does not open the review when the check finds a blocking problem', async () => {
    const { fake } = renderPanel({
      'order.check': () => ({
        ...CHECK,
        blocking: [{ code: 'missing-ship-to', message: 'The ship-to address is incomplete.' }],
      }),
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Submit to TD SYNNEX' }));
    expect(await screen.findByText('The ship-to address is incomplete.')).toBeTruthy();
    expect(fake.sent('order.review')).toEqual([]);
  });

  it('an ordered PO shows "Ordered" with its order numbers, never "Cannot submit yet", and no Submit', async () => {
    renderPanel({
      'order.state': () => ACCEPTED,
      'order.check': () => ({
        ...CHECK,
        blocking: [{ code: 'already-ordered', message: 'Already ordered as TD SYNNEX order 40981234.' }],
      }),
    });
    const ordered = within(await screen.findByRole('region', { name: 'Ordered' }));
    expect(ordered.getByText('40981234, 40981235')).toBeTruthy();
    expect(ordered.getByText('New')).toBeTruthy();
    await screen.findByText('110.00');
    expect(screen.queryByText('Cannot submit yet')).toBeNull();
    expect(screen.queryByText(/Already ordered/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit to TD SYNNEX' })).toBeNull();
  });

  it('a PO whose order-number field is filled (ordered elsewhere) also reads as Ordered', async () => {
    renderPanel({
      'order.check': () => ({
        ...CHECK,
        blocking: [
          {
            code: 'already-ordered',
            message: 'The PO already holds order number 777.',
            orderNumbers: ['777'],
          },
        ],
      }),
    });
    const ordered = within(await screen.findByRole('region', { name: 'Ordered' }));
    expect(ordered.getByText('777')).toBeTruthy();
    expect(screen.queryByText('Cannot submit yet')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit to TD SYNNEX' })).toBeNull();
  });

  it('after Confirm elsewhere, the announced change shows Ordered at once and the review note goes', async () => {
    let state: SubmissionView | null = null;
    let changed = 0;
    renderPanel({ 'order.state': () => state }, PO, () => (changed += 1));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Submit to TD SYNNEX' }));
    await screen.findByText(/Review the order in the window that opened/);

    state = ACCEPTED; // the review window's Confirm placed the order
    await act(() => announceOrderChanged(PO.id));
    expect(await screen.findByRole('region', { name: 'Ordered' })).toBeTruthy();
    expect(screen.queryByText(/Review the order in the window that opened/)).toBeNull();
    expect(changed).toBeGreaterThanOrEqual(1);
  });

  it('ignores the change of another purchase order', async () => {
    let changed = 0;
    renderPanel({}, PO, () => (changed += 1));
    await screen.findByText('110.00');
    await act(() => announceOrderChanged(PO.id + 1));
    expect(changed).toBe(0);
  });

  it('offers Re-submit as new order for a rejected order, through the review window', async () => {
    const { fake } = renderPanel({ 'order.state': () => REJECTED });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Re-submit as new order' }));
    expect(fake.sent('order.review')).toEqual([{ poId: 1042, resubmit: true }]);
  });

  it('offers neither check nor Submit for a PO of another vendor, and asks TD SYNNEX nothing', async () => {
    const { fake } = renderPanel(
      {},
      { ...PO, isDistributorVendor: false, distributor: undefined, vendorName: 'Acme Supplies' },
    );
    await screen.findByRole('list', { name: 'Purchase order lines' });
    expect(screen.queryByRole('button', { name: 'Submit to TD SYNNEX' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check price and availability' })).toBeNull();
    expect(fake.sent('order.check')).toEqual([]);
  });
});
