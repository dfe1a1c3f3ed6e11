// The log page and the popup with a team runner connected (issue 13 §2): the runner's entries and
// this browser's in one list, the runner's marked, details and a notice when the runner is away.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/activity/log-page';
import { LogSourceProvider } from '../../../components/activity/log-source';
import type { LogSource } from '../../../components/activity/log-source';
import { PopupLog } from '../../../components/popup/popup-log';
import { ApiProvider } from '../../../components/ui/api';
import { appendEntry } from '../../../lib/log/activity';
import { createLogSource } from '../../../lib/log/query-source';
import { createMergedSource } from '../../../lib/runner-client/merged-source';
import { freshDb } from '../../lib/db/fresh-db';
import { serveRunner } from '../../lib/runner-client/runner-world';
import type { RunnerWorld } from '../../lib/runner-client/runner-world';
import { newEntry } from '../../runner/api/harness';
import { fakeApi } from '../fake-api';

const T0 = new Date(2026, 10, 25, 9, 0).getTime();
const MINUTE = 60_000;

async function seed(world: RunnerWorld) {
  await appendEntry({
    at: T0,
    template: 'manual',
    operation: 'connection',
    result: 'success',
    summary: 'Connected to Autotask',
  });
  await world.served.store.log.appendEntry(
    newEntry({ at: T0 + MINUTE, result: 'partial', summary: 'Nightly sync: 1 updated, 1 failed' }),
    [
      { key: '5432101', label: '5432101', outcome: 'updated' },
      { key: '5432102', label: '5432102', outcome: 'failed', message: 'Unknown SKU' },
    ],
  );
}

function renderPage(source: LogSource) {
  const fake = fakeApi({
    'templates.list': () => [{ id: 'product-sync', name: 'Product Sync', enabled: true, running: false }],
    'log.retention': ({ days }) => ({ days: days ?? 30 }),
  });
  render(
    <ApiProvider api={fake.api}>
      <LogSourceProvider source={source}>
        <LogPage now={T0 + 10 * MINUTE} save={() => undefined} />
      </LogSourceProvider>
    </ApiProvider>,
  );
  return userEvent.setup();
}

const rowTexts = () =>
  within(screen.getByRole('list', { name: 'Log entries' }))
    .queryAllByRole('listitem')
    .map((row) => row.textContent ?? '');

describe('the log with a team runner connected', () => {
  let world: RunnerWorld;
  beforeEach(async () => {
    await freshDb();
    world = await serveRunner();
  });
  afterEach(() => world.served.close());

  it('lists the runner’s entries with this browser’s, each marked with where it ran', async () => {
    await seed(world);
    const user = renderPage(createMergedSource(createLogSource(), world.ask));
    expect(await screen.findByText('2 entries')).toBeTruthy();
    await waitFor(() => expect(rowTexts()[0]).toMatch(/^.*Runner.*Product Sync.*Nightly sync/));
    expect(rowTexts()[1]).toMatch(/This browser.*Connected to Autotask/);
    expect(rowTexts()[1]).not.toContain('Runner');
    await user.click(screen.getByRole('button', { name: /Nightly sync/ }));
    const details = screen.getByRole('region', { name: 'Entry details' });
    expect(within(details).getByText('Ran on').nextElementSibling?.textContent).toBe('Runner');
    expect(await within(details).findByRole('list', { name: 'Failed items' })).toBeTruthy();
    expect(within(details).getAllByText(/Unknown SKU/).length).toBeGreaterThan(0);
    // The support report reads this browser's log only: not offered for a runner entry.
    expect(within(details).queryByRole('button', { name: /support report/i })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Connected to Autotask/ }));
    expect(
      within(screen.getByRole('region', { name: 'Entry details' })).getByText('This browser'),
    ).toBeTruthy();
  });

  it('marks nothing when no runner is connected: this browser’s log looks as it always did', async () => {
    await seed(world);
    renderPage(createLogSource());
    expect(await screen.findByText('1 entry')).toBeTruthy();
    expect(rowTexts()[0]).toContain('Connected to Autotask');
    expect(rowTexts()[0]).not.toMatch(/This browser|Runner/);
  });

  it('still lists this browser’s entries, with a one-line notice, when the runner is away', async () => {
    await seed(world);
    await world.served.close();
    world.served.close = async () => undefined;
    renderPage(createMergedSource(createLogSource(), world.ask));
    expect(await screen.findByText('1 entry')).toBeTruthy();
    expect(rowTexts()[0]).toContain('Connected to Autotask');
    const notice = await screen.findByText(
      /The team runner could not be reached — showing this browser’s entries only/,
    );
    expect(notice.tagName).toBe('SUMMARY');
  });

  it('the popup shows the runner’s latest entries, marked, and opens one on the log page', async () => {
    await seed(world);
    const opened: string[] = [];
    render(
      <LogSourceProvider source={createMergedSource(createLogSource(), world.ask)}>
        <PopupLog open={(url) => opened.push(url)} />
      </LogSourceProvider>,
    );
    const latest = await screen.findByRole('list', { name: 'Latest activity' });
    const items = within(latest).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Runner.*Partial success.*Nightly sync/),
      expect.stringMatching(/^(?!.*Runner).*This browser/),
    ]);
    await userEvent.setup().click(within(latest).getByRole('button', { name: /Nightly sync/ }));
    expect(opened).toEqual([expect.stringMatching(/^log\.html#entry--\d+$/)]);
  });
});
