// Options › Team runner (issue 13 §2), with the fake background and the browser's permission prompt
// faked (test/lib/runner-client/fake-access.ts): what a person sees and what leaves the page.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/settings/options-app';
import { ApiProvider } from '../../../components/ui/api';
import type { ResultOf } from '../../../lib/messaging/results';
import { DISCONNECTED, fakeApi, rejectWith } from '../fake-api';
import type { Handlers } from '../fake-api';
import { installFakeAccess } from '../../lib/runner-client/fake-access';
import type { FakeAccess } from '../../lib/runner-client/fake-access';

const TOKEN = 'canary-runner-token-5b2e91d0';
const ORIGIN = 'chrome-extension://test-extension-id';
const NOT_CONNECTED = { connected: false, extensionOrigin: ORIGIN } satisfies ResultOf<'runner.status'>;
const CONNECTED = {
  connected: true,
  url: 'https://bridge-runner.contoso.example',
  connectedAt: '2026-03-01T09:00:00.000Z',
  checkedAt: '2026-03-01T09:00:00.000Z',
  reachable: true,
  extensionOrigin: ORIGIN,
} satisfies ResultOf<'runner.status'>;

let access: FakeAccess;
beforeEach(() => {
  access = installFakeAccess();
});

function renderOptions(handlers: Handlers, settings: ResultOf<'settings.get'> = { runScheduledHere: true }) {
  let current = settings;
  const fake = fakeApi({
    'connection.status': () => DISCONNECTED,
    'settings.get': () => current,
    'templates.list': () => [],
    'runner.status': () => NOT_CONNECTED,
    ...handlers,
  });
  render(
    <ApiProvider api={fake.api}>
      <OptionsApp />
    </ApiProvider>,
  );
  return {
    fake,
    user: userEvent.setup(),
    setSettings: (next: ResultOf<'settings.get'>) => (current = next),
  };
}

const section = () => screen.getByRole('region', { name: 'Team runner' });

async function fill(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.type(await within(section()).findByLabelText('Runner address'), url);
  await user.type(within(section()).getByLabelText('Runner token'), TOKEN);
  await user.click(within(section()).getByRole('button', { name: 'Connect' }));
}

describe('Options › Team runner', () => {
  it('asks the browser for exactly the runner’s host, then connects; the schedules then read as the runner’s', async () => {
    const { fake, user, setSettings } = renderOptions({
      'runner.connect': () => {
        setSettings({ runScheduledHere: true, teamRunner: CONNECTED.url });
        return CONNECTED;
      },
    });
    expect(await screen.findByLabelText('Run scheduled templates in this browser')).toBeTruthy();
    await fill(user, 'https://bridge-runner.contoso.example:8443/');

    expect(
      await within(section()).findByText(/Connected to https:\/\/bridge-runner\.contoso\.example/),
    ).toBeTruthy();
    expect(access.requests).toEqual([['https://bridge-runner.contoso.example/*']]);
    expect(fake.sent('runner.connect')).toEqual([
      { url: 'https://bridge-runner.contoso.example:8443', token: TOKEN },
    ]);
    expect(
      await screen.findByText(
        /Schedules run on the team runner \(https:\/\/bridge-runner\.contoso\.example\)/,
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Run scheduled templates in this browser')).toBeNull();
    // The form forgot the token; the page never put it anywhere a content script could read.
    expect((within(section()).getByLabelText('Runner token') as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain(TOKEN);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(TOKEN);
    // The token left the page once, in runner.connect to the background, and in no other message.
    const carrying = fake.calls.filter((call) => JSON.stringify(call.payload).includes(TOKEN));
    expect(carrying.map((call) => call.name)).toEqual(['runner.connect']);
  });

  it('says clearly when the person did not allow access, and sends nothing to the background', async () => {
    access.answer = false;
    const { fake, user } = renderOptions({ 'runner.connect': () => CONNECTED });
    await fill(user, 'https://bridge-runner.contoso.example');

    const alert = await within(section()).findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'Access to the team runner’s address was not allowed',
    );
    expect(alert.textContent).toContain('choose Allow');
    expect(fake.sent('runner.connect')).toEqual([]);
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('refuses a plain-http address before asking for anything', async () => {
    const { fake, user } = renderOptions({});
    await fill(user, 'http://bridge-runner.contoso.example');

    const alert = await within(section()).findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'The team runner needs a full https:// address',
    );
    expect(access.requests).toEqual([]);
    expect(fake.sent('runner.connect')).toEqual([]);
  });

  it('shows the runner’s own refusal with its hint (a wrong token)', async () => {
    const { user } = renderOptions({
      'runner.connect': rejectWith({
        kind: 'auth',
        service: 'extension',
        status: 401,
        code: 'runner-token-refused',
        message: 'The team runner refused the token.',
      }),
    });
    await fill(user, 'https://bridge-runner.contoso.example');
    const alert = await within(section()).findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('The team runner refused the token (401)');
    expect(within(alert).getByRole('link', { name: 'Help' }).getAttribute('href')).toBe(
      'help.html#runner-token-refused',
    );
  });

  it('shows a connected runner that stopped answering, with the hint for it', async () => {
    renderOptions({
      'runner.status': () => ({
        ...CONNECTED,
        reachable: false,
        lastError: {
          kind: 'network',
          service: 'extension',
          status: 0,
          code: 'runner-unreachable',
          message: 'The team runner at https://bridge-runner.contoso.example did not answer.',
        },
      }),
    });
    expect(await within(section()).findByText(/but it did not answer as it should/)).toBeTruthy();
    const alert = within(section()).getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('The team runner could not be reached');
    expect(section().textContent).toContain(ORIGIN);
  });

  it('disconnects after a confirmation, and the browser switch comes back', async () => {
    const { fake, user, setSettings } = renderOptions(
      {
        'runner.status': () => CONNECTED,
        'runner.disconnect': () => {
          setSettings({ runScheduledHere: true });
          return NOT_CONNECTED;
        },
      },
      { runScheduledHere: true, teamRunner: CONNECTED.url },
    );
    await screen.findByText(/Schedules run on the team runner/);
    await user.click(await within(section()).findByRole('button', { name: 'Disconnect' }));
    await user.click(within(section()).getByRole('button', { name: 'Yes, disconnect the runner' }));

    expect(await within(section()).findByText(/Not connected\./)).toBeTruthy();
    expect(fake.sent('runner.disconnect')).toEqual([{}]);
    expect(await screen.findByLabelText('Run scheduled templates in this browser')).toBeTruthy();
  });
});
