import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/settings/options-app';
import { ApiProvider } from '../../../components/ui/api';
import { HintActionProvider } from '../../../components/ui/error-hint';
import type { HintAction } from '../../../lib/hints/hints';
import type { ResultOf } from '../../../lib/messaging/results';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { AUTOTASK_CONNECTED, DISCONNECTED, fakeApi, rejectWith, withDistributors } from '../fake-api';
import type { Handlers } from '../fake-api';

const TDS_CONNECTED = {
  connected: true,
  account: {
    customerNo: '123456',
    userId: 'ec-user@contoso-msp.example',
    region: 'US',
    environment: 'production',
  },
} satisfies ResultOf<'distributor.connect'>;

const VENDORS = [
  { id: 29683001, name: 'TD SYNNEX Corporation', suggested: true },
  { id: 29683002, name: 'Ingram Micro', suggested: false },
];

function renderOptions(handlers: Handlers) {
  const fake = fakeApi({
    'connection.status': () => DISCONNECTED,
    'settings.get': () => ({ runScheduledHere: false }),
    'runner.status': () => ({ connected: false, extensionOrigin: 'chrome-extension://test-extension-id' }),
    'templates.list': () => [],
    'vendors.list': () => VENDORS,
    ...handlers,
  });
  const actions: HintAction[] = [];
  render(
    <ApiProvider api={fake.api}>
      <HintActionProvider value={(action) => actions.push(action)}>
        <OptionsApp />
      </HintActionProvider>
    </ApiProvider>,
  );
  return { fake, actions, user: userEvent.setup() };
}

const autotaskSection = () => screen.getByRole('region', { name: 'Autotask' });

async function fillAutotask(user: ReturnType<typeof userEvent.setup>, secret = 'demo-secret-1') {
  await user.type(await screen.findByLabelText('API user name'), 'api@contoso-msp.example');
  await user.type(screen.getByLabelText('API secret'), secret);
  await user.type(screen.getByLabelText('API integration code'), 'DEMOINTEGRATIONCODE0000000001');
}

describe('Options › Autotask', () => {
  it('connects and shows the tenant and zone, sending exactly the three fields', async () => {
    const { fake, user } = renderOptions({ 'autotask.connect': () => AUTOTASK_CONNECTED });
    await fillAutotask(user);
    await user.click(within(autotaskSection()).getByRole('button', { name: 'Connect' }));

    expect(await screen.findByText('Connected to Autotask tenant 684213 (America East 3)')).toBeTruthy();
    expect(fake.sent('autotask.connect')).toEqual([
      {
        userName: 'api@contoso-msp.example',
        secret: 'demo-secret-1',
        integrationCode: 'DEMOINTEGRATIONCODE0000000001',
      },
    ]);
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Disconnect' })).toHaveLength(1);
  });

  it('explains the integration code is what Autotask calls the API tracking identifier', async () => {
    renderOptions({});
    const input = await screen.findByLabelText('API integration code');
    const help = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toContain('API tracking identifier');
  });

  it('keeps the secret in a password field that is never autofilled', async () => {
    renderOptions({});
    const secret = await screen.findByLabelText('API secret');
    expect(secret.getAttribute('type')).toBe('password');
    expect(secret.getAttribute('autocomplete')).toBe('off');
  });

  it('shows the 401 hint when Autotask rejects the credentials, and clears the secret', async () => {
    const { actions, user } = renderOptions({
      'autotask.connect': rejectWith({
        kind: 'auth',
        service: 'autotask',
        status: 401,
        message: 'Autotask rejected the credentials',
      }),
    });
    await fillAutotask(user, 'wrong-secret');
    await user.click(within(autotaskSection()).getByRole('button', { name: 'Connect' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Help' }).getAttribute('href')).toBe(
      'help.html#autotask-unauthorized',
    );
    expect(within(alert).getByRole('heading').textContent).toContain('401');
    await user.click(within(alert).getByRole('button', { name: 'Reconnect Autotask' }));
    expect(actions.map((action) => action.id)).toEqual(['reconnect-autotask']);
    expect((screen.getByLabelText('API secret') as HTMLInputElement).value).toBe('');
    expect(document.body.textContent).not.toContain('wrong-secret');
  });

  it('clears the secret after a successful connect too', async () => {
    const { user } = renderOptions({ 'autotask.connect': () => AUTOTASK_CONNECTED });
    await fillAutotask(user);
    await user.click(within(autotaskSection()).getByRole('button', { name: 'Connect' }));
    await screen.findByText(/Connected to Autotask tenant/);

    expect((screen.getByLabelText('API secret') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('API integration code') as HTMLInputElement).value).toBe('');
  });

  it('lists missing permissions with the access hint and a no-costs user with the costs hint', async () => {
    renderOptions({
      'connection.status': () => ({
        ...DISCONNECTED,
        autotask: {
          ...AUTOTASK_CONNECTED,
          missing: ['PurchaseOrders: create'],
          warnings: ['The API user cannot read costs'],
        },
      }),
    });

    expect(await screen.findByText('PurchaseOrders: create')).toBeTruthy();
    const anchors = screen.getAllByRole('link', { name: 'Help' }).map((link) => link.getAttribute('href'));
    expect(anchors).toContain('help.html#autotask-forbidden');
    expect(anchors).toContain('help.html#autotask-cannot-read-costs');
  });

  it('disconnects only after the user confirms', async () => {
    const { fake, user } = renderOptions({
      'connection.status': () => ({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }),
      'connection.disconnect': () => DISCONNECTED,
    });
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    expect(fake.sent('connection.disconnect')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Yes, disconnect Autotask' }));
    expect(await within(autotaskSection()).findByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(fake.sent('connection.disconnect')).toEqual([{ account: 'autotask' }]);
  });

  it('reconnects with a new secret, keeping the user name', async () => {
    const { fake, user } = renderOptions({
      'connection.status': () => ({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }),
      'autotask.reconnect': () => AUTOTASK_CONNECTED,
    });
    await user.type(await screen.findByLabelText('API secret'), 'new-secret');
    await user.type(screen.getByLabelText('API integration code'), 'DEMOINTEGRATIONCODE0000000001');
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));

    await vi.waitFor(() => expect(fake.sent('autotask.reconnect')).toHaveLength(1));
    expect(fake.sent('autotask.reconnect')[0]?.userName).toBe('api@contoso-msp.example');
  });
});

describe('Options › distributors', () => {
  const card = (id: string) => document.getElementById(`distributor-${id}`) as HTMLElement;
  const tds = () => screen.getByRole('region', { name: 'TD SYNNEX' });

  it('shows one card per distributor of the registry, its form built from the registry fields', async () => {
    renderOptions({});
    await screen.findByRole('region', { name: 'TD SYNNEX' });
    for (const info of DISTRIBUTORS) {
      const section = screen.getByRole('region', { name: info.label });
      expect(section.id).toBe(`distributor-${info.id}`);
      for (const field of info.fields) {
        const input = within(section).getByLabelText(field.label);
        expect(input.tagName).toBe(field.kind === 'select' ? 'SELECT' : 'INPUT');
        if (field.kind === 'secret') expect(input.getAttribute('type')).toBe('password');
      }
      expect(within(section).getByText('Not connected.')).toBeTruthy();
    }
  });

  it('connects TD SYNNEX with region and environment, then forgets the password', async () => {
    const { fake, user } = renderOptions({ 'distributor.connect': () => TDS_CONNECTED });
    const section = await screen.findByRole('region', { name: 'TD SYNNEX' });
    await user.type(within(section).getByLabelText('Customer number'), ' 123456 ');
    await user.type(within(section).getByLabelText('EC Express user ID'), 'ec-user@contoso-msp.example');
    await user.type(within(section).getByLabelText('Password'), ' demo-tds-password ');
    await user.selectOptions(within(section).getByLabelText('Region'), 'CA');
    await user.selectOptions(within(section).getByLabelText('Environment'), 'test');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    expect(
      await within(section).findByText('Connected to TD SYNNEX customer 123456 (US, production)'),
    ).toBeTruthy();
    // Text fields are trimmed, a secret is sent exactly as typed.
    expect(fake.sent('distributor.connect')).toEqual([
      {
        distributor: 'tdsynnex',
        account: {
          customerNo: '123456',
          userId: 'ec-user@contoso-msp.example',
          password: ' demo-tds-password ',
          region: 'CA',
          environment: 'test',
        },
      },
    ]);
    const password = within(section).getByLabelText('Password') as HTMLInputElement;
    expect(password.value).toBe('');
    expect(password.getAttribute('type')).toBe('password');
    expect(document.body.textContent).not.toContain('demo-tds-password');
    // Connected: the account's other fields change only through Disconnect.
    expect(within(section).queryByLabelText('Customer number')).toBeNull();
  });

  it('connects the second distributor through its own fields, leaving the first alone', async () => {
    const ingram = DISTRIBUTORS[1]!;
    const { fake, user } = renderOptions({
      'distributor.connect': ({ account }) => ({
        connected: true,
        account: { ...account, clientSecret: 'never' },
      }),
    });
    const section = await screen.findByRole('region', { name: ingram.label });
    const typed: Record<string, string> = {};
    for (const field of ingram.fields) {
      const input = within(section).getByLabelText(field.label);
      if (field.kind === 'select') {
        typed[field.name] = field.options![1]!.value;
        await user.selectOptions(input, typed[field.name]!);
      } else {
        typed[field.name] = `${field.name}-value`;
        await user.type(input, typed[field.name]!);
      }
    }
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    await vi.waitFor(() =>
      expect(fake.sent('distributor.connect')).toEqual([{ distributor: ingram.id, account: typed }]),
    );
    expect(await within(section).findByText(/^Connected to /)).toBeTruthy();
    expect(within(tds()).getByText('Not connected.')).toBeTruthy();
  });

  it('reconnects with the secret fields only', async () => {
    const { fake, user } = renderOptions({
      'connection.status': () => withDistributors(DISCONNECTED, { tdsynnex: TDS_CONNECTED }),
      'distributor.reconnect': () => TDS_CONNECTED,
    });
    const section = await screen.findByRole('region', { name: 'TD SYNNEX' });
    expect(within(section).queryByLabelText('Customer number')).toBeNull();
    expect(within(section).queryByLabelText('Region')).toBeNull();
    await user.type(within(section).getByLabelText('Password'), 'new-password');
    await user.click(within(section).getByRole('button', { name: 'Reconnect' }));

    await vi.waitFor(() =>
      expect(fake.sent('distributor.reconnect')).toEqual([
        { distributor: 'tdsynnex', secrets: { password: 'new-password' } },
      ]),
    );
    expect(fake.sent('distributor.connect')).toEqual([]);
  });

  it('says "Credentials rejected" for a distributor refusing the stored login', async () => {
    renderOptions({
      'connection.status': () =>
        withDistributors(DISCONNECTED, {
          tdsynnex: { ...TDS_CONNECTED, rejectedAt: '2026-11-25T09:00:00.000Z' },
        }),
    });
    const section = await screen.findByRole('region', { name: 'TD SYNNEX' });
    expect(within(section).getByRole('status').textContent).toBe(
      'Credentials rejected: TD SYNNEX refuses the stored login (customer 123456 (US, production)). Enter the current password and Reconnect.',
    );
    expect(within(section).queryByText(/^Connected to/)).toBeNull();
  });

  it('disconnects a distributor only after the user confirms', async () => {
    const { fake, user } = renderOptions({
      'connection.status': () => withDistributors(DISCONNECTED, { tdsynnex: TDS_CONNECTED }),
      'connection.disconnect': () => DISCONNECTED,
    });
    const section = await screen.findByRole('region', { name: 'TD SYNNEX' });
    await user.click(within(section).getByRole('button', { name: 'Disconnect' }));
    expect(fake.sent('connection.disconnect')).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Yes, disconnect TD SYNNEX' }));
    expect(await within(section).findByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(fake.sent('connection.disconnect')).toEqual([{ account: 'tdsynnex' }]);
    expect(within(section).getByLabelText('Customer number')).toBeTruthy();
  });

  it('shows the connect hint of a refused login, its action naming the distributor', async () => {
    const { actions, user } = renderOptions({
      'distributor.connect': rejectWith({
        kind: 'auth',
        service: 'distributor',
        distributor: 'tdsynnex',
        status: 200,
        code: 'login-failed',
        message: 'TD SYNNEX refused the login',
      }),
    });
    const section = await screen.findByRole('region', { name: 'TD SYNNEX' });
    await user.type(within(section).getByLabelText('Customer number'), '123456');
    await user.type(within(section).getByLabelText('EC Express user ID'), 'ec-user');
    await user.type(within(section).getByLabelText('Password'), 'wrong');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    const alert = await within(section).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Reconnect TD SYNNEX' }));
    expect(actions).toEqual([
      expect.objectContaining({ id: 'reconnect-distributor', distributor: 'tdsynnex' }),
    ]);
    expect(card('tdsynnex')).toBe(section);
  });

  it('pre-selects the suggested vendor of each distributor and saves it when confirmed', async () => {
    const { fake, user } = renderOptions({
      'connection.status': () =>
        withDistributors({ ...DISCONNECTED, autotask: AUTOTASK_CONNECTED }, { tdsynnex: TDS_CONNECTED }),
      'vendors.select': ({ companyId }) => ({ ...TDS_CONNECTED, vendorCompanyId: companyId }),
    });
    const select = (await within(await screen.findByRole('region', { name: 'TD SYNNEX' })).findByLabelText(
      'TD SYNNEX vendor',
    )) as HTMLSelectElement;
    expect(select.value).toBe('29683001');
    await vi.waitFor(() =>
      expect(fake.sent('vendors.list')).toEqual(DISTRIBUTORS.map((info) => ({ distributor: info.id }))),
    );

    await user.click(within(tds()).getByRole('button', { name: 'Use this vendor' }));
    await vi.waitFor(() =>
      expect(fake.sent('vendors.select')).toEqual([{ distributor: 'tdsynnex', companyId: 29683001 }]),
    );
    expect(within(tds()).queryByText('Not saved yet.')).toBeNull();
  });
});

describe('Options › scheduled work and templates', () => {
  it('leaves "Run scheduled templates in this browser" off until the user turns it on', async () => {
    const { fake, user } = renderOptions({
      'settings.update': (change) => ({ runScheduledHere: !!change.runScheduledHere }),
    });
    const box = (await screen.findByRole('checkbox', {
      name: 'Run scheduled templates in this browser',
    })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toContain('ten');

    await user.click(box);
    await vi.waitFor(() => expect(box.checked).toBe(true));
    expect(fake.sent('settings.update')).toEqual([{ runScheduledHere: true }]);
  });

  it('lists templates with their state and runs one now', async () => {
    const { fake, user } = renderOptions({
      'templates.list': () => [
        { id: 'product-sync', name: 'Product Sync', enabled: true, running: false },
        { id: 'order-status', name: 'Get Order Status', enabled: false, running: false },
      ],
      'templates.runNow': () => ({ started: true }),
    });
    const section = await screen.findByRole('region', { name: 'Get Order Status' });
    expect(
      (within(section).getByRole('switch', { name: 'Get Order Status enabled' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect(within(section).getByText(/Last run: Never/)).toBeTruthy();
    // A template that is off writes nothing (issue 11 §1): its Run now is disabled and says why.
    const off = within(section).getByRole('button', { name: 'Run now: Get Order Status' });
    expect((off as HTMLButtonElement).disabled).toBe(true);
    expect(off.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(off.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Switch it on to run it.',
    );

    await user.click(screen.getByRole('button', { name: 'Run now: Product Sync' }));
    expect(await screen.findByText('Product Sync started.')).toBeTruthy();
    expect(fake.sent('templates.runNow')).toEqual([{ id: 'product-sync' }]);
  });

  it('links to Help', async () => {
    renderOptions({});
    expect((await screen.findByRole('link', { name: 'Help' })).getAttribute('href')).toBe('help.html');
  });
});
