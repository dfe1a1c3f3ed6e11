// The `Refresh status` confirmation window names the PO's distributor from the registry: before
// Confirm when a lookup already said which one it is, and in the answer.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusRefreshConfirm } from '../../../components/confirm/status-refresh-confirm';
import { ApiProvider } from '../../../components/ui/api';
import type { OrderStatusSettingsView } from '../../../lib/order-status/view-types';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { armConfirm, focusedWindow, restoreWindow } from '../review/review-harness';

const SETTINGS: OrderStatusSettingsView = {
  settings: {
    enabled: true,
    frequency: { every: 'hour' },
    scope: 'active',
    receiving: 'never',
    mapping: {},
  },
  statusOptions: [],
};

function renderWindow(handlers: Handlers) {
  const fake = fakeApi({ 'orderStatus.settings': () => SETTINGS, ...handlers });
  render(
    <ApiProvider api={fake.api}>
      <StatusRefreshConfirm poId={1042} />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}

beforeEach(focusedWindow);
afterEach(restoreWindow);

describe('the status refresh confirmation names the PO’s distributor', () => {
  it('before Confirm (known from an earlier lookup) and in the answer', async () => {
    const { user } = renderWindow({
      'orderStatus.get': ({ poId }) => ({ poId, distributor: 'ingram', tracked: [] }),
      'orderStatus.refresh': ({ poId }) => ({ poId, distributor: 'ingram', tracked: [] }),
    });
    const what = await screen.findByRole('region', { name: 'What Confirm writes' });
    expect(what.textContent).toContain('Confirm looks this PO’s order(s) up at Ingram Micro now');
    await armConfirm();
    await user.click(screen.getByRole('button', { name: 'Confirm: look up and write back' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Looked up at Ingram Micro and written back to Autotask.',
    );
  });

  it('as “the PO’s distributor” while no lookup has said which one it is', async () => {
    renderWindow({ 'orderStatus.get': ({ poId }) => ({ poId, tracked: [] }) });
    const what = await screen.findByRole('region', { name: 'What Confirm writes' });
    expect(what.textContent).toContain('Confirm looks this PO’s order(s) up at the PO’s distributor now');
  });
});
