import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntriesForKey } from '../../../components/activity/entries-for-key';
import { ApiProvider } from '../../../components/ui/api';
import { fakeApi } from '../fake-api';

describe('the sidebar’s activity for the PO on the page', () => {
  it('lists the entries whose search keys hold the PO number, with the fix for a failure', async () => {
    const fake = fakeApi({
      'log.forKey': () => [
        {
          id: 7,
          at: '2026-11-25T10:00:00.000Z',
          template: 'manual',
          operation: 'order-submission',
          result: 'failed',
          summary: 'PO-1042: TD SYNNEX rejected the order',
          error: {
            kind: 'validation',
            service: 'tdsynnex',
            status: 200,
            code: 'invalid-sku',
            message: 'Invalid SKU',
          },
        },
      ],
    });
    render(
      <ApiProvider api={fake.api}>
        <EntriesForKey searchKey="PO-1042" />
      </ApiProvider>,
    );
    expect(await screen.findByText('PO-1042: TD SYNNEX rejected the order')).toBeTruthy();
    expect(screen.getByText('Order submission')).toBeTruthy();
    expect(screen.getByText('How to fix')).toBeTruthy();
    expect(fake.sent('log.forKey')).toEqual([{ key: 'PO-1042', limit: 10 }]);
    expect(screen.getByRole('link', { name: 'Open in the full log' }).getAttribute('href')).toBe(
      'log.html?search=PO-1042',
    );
  });

  it('says when there is nothing yet', async () => {
    const fake = fakeApi({ 'log.forKey': () => [] });
    render(
      <ApiProvider api={fake.api}>
        <EntriesForKey searchKey="5432101" />
      </ApiProvider>,
    );
    expect(await screen.findByText('No activity for 5432101 yet.')).toBeTruthy();
  });
});
