import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProductPanel } from '../../../components/products/product-panel';
import { ApiProvider } from '../../../components/ui/api';
import type { DistributorOffer, ProductSyncView } from '../../../lib/products/views';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';

const OFFER: DistributorOffer = {
  distributor: 'tdsynnex',
  label: 'TD SYNNEX',
  sku: '5432102',
  linked: true,
  status: 'stale',
  answer: {
    status: 'active',
    price: 1128.4,
    totalAvailable: 58,
    warehouses: [
      { id: '3', name: 'Tracy, CA', qty: 41 },
      { id: '7', name: 'Southaven, MS', qty: 17 },
    ],
    checkedAt: '2026-03-01T12:00:00.000Z',
  },
  vendorCost: 1099,
  lastSyncAt: '2026-03-01T02:00:00.000Z',
  lastOutcome: 'failed',
  hintId: 'autotask-thread-limit',
};

const VIEW: ProductSyncView = {
  productId: 72,
  name: 'HP EliteBook 840 G10',
  sku: '5432102',
  status: 'stale',
  offers: [OFFER],
  autotask: { isActive: true, vendorCost: 1099, unitPrice: 1373.75 },
  lastSyncAt: '2026-03-01T02:00:00.000Z',
  lastOutcome: 'failed',
  hintId: 'autotask-thread-limit',
};

/** The view with the one offer changed (the panel shows the offers). */
const withOffer = (patch: Partial<DistributorOffer>): ProductSyncView => ({
  ...VIEW,
  offers: [{ ...OFFER, ...patch }],
});

function renderPanel(handlers: Handlers) {
  const fake = fakeApi(handlers);
  render(
    <ApiProvider api={fake.api}>
      <ProductPanel productId={72} />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

describe('the product panel of the sidebar', () => {
  it('shows TD SYNNEX’s price, stock by warehouse, the status and the last outcome with its hint', async () => {
    renderPanel({ 'product.syncInfo': () => VIEW });
    expect(await screen.findByRole('heading', { name: 'HP EliteBook 840 G10' })).toBeTruthy();
    expect(screen.getByText('1,128.40')).toBeTruthy();
    expect(screen.getByText('58 available')).toBeTruthy();
    expect(screen.getByText('Stale')).toBeTruthy();
    const stock = screen.getByRole('table', { name: 'Stock by warehouse at TD SYNNEX' });
    expect(
      within(stock)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Tracy, CA41', 'Southaven, MS17']);
    expect(screen.getByText(/^Failed/).textContent).toMatch(/^Failed — Autotask: too many requests/);
  });

  it('opens the confirmation window on Sync this product now (the sidebar writes nothing) and re-reads once it wrote', async () => {
    let entries: { id: number }[] = [];
    const { fake, user } = renderPanel({
      'product.syncInfo': () =>
        entries.length ? withOffer({ status: 'synced', lastOutcome: 'updated' }) : VIEW,
      'product.reviewSync': () => ({ opened: true }),
      'log.forKey': () =>
        entries.map((e) => ({
          ...e,
          at: '2026-03-01T03:00:00.000Z',
          template: 'product-sync',
          operation: 'product-sync',
          result: 'success' as const,
          summary: 'Product 72 (SKU 5432102) synced now: updated.',
        })),
    });
    await user.click(await screen.findByRole('button', { name: 'Sync this product now' }));
    expect(screen.getByText(/confirm them in the window that opened/)).toBeTruthy();
    expect(fake.sent('product.reviewSync')).toEqual([{ productId: 72 }]);
    expect(fake.sent('product.syncNow')).toEqual([]);
    entries = [{ id: 9 }];
    expect(await screen.findByText('Synced', {}, { timeout: 8_000 })).toBeTruthy();
    expect(screen.getByText('Updated')).toBeTruthy();
  }, 15_000);

  it('says TD SYNNEX does not know the SKU, with the fix, instead of an empty stock table and "0 available"', async () => {
    renderPanel({
      'product.syncInfo': () =>
        withOffer({
          status: 'invalid',
          answer: {
            status: 'notFound',
            totalAvailable: 0,
            warehouses: [],
            checkedAt: OFFER.answer!.checkedAt,
          },
        }),
      'log.forKey': () => [],
    });
    expect(await screen.findByRole('heading', { name: 'TD SYNNEX does not know SKU 5432102' })).toBeTruthy();
    expect(screen.getByText(/set its vendor part number to the\s+TD SYNNEX SKU/)).toBeTruthy();
    expect(screen.queryByText(/0 available/)).toBeNull();
    expect(screen.queryByRole('table', { name: 'Stock by warehouse at TD SYNNEX' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sync this product now' })).toBeNull();
  });

  it('says when it was last synced in words that read next to the status', async () => {
    const hoursAgo = new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString();
    renderPanel({
      'product.syncInfo': () =>
        withOffer({ status: 'synced', lastSyncAt: hoursAgo, lastOutcome: 'updated', hintId: undefined }),
      'log.forKey': () => [],
    });
    expect(await screen.findByText('Last synced')).toBeTruthy();
    expect(screen.getByText('3 hours ago').getAttribute('datetime')).toBe(hoursAgo);
    expect(screen.getByText('Updated')).toBeTruthy();
    expect(screen.queryByText('Last sync')).toBeNull();
  });

  it('offers no sync for a product without a connected distributor’s SKU', async () => {
    renderPanel({
      'product.syncInfo': () => ({
        productId: 72,
        name: 'Consulting hour',
        status: 'not-linked',
        offers: [{ distributor: 'tdsynnex', label: 'TD SYNNEX', linked: false, status: 'not-linked' }],
        autotask: { isActive: true },
      }),
    });
    expect(await screen.findByText('Not linked to a connected distributor.')).toBeTruthy();
    expect(screen.getByText('Not linked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sync this product now' })).toBeNull();
  });

  it('lists the activity-log entries for the product’s SKU', async () => {
    const { fake } = renderPanel({
      'product.syncInfo': () => VIEW,
      'log.forKey': () => [
        {
          id: 7,
          at: '2026-03-01T02:00:00.000Z',
          template: 'product-sync',
          operation: 'product-sync',
          result: 'partial',
          summary: 'Product Sync: 1 failed of 200',
        },
      ],
    });
    const activity = await screen.findByRole('region', { name: 'Activity for SKU 5432102' });
    expect(await within(activity).findByText(/Product Sync: 1 failed of 200/)).toBeTruthy();
    expect(fake.sent('log.forKey')).toEqual([{ key: '5432102', limit: expect.any(Number) }]);
  });

  it('shows two distributors side by side, each with its label, price and stock, the cheapest in stock marked', async () => {
    const second: DistributorOffer = {
      distributor: 'ingram',
      label: 'Ingram Micro',
      sku: 'IM-20XW0055US',
      linked: true,
      status: 'synced',
      cheapestInStock: true,
      answer: {
        status: 'active',
        price: 1101.25,
        totalAvailable: 9,
        warehouses: [{ id: 'MEM', name: 'Memphis, TN', qty: 9 }],
        checkedAt: '2026-03-01T12:00:00.000Z',
      },
    };
    renderPanel({ 'product.syncInfo': () => ({ ...VIEW, offers: [OFFER, second] }), 'log.forKey': () => [] });
    const group = await screen.findByRole('group', { name: 'Distributors' });
    const cards = within(group).getAllByRole('region');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'TD SYNNEX',
      'Ingram Micro',
    ]);
    const [first, other] = cards as [HTMLElement, HTMLElement];
    expect(within(first).getByText('1,128.40')).toBeTruthy();
    expect(within(first).queryByText('Cheapest in stock')).toBeNull();
    expect(within(other).getByText('1,101.25')).toBeTruthy();
    expect(within(other).getByText('9 available')).toBeTruthy();
    expect(within(other).getByText('Cheapest in stock')).toBeTruthy();
    expect(within(other).getByRole('table', { name: 'Stock by warehouse at Ingram Micro' })).toBeTruthy();
    // The cards sit in a grid that puts two side by side in a 360–420 px sidebar and stacks below.
    expect(group.style.gridTemplateColumns).toBe('repeat(auto-fit, minmax(150px, 1fr))');
    expect(screen.getByRole('button', { name: 'Sync this product now' })).toBeTruthy();
  });

  it('shows a distributor that did not answer with its error, and the other’s offer still', async () => {
    renderPanel({
      'product.syncInfo': () => ({
        ...VIEW,
        offers: [
          OFFER,
          {
            distributor: 'ingram',
            label: 'Ingram Micro',
            sku: 'IM-1',
            linked: true,
            status: 'never',
            error: {
              kind: 'network',
              service: 'distributor',
              distributor: 'ingram',
              status: 0,
              message: 'offline',
            },
          },
        ],
      }),
      'log.forKey': () => [],
    });
    const group = await screen.findByRole('group', { name: 'Distributors' });
    const [first, other] = within(group).getAllByRole('region') as [HTMLElement, HTMLElement];
    expect(within(first).getByText('1,128.40')).toBeTruthy();
    expect(within(other).getByRole('alert').textContent).toContain('offline');
  });
});
