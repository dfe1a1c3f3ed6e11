import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/activity/log-page';
import { ApiProvider } from '../../../components/ui/api';
import { fakeApi } from '../fake-api';

describe('the full log page', () => {
  it('asks for as many entries as the protocol allows and lists them', async () => {
    const fake = fakeApi({
      'log.recent': () => [
        {
          id: 1,
          at: '2026-11-25T09:00:00.000Z',
          template: 'Product Sync',
          operation: 'product sync',
          result: 'partial',
          summary: '3 updated, 1 failed',
        },
      ],
    });
    render(
      <ApiProvider api={fake.api}>
        <LogPage />
      </ApiProvider>,
    );
    expect(await screen.findByText('3 updated, 1 failed')).toBeTruthy();
    expect(screen.getByText('Partial success')).toBeTruthy();
    expect(fake.sent('log.recent')).toEqual([{ limit: 200 }]);
  });

  it('says when there is no activity yet', async () => {
    const fake = fakeApi({ 'log.recent': () => [] });
    render(
      <ApiProvider api={fake.api}>
        <LogPage />
      </ApiProvider>,
    );
    expect(await screen.findByText('No activity yet.')).toBeTruthy();
  });
});
