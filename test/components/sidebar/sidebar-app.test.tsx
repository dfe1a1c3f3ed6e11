import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SidebarApp } from '../../../components/sidebar/sidebar-app';
import type { SidebarTarget } from '../../../components/sidebar/sidebar-app';
import { ApiProvider } from '../../../components/ui/api';
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import { AUTOTASK_CONNECTED, DISCONNECTED, fakeApi, rejectWith } from '../fake-api';
import type { Handlers } from '../fake-api';

const PO_1042: PurchaseOrderView = {
  id: 1042,
  number: 'PO-1042',
  statusId: 1,
  statusLabel: 'New',
  vendorId: 29683001,
  vendorName: 'TD SYNNEX Corporation',
  isDistributorVendor: true,
  shipTo: {
    name: 'Smith & Sons <HQ>',
    address1: '1 Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  },
  total: 1234.5,
  lines: [
    { itemId: 1, productId: 11, sku: '5432101', description: 'Laptop 14"', quantity: 2, unitCost: 500 },
    { itemId: 2, productId: 12, sku: '5432102', description: 'Dock <USB-C>', quantity: 1, unitCost: 199.5 },
    { itemId: 3, productId: 13, sku: '5432103', description: 'Monitor', quantity: 3, unitCost: 11.67 },
  ],
};
const EMPTY_CHECK = {
  poId: 0,
  poNumber: '',
  checkedAt: '2026-01-01T00:00:00.000Z',
  lines: [],
  blocking: [],
  warehouses: [],
  priceDriftPercent: 5,
};
const PO_1043: PurchaseOrderView = { ...PO_1042, id: 1043, number: 'PO-1043', lines: [] };

function renderSidebar(target: SidebarTarget, handlers: Handlers, onCollapse?: () => void) {
  const fake = fakeApi({
    'connection.status': () => ({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }),
    // Issue 6's activity for the PO on the page.
    'log.forKey': () => [],
    // Issue 3's order panel: no submission yet, and a check with nothing to report.
    'order.state': () => null,
    'order.check': ({ poId }) => ({ ...EMPTY_CHECK, poId }),
    // Issue 5's order status: not looked up yet.
    'orderStatus.get': ({ poId }) => ({ poId, tracked: [] }),
    'purchaseOrder.get': ({ poId }) => {
      const po = [PO_1042, PO_1043].find((candidate) => candidate.id === poId);
      if (!po)
        throw { kind: 'not-found', service: 'autotask', status: 404, message: 'No such purchase order' };
      return po;
    },
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <SidebarApp target={target} onCollapse={onCollapse} />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

describe('the sidebar', () => {
  it('shows the purchase order of the page with its vendor, status, ship-to, total and lines', async () => {
    renderSidebar({ poId: 1042 }, {});

    expect(await screen.findByRole('heading', { name: 'Purchase order PO-1042' })).toBeTruthy();
    expect(screen.getByText('TD SYNNEX Corporation')).toBeTruthy();
    expect(screen.getByText('New')).toBeTruthy();
    expect(screen.getByText(/Smith & Sons <HQ>/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Purchase order lines' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['SKU', 'Description', 'Qty', 'Unit cost', 'Sync']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '5432101',
      '5432102',
      '5432103',
    ]);
    expect(rows[1]?.textContent).toContain('Dock <USB-C>');
  });

  it('finds another purchase order by number and shows it', async () => {
    const { fake, user } = renderSidebar({ poId: 1042 }, { 'purchaseOrder.find': () => ({ poId: 1043 }) });
    await screen.findByRole('heading', { name: 'Purchase order PO-1042' });

    await user.type(screen.getByRole('searchbox', { name: 'Find purchase order' }), '  PO-1043 ');
    await user.click(screen.getByRole('button', { name: 'Find' }));

    expect(await screen.findByRole('heading', { name: 'Purchase order PO-1043' })).toBeTruthy();
    expect(fake.sent('purchaseOrder.find')).toEqual([{ query: 'PO-1043' }]);
  });

  it('says so when no purchase order matches', async () => {
    const { user } = renderSidebar({}, { 'purchaseOrder.find': () => null });
    await user.type(await screen.findByRole('searchbox', { name: 'Find purchase order' }), 'PO-9999{Enter}');
    expect(await screen.findByText('No purchase order matches “PO-9999”.')).toBeTruthy();
  });

  it('shows a failed lookup with its hint', async () => {
    renderSidebar(
      { poId: 1042 },
      {
        'purchaseOrder.get': rejectWith({
          kind: 'permission',
          service: 'autotask',
          status: 403,
          message: 'Forbidden',
        }),
      },
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Help' }).getAttribute('href')).toBe(
      'help.html#autotask-forbidden',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('points to Options when Autotask is not connected, and asks for no purchase order', async () => {
    const { fake } = renderSidebar({ poId: 1042 }, { 'connection.status': () => DISCONNECTED });
    expect(await screen.findByRole('heading', { name: 'Autotask is not connected' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
    expect(fake.sent('purchaseOrder.get')).toEqual([]);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('on a product page shows the product panel and the find box', async () => {
    renderSidebar(
      { productId: 77 },
      {
        'product.syncInfo': ({ productId }) => ({
          productId,
          name: 'Product 77',
          status: 'not-linked',
          autotask: { isActive: true },
        }),
      },
    );
    expect(await screen.findByRole('heading', { name: 'Product 77' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Find purchase order' })).toBeTruthy();
  });

  it('asks to be collapsed through its Collapse button', async () => {
    let collapsed = 0;
    const { user } = renderSidebar({}, {}, () => (collapsed += 1));
    await user.click(await screen.findByRole('button', { name: 'Collapse sidebar' }));
    expect(collapsed).toBe(1);
  });
});
