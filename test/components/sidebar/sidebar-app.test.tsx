import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SidebarApp } from '../../../components/sidebar/sidebar-app';
import type { SidebarTarget } from '../../../components/sidebar/sidebar-app';
import { ApiProvider } from '../../../components/ui/api';
import type { PurchaseOrderView } from '../../../lib/messaging/results';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { distributorRef } from '../../../lib/orders/route';
import { AUTOTASK_CONNECTED, DISCONNECTED, fakeApi, rejectWith, withDistributors } from '../fake-api';
import type { Handlers } from '../fake-api';

const FIRST = distributorRef(DISTRIBUTORS[0]!.id);
const SECOND = distributorRef(DISTRIBUTORS[1]!.id);

const PO_1042: PurchaseOrderView = {
  id: 1042,
  number: 'PO-1042',
  statusId: 1,
  statusLabel: 'New',
  vendorId: 29683001,
  vendorName: 'TD SYNNEX Corporation',
  isDistributorVendor: true,
  distributor: FIRST,
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

    // The first render of the file also loads the modules: a cold start on a shared machine.
    expect(
      await screen.findByRole('heading', { name: 'Purchase order PO-1042' }, { timeout: 5_000 }),
    ).toBeTruthy();
    expect(screen.getByText('TD SYNNEX Corporation')).toBeTruthy();
    expect(screen.getByText('New')).toBeTruthy();
    expect(screen.getByText(/Smith & Sons <HQ>/)).toBeTruthy();
    // Issue 10 §3: one card per line, each with its SKU, quantity and Autotask cost.
    const list = screen.getByRole('list', { name: 'Purchase order lines' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Line 5432101',
      'Line 5432102',
      'Line 5432103',
    ]);
    expect(cards[1]?.textContent).toContain('Dock <USB-C>');
    expect(within(cards[0]!).getByText('Qty').nextElementSibling?.textContent).toBe('2');
    expect(within(cards[0]!).getByText('Autotask cost')).toBeTruthy();
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
          offers: [],
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

describe('the sidebar says plainly when a PO is for no distributor (issue 10 §3, §5; issue 12)', () => {
  const vendorChosen = withDistributors(
    { ...DISCONNECTED, autotask: AUTOTASK_CONNECTED },
    {
      [FIRST.id]: { connected: true, vendorCompanyId: 29683001, vendorCompanyName: 'TD SYNNEX Corporation' },
    },
  );
  const forNoDistributor = { ...PO_1042, isDistributorVendor: false, distributor: undefined };

  it('a PO of a vendor of no distributor names it, lists the distributors, and offers no Submit', async () => {
    renderSidebar(
      { poId: 1042 },
      {
        'connection.status': () => vendorChosen,
        'purchaseOrder.get': () => ({ ...forNoDistributor, vendorName: 'Acme Supplies' }),
      },
    );
    expect(
      await screen.findByText(
        `This purchase order is for Acme Supplies, which stands for no distributor: it is not sent to any. Purchase orders are sent for ${FIRST.label} (vendor TD SYNNEX Corporation).`,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Submit to/ })).toBeNull();
  });

  it('without any distributor’s vendor company, links to Options to choose one', async () => {
    renderSidebar({ poId: 1042 }, { 'purchaseOrder.get': () => forNoDistributor });
    const link = await screen.findByRole('link', {
      name: 'Choose the company that stands for each distributor in Options',
    });
    expect(link.getAttribute('href')).toBe('options.html');
    expect(screen.queryByRole('button', { name: /^Submit to/ })).toBeNull();
  });

  it('a PO of the second distributor’s vendor offers Submit to that distributor', async () => {
    renderSidebar(
      { poId: 1042 },
      { 'purchaseOrder.get': () => ({ ...PO_1042, vendorName: 'Second Co', distributor: SECOND }) },
    );
    expect(await screen.findByRole('button', { name: `Submit to ${SECOND.label}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Submit to ${FIRST.label}` })).toBeNull();
  });

  it('a cancelled PO reads "This purchase order is cancelled" and offers no Submit', async () => {
    const { fake } = renderSidebar(
      { poId: 1042 },
      { 'purchaseOrder.get': () => ({ ...PO_1042, statusLabel: 'Cancelled' }) },
    );
    expect(await screen.findByText('This purchase order is cancelled.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Submit to/ })).toBeNull();
    expect(screen.queryByText('Cannot submit yet')).toBeNull();
    expect(fake.sent('order.check')).toEqual([]);
  });

  it('shows what it reads while the purchase order loads', async () => {
    renderSidebar({ poId: 1042 }, { 'purchaseOrder.get': () => new Promise(() => undefined) });
    expect(await screen.findByText('Reading purchase order 1042 from Autotask…')).toBeTruthy();
  });
});
