import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import { ApiProvider } from '../../../components/ui/api';
import type { LogEntryView } from '../../../lib/messaging/results';
import { AUTOTASK_CONNECTED, DISCONNECTED, fakeApi } from '../fake-api';

const ENTRIES: LogEntryView[] = [
  {
    id: 2,
    at: '2026-11-25T10:00:00.000Z',
    template: 'Connections',
    operation: 'connection',
    result: 'failed',
    summary: 'Autotask rejected the credentials',
    error: { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' },
  },
  {
    id: 1,
    at: '2026-11-25T09:00:00.000Z',
    template: 'Connections',
    operation: 'connection',
    result: 'success',
    summary: 'Connected to Autotask',
  },
];

function renderPopup(onAutotaskTab: boolean, openSidebar: () => Promise<void> = async () => {}) {
  const fake = fakeApi({
    'connection.status': () => ({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }),
    'log.recent': () => ENTRIES,
  });
  render(
    <ApiProvider api={fake.api}>
      <PopupApp onAutotaskTab={onAutotaskTab} openSidebar={openSidebar} />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

describe('the popup', () => {
  it('shows the state of both connections', async () => {
    renderPopup(false);
    expect(await screen.findByText('Connected to tenant 684213 (America East 3)')).toBeTruthy();
    expect(screen.getByText('Not connected')).toBeTruthy();
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

  it('lists the latest activity, newest first, with the fix for a failure', async () => {
    const { fake } = renderPopup(false);
    expect(await screen.findByText('Autotask rejected the credentials')).toBeTruthy();
    expect(screen.getByText('Connected to Autotask')).toBeTruthy();
    expect(screen.getByText('How to fix')).toBeTruthy();
    expect(fake.sent('log.recent')).toEqual([{ limit: 5 }]);
  });

  it('links to the full log, Options and Help', () => {
    renderPopup(false);
    expect(screen.getByRole('link', { name: 'Open full log' }).getAttribute('href')).toBe('log.html');
    expect(screen.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
    expect(screen.getAllByRole('link', { name: 'Help' }).map((a) => a.getAttribute('href'))).toContain(
      'help.html',
    );
  });
});
