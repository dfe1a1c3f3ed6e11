// Issue 5 §2: the sidebar's order status (timeline per sales order, packages with tracking links,
// serials, ETA, `Refresh status`), the popup's orders in flight, and the options' status mapping.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InFlightList } from '../../../components/order-status/in-flight-list';
import { OrderStatusPanel } from '../../../components/order-status/order-status-panel';
import { StatusMappingSection } from '../../../components/order-status/status-mapping';
import { ApiProvider } from '../../../components/ui/api';
import type { OrderStatusSettingsView, TrackedOrderView } from '../../../lib/order-status/view-types';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';

const PARTLY_SHIPPED: TrackedOrderView = {
  poNumber: 'AT684213-1042',
  poId: 1042,
  distributor: 'tdsynnex',
  purchaseOrderNumber: 'PO-1042',
  status: 'PARTIALLY_SHIPPED',
  statusLabel: 'Partially shipped',
  finished: false,
  checkedAt: '2026-11-26T16:00:00.000Z',
  orders: [
    {
      orderNumber: '40981234',
      status: 'PARTIALLY_SHIPPED',
      label: 'Shipped 2 of 4',
      events: [
        { at: '2026-11-26T12:00:00.000Z', status: 'ACCEPTED', label: 'Accepted' },
        { at: '2026-11-26T16:00:00.000Z', status: 'PARTIALLY_SHIPPED', label: 'Shipped 2 of 4' },
      ],
    },
  ],
  lines: [
    {
      lineNumber: 1,
      sku: '5432101',
      orderNumber: '40981234',
      code: 'SHIPPED',
      ordered: 2,
      shipped: 1,
      eta: '2026-11-29',
      packages: [
        {
          trackingNumber: '781234567890',
          quantity: 1,
          serialNumbers: ['PF0ABC12'],
          carrier: 'FedEx',
          trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr=781234567890',
        },
      ],
    },
    {
      lineNumber: 2,
      sku: '5432102',
      orderNumber: '40981234',
      code: 'ACCEPTED',
      ordered: 2,
      shipped: 1,
      packages: [],
    },
  ],
  issues: [
    {
      at: '2026-11-26T16:00:00.000Z',
      hintId: 'partial-shipments-not-updating',
      message: 'PO PO-1042 is partially shipped, but the status mapping has no row for "Partially shipped".',
    },
  ],
};

function renderWith(ui: React.ReactElement, handlers: Handlers) {
  const fake = fakeApi(handlers);
  render(<ApiProvider api={fake.api}>{ui}</ApiProvider>);
  return { fake, user: userEvent.setup() };
}

describe('the sidebar’s order status', () => {
  it('shows the timeline per order at the distributor, the tracking link, serials, ETA and the hint', async () => {
    renderWith(<OrderStatusPanel poId={1042} />, {
      'orderStatus.get': ({ poId }) => ({ poId, tracked: [PARTLY_SHIPPED] }),
    });
    const timeline = await screen.findByRole('list', { name: 'Timeline of order 40981234' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Accepted/), expect.stringMatching(/^Shipped 2 of 4/)]);
    const link = screen.getByRole('link', { name: '781234567890' });
    expect(link.getAttribute('href')).toBe('https://www.fedex.com/fedextrack/?trknbr=781234567890');
    expect(screen.getByLabelText('Serial numbers in 781234567890').textContent).toContain('PF0ABC12');
    expect(screen.getByText('2026-11-29')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Partial shipments not updating' })).toBeTruthy();
    // The distributor's name comes from the registry, in the sales order's heading and in the hint.
    expect(screen.getByRole('heading', { name: 'TD SYNNEX order 40981234' })).toBeTruthy();
    expect(screen.getByText(/^TD SYNNEX shipped part of the order/)).toBeTruthy();
  });

  it('names no distributor for an order no lookup has placed at one yet', async () => {
    const { distributor: _unknown, ...placedJustNow } = PARTLY_SHIPPED;
    renderWith(<OrderStatusPanel poId={1042} />, {
      'orderStatus.get': ({ poId }) => ({ poId, tracked: [placedJustNow] }),
    });
    expect(await screen.findByRole('heading', { name: 'Order 40981234' })).toBeTruthy();
    expect(screen.getByText(/^The distributor shipped part of the order/)).toBeTruthy();
  });

  it('opens the confirmation window on Refresh status (it writes nothing itself) and shows the answer once written', async () => {
    let written = false;
    const { fake, user } = renderWith(<OrderStatusPanel poId={1042} />, {
      'orderStatus.get': ({ poId }) => ({ poId, tracked: written ? [PARTLY_SHIPPED] : [] }),
      'orderStatus.reviewRefresh': () => ({ opened: true }),
    });
    expect(await screen.findByText(/Not looked up yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refresh status' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Confirm the lookup in the window that opened',
    );
    expect(fake.sent('orderStatus.reviewRefresh')).toEqual([{ poId: 1042 }]);
    expect(fake.sent('orderStatus.refresh')).toEqual([]);
    // The window confirms and writes; the panel notices the stored status changed.
    written = true;
    expect(await screen.findByText('Partially shipped', {}, { timeout: 8_000 })).toBeTruthy();
  }, 15_000);
});

describe('the popup’s orders in flight', () => {
  it('lists each unfinished order with its latest status', async () => {
    renderWith(<InFlightList />, { 'orderStatus.inFlight': () => [PARTLY_SHIPPED] });
    const list = await screen.findByRole('list', { name: 'Orders in flight' });
    expect(list.textContent).toContain('PO-1042 — Partially shipped');
    expect(list.textContent).toContain('40981234: Shipped 2 of 4');
    expect(list.textContent).toContain('TD SYNNEX, checked');
  });

  it('says when no order is on its way, naming no distributor', async () => {
    renderWith(<InFlightList />, { 'orderStatus.inFlight': () => [] });
    expect(await screen.findByText('No distributor orders are on their way.')).toBeTruthy();
  });
});

describe('the status mapping', () => {
  const VIEW: OrderStatusSettingsView = {
    settings: {
      enabled: true,
      frequency: { every: 'hour' },
      scope: 'active',
      receiving: 'never',
      mapping: {},
    },
    statusOptions: [
      { id: 11, label: 'New' },
      { id: 12, label: 'Submitted' },
      { id: 15, label: 'Cancel' },
    ],
  };

  it('offers the tenant’s statuses, "no change" and "note only" for each row, including partial shipments', async () => {
    renderWith(<StatusMappingSection />, { 'orderStatus.settings': () => VIEW });
    const partial = await screen.findByRole('combobox', { name: 'Partially shipped' });
    expect(screen.getByRole('columnheader', { name: 'Distributor status' })).toBeTruthy();
    expect(
      within(partial)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not mapped', 'No change', 'Note only', 'New', 'Submitted', 'Cancel']);
  });

  it('saves the rows chosen, receiving and frequency', async () => {
    const { fake, user } = renderWith(<StatusMappingSection />, {
      'orderStatus.settings': () => VIEW,
      'orderStatus.saveSettings': (patch) => ({ ...VIEW, settings: { ...VIEW.settings, ...patch } }),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Accepted' }), 'Submitted');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Partially shipped' }), 'Note only');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Receive items in Autotask' }),
      'When shipped',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Check order status' }),
      'Every 15 minutes',
    );
    await user.click(screen.getByRole('button', { name: 'Save order status settings' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(fake.sent('orderStatus.saveSettings')).toEqual([
      {
        frequency: { every: 'minutes', minutes: 15 },
        scope: 'active',
        receiving: 'when-shipped',
        mapping: { ACCEPTED: { kind: 'status', statusId: 12 }, PARTIALLY_SHIPPED: { kind: 'note' } },
      },
    ]);
  });
});
