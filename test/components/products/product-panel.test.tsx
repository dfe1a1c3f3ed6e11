import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProductPanel } from '../../../components/products/product-panel';
import { ApiProvider } from '../../../components/ui/api';
import type { ProductSyncView } from '../../../lib/products/views';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';

const VIEW: ProductSyncView = {
  productId: 72,
  name: 'HP EliteBook 840 G10',
  sku: '5432102',
  status: 'stale',
  tdsynnex: {
    status: 'active',
    price: 1128.4,
    totalAvailable: 58,
    warehouses: [
      { id: '3', name: 'Tracy, CA', qty: 41 },
      { id: '7', name: 'Southaven, MS', qty: 17 },
    ],
    checkedAt: '2026-03-01T12:00:00.000Z',
  },
  autotask: { isActive: true, vendorCost: 1099, unitPrice: 1373.75 },
  lastSyncAt: '2026-03-01T02:00:00.000Z',
  lastOutcome: 'failed',
  hintId: 'autotask-thread-limit',
};

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
    const stock = screen.getByRole('table', { name: 'Stock by warehouse' });
    expect(
      within(stock)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Tracy, CA41', 'Southaven, MS17']);
    expect(screen.getByText(/failed/).textContent).toMatch(/^failed — Autotask: too many requests/);
  });

  it('syncs this product on request and shows what changed', async () => {
    const { fake, user } = renderPanel({
      'product.syncInfo': () => VIEW,
      'product.syncNow': () => ({
        outcome: { outcome: 'updated', changes: { vendorCost: '1099.00 → 1128.40' } },
        view: {
          ...VIEW,
          status: 'synced',
          lastOutcome: 'updated',
          autotask: { ...VIEW.autotask, vendorCost: 1128.4 },
        },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Sync this product now' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Synced: updated (vendorCost 1099.00 → 1128.40).',
    );
    expect(screen.getByText('Synced')).toBeTruthy();
    expect(fake.sent('product.syncNow')).toEqual([{ productId: 72 }]);
  });

  it('offers no sync for a product without a TD SYNNEX SKU', async () => {
    renderPanel({
      'product.syncInfo': () => ({
        productId: 72,
        name: 'Consulting hour',
        status: 'not-linked',
        autotask: { isActive: true },
      }),
    });
    expect(await screen.findByText('Not linked to TD SYNNEX')).toBeTruthy();
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
});
