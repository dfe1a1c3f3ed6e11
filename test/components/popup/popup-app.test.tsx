import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogSourceProvider } from '../../../components/activity/log-source';
import { PopupApp } from '../../../components/popup/popup-app';
import { PopupLog } from '../../../components/popup/popup-log';
import { PROGRESS_POLL_MS } from '../../../components/popup/templates-status';
import { ApiProvider } from '../../../components/ui/api';
import { appendEntry } from '../../../lib/log/activity';
import { createLogSource } from '../../../lib/log/query-source';
import type { TemplateView } from '../../../lib/messaging/results';
import { freshDb } from '../../lib/db/fresh-db';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { AUTOTASK_CONNECTED, DISCONNECTED, fakeApi, withDistributors } from '../fake-api';
import type { Handlers } from '../fake-api';

const T0 = Date.UTC(2026, 10, 25, 9);

async function seedLog() {
  await appendEntry({
    at: T0,
    template: 'manual',
    operation: 'connection',
    result: 'success',
    summary: 'Connected to Autotask',
  });
  await appendEntry({
    at: T0 + 60_000,
    template: 'manual',
    operation: 'connection',
    result: 'failed',
    summary: 'Autotask rejected the credentials',
    error: { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' },
  });
  await appendEntry({
    at: T0 + 120_000,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: 'Product Sync: 3 updated',
  });
}

const PRODUCT_SYNC: TemplateView = {
  id: 'product-sync',
  name: 'Product Sync',
  enabled: true,
  running: false,
  lastRunAt: '2026-11-25T09:02:00.000Z',
  lastResult: 'partial',
  nextRunAt: '2026-11-25T10:00:00.000Z',
};

function renderPopup(
  onAutotaskTab: boolean,
  openSidebar: () => Promise<void> = async () => {},
  handlers: Handlers = {},
) {
  const fake = fakeApi({
    'connection.status': () => ({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }),
    'templates.list': () => [PRODUCT_SYNC],
    'templates.runNow': () => ({ started: true }),
    'settings.get': () => ({ runScheduledHere: true, supportContact: '' }),
    'orders.waiting': () => [],
    // Issue 5's orders in flight: none.
    'orderStatus.inFlight': () => [],
    // Issue 13 §3: opening the popup marks the log seen for the toolbar badge.
    'log.seen': () => ({ failed: 0, partial: 0 }),
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <LogSourceProvider source={createLogSource()}>
        <PopupApp onAutotaskTab={onAutotaskTab} openSidebar={openSidebar} />
      </LogSourceProvider>
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

// Fake timers would also stop fake-indexeddb, which schedules its work with timers.
afterEach(() => {
  vi.useRealTimers();
});

describe('the popup', () => {
  beforeEach(freshDb);

  it('shows the state of Autotask and of every distributor of the registry', async () => {
    renderPopup(false);
    expect(await screen.findByText('Connected to tenant 684213 (America East 3)')).toBeTruthy();
    const connections = screen.getByLabelText('Connections');
    const terms = [...connections.querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms).toEqual(['Autotask', ...DISTRIBUTORS.map((info) => info.label)]);
    expect(screen.getAllByText('Not connected')).toHaveLength(DISTRIBUTORS.length);
  });

  it('tells the background it was opened, so the toolbar badge clears', async () => {
    const { fake } = renderPopup(false);
    await screen.findByText('Connected to tenant 684213 (America East 3)');
    expect(fake.sent('log.seen')).toEqual([{}]);
  });

  it('names a connected distributor’s account as its registry entry describes it', async () => {
    renderPopup(false, async () => {}, {
      'connection.status': () =>
        withDistributors(
          { ...DISCONNECTED, autotask: AUTOTASK_CONNECTED },
          {
            tdsynnex: {
              connected: true,
              account: { customerNo: '123456', userId: 'u', region: 'US', environment: 'production' },
            },
          },
        ),
    });
    const line = await screen.findByText('Connected as customer 123456 (US, production)');
    expect(line.className).toBe('status-ok');
    expect(line.previousElementSibling?.textContent).toBe('TD SYNNEX');
    expect(screen.getAllByText('Not connected')).toHaveLength(DISTRIBUTORS.length - 1);
  });

  it('says "Credentials rejected", never a green Connected, once Autotask refuses the stored credentials', async () => {
    renderPopup(false, async () => {}, {
      'connection.status': () => ({
        ...DISCONNECTED,
        autotask: { ...AUTOTASK_CONNECTED, rejectedAt: '2026-11-25T09:00:00.000Z' },
      }),
    });
    const state = await screen.findByText(/Credentials rejected/);
    expect(state.className).not.toContain('status-ok');
    expect(screen.queryByText(/^Connected to tenant/)).toBeNull();
  });

  it('shows a rejected connection in the error colour and a working one in green', async () => {
    renderPopup(false, async () => {}, {
      'connection.status': () =>
        withDistributors(
          { ...DISCONNECTED, autotask: AUTOTASK_CONNECTED },
          {
            tdsynnex: {
              connected: true,
              account: { customerNo: '123456', userId: 'u', region: 'US', environment: 'production' },
              rejectedAt: '2026-11-25T09:00:00.000Z',
            },
          },
        ),
    });
    expect((await screen.findByText(/^Connected to tenant/)).className).toBe('status-ok');
    expect(screen.getByText(/Credentials rejected .*customer 123456/).className).toBe('status-error');
  });

  it('lists an order just placed under Orders in flight', async () => {
    renderPopup(false, async () => {}, {
      'orderStatus.inFlight': () => [
        {
          poNumber: 'AT684213-1042',
          poId: 1042,
          status: 'ACCEPTED',
          statusLabel: 'Ordered — status not checked yet',
          finished: false,
          checkedAt: '2026-11-25T09:00:00.000Z',
          orders: [{ orderNumber: '40981234', status: 'ACCEPTED', label: 'Accepted', events: [] }],
          lines: [],
          issues: [],
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Orders in flight' });
    expect(list.textContent).toContain('AT684213-1042');
    expect(list.textContent).toContain('40981234');
  });

  it('offers Open sidebar on an Autotask tab', async () => {
    let opened = 0;
    const { user } = renderPopup(true, async () => {
      opened += 1;
    });
    await user.click(screen.getByRole('button', { name: 'Open sidebar' }));
    expect(opened).toBe(1);
  });

  it('explains instead of offering Open sidebar elsewhere', () => {
    renderPopup(false);
    expect(screen.queryByRole('button', { name: 'Open sidebar' })).toBeNull();
    expect(screen.getByText('Open an Autotask page to use the sidebar.')).toBeTruthy();
  });

  it('says so when the sidebar cannot open on the tab', async () => {
    const { user } = renderPopup(true, () => Promise.reject(new Error('Receiving end does not exist')));
    await user.click(screen.getByRole('button', { name: 'Open sidebar' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Reload the Autotask page');
  });

  it('shows each template with its last run, result and next run, and runs one now', async () => {
    const { user, fake } = renderPopup(false);
    const template = await screen.findByRole('listitem', { name: 'Product Sync' });
    expect(template.textContent).toContain('Partial success');
    expect(within(template).getByText('On')).toBeTruthy(); // switched on, said in words
    expect(template.textContent).toMatch(/Last run: .*2026/);
    expect(template.textContent).toMatch(/Next run: .*2026/);
    await user.click(within(template).getByRole('button', { name: 'Run now' }));
    expect(fake.sent('templates.runNow')).toEqual([{ id: 'product-sync' }]);
  });

  it('does not offer Run now for a template that is switched off, and says why (issue 11 §1)', async () => {
    renderPopup(false, undefined, { 'templates.list': () => [{ ...PRODUCT_SYNC, enabled: false }] });
    const template = await screen.findByRole('listitem', { name: 'Product Sync' });
    const run = within(template).getByRole('button', { name: 'Run now' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect(within(template).queryByText('On')).toBeNull();
    expect(document.getElementById(run.getAttribute('aria-describedby')!)?.textContent).toContain(
      'switch it on in Options',
    );
  });

  it('says an enabled template has no next run because this browser does not run schedules', async () => {
    renderPopup(false, undefined, {
      'templates.list': () => [{ ...PRODUCT_SYNC, nextRunAt: undefined }],
      'settings.get': () => ({ runScheduledHere: false, supportContact: '' }),
    });
    const template = await screen.findByRole('listitem', { name: 'Product Sync' });
    await waitFor(() =>
      expect(template.textContent).toContain('Next run: not in this browser (Options → Scheduled work)'),
    );
  });

  it('says "not scheduled" for a template without a schedule when this browser runs schedules', async () => {
    renderPopup(false, undefined, { 'templates.list': () => [{ ...PRODUCT_SYNC, nextRunAt: undefined }] });
    const template = await screen.findByRole('listitem', { name: 'Product Sync' });
    await waitFor(() => expect(template.textContent).toContain('Next run: not scheduled'));
  });

  it('with a team runner connected, lists the runner’s runs and starts Run now there (issue 13 §2)', async () => {
    const { user, fake } = renderPopup(false, undefined, {
      // This browser's own state: never run, schedules off — not what the popup should show.
      'templates.list': () => [
        { ...PRODUCT_SYNC, lastRunAt: undefined, lastResult: undefined, nextRunAt: undefined },
      ],
      'settings.get': () => ({
        runScheduledHere: false,
        supportContact: '',
        teamRunner: 'https://runner.msp.example',
      }),
      'runner.runs': () => [
        { ...PRODUCT_SYNC, lastResult: 'failed' as const },
        { id: 'order-status', name: 'Get Order Status', enabled: false, running: false },
      ],
      'runner.runNow': () => ({ started: false }),
    });
    const sync = await screen.findByRole('listitem', { name: 'Product Sync' });
    expect(sync.textContent).toMatch(/Last run: .*2026.* — Failed · Next run: .*2026/);
    expect(
      screen.getByText(/Schedules run on the team runner \(https:\/\/runner\.msp\.example\)/),
    ).toBeTruthy();
    const status = screen.getByRole('listitem', { name: 'Get Order Status' });
    expect(status.textContent).toContain('Off on the team runner — its configuration switches it on');
    expect(status.textContent).toContain('Next run: not scheduled on the team runner');
    await user.click(within(sync).getByRole('button', { name: 'Run now' }));
    expect(fake.sent('runner.runNow')).toEqual([{ template: 'product-sync' }]);
    expect(fake.sent('templates.runNow')).toEqual([]);
    expect(await screen.findByText('That template is already running on the team runner.')).toBeTruthy();
  });

  it('shows a running template’s progress and follows it until the run ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const answers: TemplateView[] = [
      { ...PRODUCT_SYNC, running: true, progress: { done: 250, total: 1000 } },
      { ...PRODUCT_SYNC, running: true, progress: { done: 750, total: 1000 } },
      { ...PRODUCT_SYNC, running: false },
    ];
    renderPopup(false, undefined, { 'templates.list': () => [answers.shift() ?? PRODUCT_SYNC] });
    const bar = await screen.findByRole('progressbar', { name: 'Product Sync progress' });
    expect(bar.getAttribute('value')).toBe('250');
    expect(bar.getAttribute('max')).toBe('1000');
    await act(() => vi.advanceTimersByTimeAsync(PROGRESS_POLL_MS));
    await waitFor(() => expect(screen.getByText('750 / 1,000')).toBeTruthy());
    await act(() => vi.advanceTimersByTimeAsync(PROGRESS_POLL_MS));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('lists the latest activity, newest first', async () => {
    await seedLog();
    renderPopup(false);
    const list = await screen.findByRole('list', { name: 'Latest activity' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const texts = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(texts[0]).toContain('Product Sync: 3 updated');
    expect(texts[1]).toContain('Autotask rejected the credentials');
  });

  it('names each entry’s template, never its id, and shows the whole summary', async () => {
    const summary =
      'Create Orders: 0 orders created — PO-1043 waits in Submitted but automatic submission is off; PO-1044 is already ordered';
    await appendEntry({
      at: T0,
      template: 'create-orders',
      operation: 'order-submission',
      result: 'partial',
      summary,
    });
    renderPopup(false);
    const list = await screen.findByRole('list', { name: 'Latest activity' });
    const entry = await within(list).findByRole('button', { name: /Create Orders from Autotask/ });
    expect(entry.textContent).toContain(summary);
    expect(entry.textContent).toContain('Partial success');
    expect(entry.textContent).not.toContain('create-orders');
  });

  it('links to Options and Help', () => {
    renderPopup(false);
    expect(screen.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
    expect(screen.getAllByRole('link', { name: 'Help' }).map((a) => a.getAttribute('href'))).toContain(
      'help.html',
    );
  });
});

describe('the popup’s log', () => {
  beforeEach(freshDb);

  function renderLog() {
    const opened: string[] = [];
    render(
      <LogSourceProvider source={createLogSource()}>
        <PopupLog open={(url) => opened.push(url)} />
      </LogSourceProvider>,
    );
    return { opened, user: userEvent.setup() };
  }

  it('filters the latest entries by result, its one compact filter', async () => {
    await seedLog();
    const { user } = renderLog();
    await screen.findByText('Product Sync: 3 updated');
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await waitFor(() => expect(screen.queryByText('Product Sync: 3 updated')).toBeNull());
    expect(screen.getByText('Autotask rejected the credentials')).toBeTruthy();
    // The full filter bar lives in the log page.
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    expect(screen.queryByLabelText('Template')).toBeNull();
    expect(screen.queryByLabelText('From')).toBeNull();
  });

  it('opens the full log with the same filter', async () => {
    await seedLog();
    const { user, opened } = renderLog();
    await screen.findByText('Product Sync: 3 updated');
    await user.click(screen.getByRole('button', { name: 'Open full log' }));
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await user.click(screen.getByRole('button', { name: 'Open full log' }));
    expect(opened).toEqual(['log.html', 'log.html?result=failed']);
  });

  it('opens an entry in the full log', async () => {
    await seedLog();
    const { user, opened } = renderLog();
    await user.click(await screen.findByRole('button', { name: /Product Sync: 3 updated/ }));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^log\.html#entry-\d+$/);
  });

  it('hands Export CSV to the log page, which keeps running when the popup closes', async () => {
    await seedLog();
    const { user, opened } = renderLog();
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(opened).toEqual(['log.html?result=failed&export=1']);
  });
});
