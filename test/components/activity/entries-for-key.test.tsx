import { render, screen, within } from '@testing-library/react';
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
          distributor: 'tdsynnex',
          error: {
            kind: 'validation',
            service: 'distributor',
            distributor: 'tdsynnex',
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
    // The fix names the distributor the entry was for.
    expect(screen.getByText(/^TD SYNNEX does not know the SKU on this line/)).toBeTruthy();
    expect(fake.sent('log.forKey')).toEqual([{ key: 'PO-1042', limit: 10 }]);
    expect(screen.getByRole('link', { name: 'Open in the full log' }).getAttribute('href')).toBe(
      'log.html?search=PO-1042',
    );
  });

  it('shows a SKU’s part of a run over many SKUs — its own outcome — not the run’s summary or its failure', async () => {
    const fake = fakeApi({
      'log.forKey': () => [
        {
          id: 8,
          at: '2026-11-25T02:00:00.000Z',
          template: 'product-sync',
          operation: 'product-sync',
          result: 'partial',
          summary: 'Product Sync: 199 updated, 1 failed of 200',
          error: {
            kind: 'validation',
            service: 'distributor',
            distributor: 'tdsynnex',
            status: 200,
            message: 'SKU 9999999 not found',
          },
          hintId: 'invalid-sku',
          about: [{ id: 3, label: '5432101', outcome: 'updated', message: 'Cost 1,099.00 → 1,128.40' }],
        },
        {
          id: 9,
          at: '2026-11-25T03:00:00.000Z',
          template: 'manual',
          operation: 'order-check',
          result: 'partial',
          summary: 'Checked PO-1042: 1 of 2 line(s) need attention.',
          about: [{ id: 4, label: '5432101', outcome: 'invalid-sku', hintId: 'invalid-sku' }],
        },
      ],
    });
    render(
      <ApiProvider api={fake.api}>
        <EntriesForKey searchKey="5432101" title="Activity for SKU 5432101" />
      </ApiProvider>,
    );
    const activity = await screen.findByRole('region', { name: 'Activity for SKU 5432101' });
    const [sync, check] = await within(activity).findAllByRole('listitem');
    expect(sync?.textContent).toContain('Updated — Cost 1,099.00 → 1,128.40');
    expect(check?.textContent).toContain('Unknown SKU');
    // The run's own words are about the other 199 SKUs and the one that failed: not shown here.
    expect(within(activity).queryByText(/199 updated/)).toBeNull();
    expect(within(activity).queryByText(/Partial success/)).toBeNull();
    expect(within(activity).queryByText(/9999999/)).toBeNull();
    expect(within(sync!).queryByText('How to fix')).toBeNull();
    expect(within(check!).getByText('How to fix')).toBeTruthy();
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
