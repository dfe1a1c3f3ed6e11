// The confirmation window (issue 11 §1): it shows what Confirm writes, its Confirm is usable only
// once the window has been in front for a second, and a switched-off template offers no Confirm.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmApp } from '../../../components/confirm/confirm-app';
import { ApiProvider } from '../../../components/ui/api';
import type { ConfirmTarget } from '../../../lib/confirm/window';
import type { ProductSyncPlanView } from '../../../lib/products/product-page';
import type { OrderStatusSettingsView } from '../../../lib/order-status/view-types';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { armConfirm, focusedWindow, restoreWindow } from '../review/review-harness';

const CHANGES = { vendorCost: '1099.00 → 1128.40', unitPrice: '1373.75 → 1410.50' };
const PLAN: ProductSyncPlanView = {
  productId: 72,
  name: 'HP EliteBook 840 G10',
  rows: [
    { distributor: 'tdsynnex', label: 'TD SYNNEX', sku: '5432102', outcome: 'updated', changes: CHANGES },
  ],
  templateEnabled: true,
};

const SETTINGS: OrderStatusSettingsView = {
  settings: {
    enabled: true,
    frequency: { every: 'hour' },
    scope: 'active',
    receiving: 'when-shipped',
    mapping: {},
  },
  statusOptions: [],
};

function renderConfirm(target: ConfirmTarget, handlers: Handlers) {
  const fake = fakeApi(handlers);
  render(
    <ApiProvider api={fake.api}>
      <ConfirmApp target={target} />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}

beforeEach(focusedWindow);
afterEach(restoreWindow);

describe('the product sync confirmation', () => {
  it('lists the changes, arms Confirm after a second in front, then writes once and shows the result', async () => {
    const { fake, user } = renderConfirm(
      { action: 'product-sync', productId: 72 },
      {
        'product.syncPlan': () => PLAN,
        'product.syncNow': () => ({
          outcomes: [{ distributor: 'tdsynnex', sku: '5432102', outcome: 'updated', changes: CHANGES }],
          view: {
            productId: 72,
            name: PLAN.name,
            status: 'synced',
            offers: [],
            autotask: { isActive: true },
          },
        }),
      },
    );
    const table = await screen.findByRole('table', { name: 'What Confirm writes to Autotask' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Vendor cost (TD SYNNEX row)1099.001128.40', 'Unit price1373.751410.50']);
    const confirm = screen.getByRole('button', { name: 'Confirm: write 2 change(s)' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await armConfirm();
    expect(confirm.disabled).toBe(false);
    await user.click(confirm);
    expect((await screen.findByRole('status')).textContent).toBe('Written to Autotask: 2 field(s).');
    expect(fake.sent('product.syncNow')).toEqual([{ productId: 72 }]);
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('offers no Confirm while Product Sync is off, and says how to switch it on', async () => {
    renderConfirm(
      { action: 'product-sync', productId: 72 },
      { 'product.syncPlan': () => ({ ...PLAN, templateEnabled: false }) },
    );
    expect(await screen.findByRole('heading', { name: 'Product Sync is switched off' })).toBeTruthy();
    await armConfirm();
    expect((screen.getByRole('button', { name: /^Confirm/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the status refresh confirmation', () => {
  it('says what Confirm writes (receipts included when receiving is on) and shows the answer', async () => {
    const { fake, user } = renderConfirm(
      { action: 'status-refresh', poId: 1042 },
      {
        'orderStatus.get': ({ poId }) => ({ poId, tracked: [] }),
        'orderStatus.settings': () => SETTINGS,
        'orderStatus.refresh': ({ poId }) => ({
          poId,
          tracked: [],
          note: 'No TD SYNNEX order is known for this purchase order yet.',
        }),
      },
    );
    const what = await screen.findByRole('region', { name: 'What Confirm writes' });
    expect(what.textContent).toContain('receipts for shipped items');
    await armConfirm();
    await user.click(screen.getByRole('button', { name: 'Confirm: look up and write back' }));
    expect((await screen.findByRole('status')).textContent).toContain('No TD SYNNEX order is known');
    expect(fake.sent('orderStatus.refresh')).toEqual([{ poId: 1042 }]);
  });

  it('offers no Confirm while Get Order Status is off', async () => {
    renderConfirm(
      { action: 'status-refresh', poId: 1042 },
      {
        'orderStatus.get': ({ poId }) => ({ poId, tracked: [] }),
        'orderStatus.settings': () => ({ ...SETTINGS, settings: { ...SETTINGS.settings, enabled: false } }),
      },
    );
    expect(await screen.findByRole('heading', { name: 'Get Order Status is switched off' })).toBeTruthy();
    await armConfirm();
    expect(
      (screen.getByRole('button', { name: 'Confirm: look up and write back' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

it('refuses to show anything without a target', () => {
  renderConfirm(undefined as never, {});
  expect(screen.getByRole('alert').textContent).toMatch(/^Nothing to confirm/);
});
