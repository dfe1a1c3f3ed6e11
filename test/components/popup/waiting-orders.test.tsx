// Issue 3 §4: the popup lists POs waiting for submission; `Submit now` opens the review window
// (the order is placed only there, by Confirm order).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WaitingOrders } from '../../../components/popup/waiting-orders';
import { ApiProvider } from '../../../components/ui/api';
import { fakeApi } from '../fake-api';

describe('POs waiting in the popup', () => {
  it('lists each waiting PO with why it waits, and Submit now opens its review window', async () => {
    const fake = fakeApi({
      'orders.waiting': () => [
        {
          poId: 1043,
          number: 'PO-1043',
          statusLabel: 'Submitted',
          reason: 'Automatic submission is off: use Submit now.',
        },
      ],
      'order.review': () => ({ opened: true }),
    });
    render(
      <ApiProvider api={fake.api}>
        <WaitingOrders />
      </ApiProvider>,
    );
    expect(await screen.findByText('PO-1043')).toBeTruthy();
    expect(screen.getByText('Automatic submission is off: use Submit now.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Submit now PO-1043' }));
    expect(fake.sent('order.review')).toEqual([{ poId: 1043 }]);
    expect(fake.sent('order.submit' as never)).toEqual([]);
  });
});
