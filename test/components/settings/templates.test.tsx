// Options → Templates (issue 10 §1): a switch and a settings section per template, Create Orders'
// settings from the tenant's PO statuses, the proposed status mapping, and `Open template settings`
// landing on a template's section.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatusMappingSection } from '../../../components/order-status/status-mapping';
import { landOnSection } from '../../../components/settings/template-anchor';
import { CreateOrdersSettingsSection } from '../../../components/settings/template-create-orders';
import { TemplatesList } from '../../../components/settings/templates-list';
import { ApiProvider } from '../../../components/ui/api';
import { focusSectionFor, openOptionsFor } from '../../../components/ui/hint-actions';
import { hintById } from '../../../lib/hints/hints';
import type { TemplateView } from '../../../lib/messaging/results';
import type { OrderStatusSettingsView } from '../../../lib/order-status/view-types';
import { DEFAULT_CREATE_ORDERS_SETTINGS } from '../../../lib/orders/create-orders-settings';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';

const TEMPLATES: TemplateView[] = [
  { id: 'create-orders', name: 'Create Orders from Autotask', enabled: false, running: false },
  { id: 'order-status', name: 'Get Order Status', enabled: false, running: false },
  { id: 'product-sync', name: 'Product Sync', enabled: false, running: false },
];

function renderWith(ui: React.ReactNode, handlers: Handlers) {
  const fake = fakeApi(handlers);
  render(<ApiProvider api={fake.api}>{ui}</ApiProvider>);
  return { fake, user: userEvent.setup() };
}

describe('the template switches', () => {
  it('gives each template a section with a heading, an id to land on, and a switch that is off', async () => {
    renderWith(<TemplatesList connected />, { 'templates.list': () => TEMPLATES });
    for (const t of TEMPLATES) {
      const section = await screen.findByRole('region', { name: t.name });
      expect(section.id).toBe(`template-${t.id}`);
      const toggle = within(section).getByRole('switch', { name: `${t.name} enabled` }) as HTMLInputElement;
      expect(toggle.checked).toBe(false);
    }
  });

  it('switches a template on with one click, through the background, and shows it on', async () => {
    let list = TEMPLATES;
    const { fake, user } = renderWith(<TemplatesList connected />, {
      'templates.list': () => list,
      'templates.setEnabled': ({ id, enabled }) =>
        (list = list.map((t) => (t.id === id ? { ...t, enabled } : t))),
    });
    const toggle = (await screen.findByRole('switch', {
      name: 'Get Order Status enabled',
    })) as HTMLInputElement;
    await user.click(toggle);
    await vi.waitFor(() => expect(toggle.checked).toBe(true));
    expect(within(toggle.closest('section')!).getByText('On')).toBeTruthy();
    expect(fake.sent('templates.setEnabled')).toEqual([{ id: 'order-status', enabled: true }]);
  });

  it('cannot be switched on while an account is not connected, and says why', async () => {
    renderWith(<TemplatesList connected={false} />, { 'templates.list': () => TEMPLATES });
    const toggle = (await screen.findByRole('switch', { name: 'Product Sync enabled' })) as HTMLInputElement;
    expect(toggle.disabled).toBe(true);
    const why = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Connect Autotask and a distributor to switch it on.');
  });

  it('shows each template’s own settings inside its section', async () => {
    renderWith(<TemplatesList connected sections={{ 'create-orders': <p>Create Orders body</p> }} />, {
      'templates.list': () => TEMPLATES,
    });
    const section = await screen.findByRole('region', { name: 'Create Orders from Autotask' });
    expect(within(section).getByText('Create Orders body')).toBeTruthy();
  });
});

describe('the Create Orders settings', () => {
  const VIEW = {
    settings: DEFAULT_CREATE_ORDERS_SETTINGS,
    triggerStatuses: ['New', 'Sent to vendor', 'Submitted', 'Received Partial'],
  };

  it('offers the tenant’s PO statuses as trigger, and automatic submission is off', async () => {
    renderWith(<CreateOrdersSettingsSection />, { 'createOrders.settings': () => VIEW });
    const trigger = await screen.findByRole('combobox', { name: 'Trigger status' });
    expect(
      within(trigger)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(VIEW.triggerStatuses);
    expect((trigger as HTMLSelectElement).value).toBe('Submitted');
    const auto = screen.getByRole('checkbox', { name: 'Submit orders automatically' }) as HTMLInputElement;
    expect(auto.checked).toBe(false);
    expect(screen.queryByText(/without review/)).toBeNull();
  });

  it('warns plainly when automatic submission is turned on, and saves every field but the switch', async () => {
    const { fake, user } = renderWith(<CreateOrdersSettingsSection />, {
      'createOrders.settings': () => VIEW,
      'createOrders.saveSettings': (patch) => ({ ...VIEW, settings: { ...VIEW.settings, ...patch } }),
    });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Trigger status' }),
      'Sent to vendor',
    );
    const auto = screen.getByRole('checkbox', { name: 'Submit orders automatically' });
    await user.click(auto);
    const warning = document.getElementById(auto.getAttribute('aria-describedby') ?? '');
    expect(warning?.textContent).toMatch(
      /every purchase order in status “Sent to vendor” will be ordered from its distributor without review/,
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Look for purchase orders' }),
      'Every hour',
    );
    await user.clear(screen.getByRole('textbox', { name: 'Warehouse' }));
    await user.type(screen.getByRole('textbox', { name: 'Warehouse' }), '3');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Backorders' }),
      'Reject lines without stock',
    );
    await user.click(screen.getByRole('button', { name: 'Save Create Orders settings' }));

    expect(await screen.findByText('Create Orders settings saved.')).toBeTruthy();
    const [sent] = fake.sent('createOrders.saveSettings');
    expect(sent).not.toHaveProperty('enabled');
    expect(sent).toMatchObject({
      triggerStatus: 'Sent to vendor',
      automaticSubmission: true,
      schedule: { periodInMinutes: 60 },
      warehousePreference: '3',
      backorderPolicy: 'reject',
      // Empty: each distributor's own default ship method.
      shipMethod: '',
    });
  });
});

describe('the proposed status mapping (new install)', () => {
  const VIEW: OrderStatusSettingsView = {
    settings: {
      enabled: true,
      frequency: { every: 'hour' },
      scope: 'active',
      receiving: 'never',
      mapping: {},
    },
    statusOptions: [
      { id: 7, label: 'New' },
      { id: 8, label: 'Submitted' },
      { id: 9, label: 'Partially Received' },
      { id: 10, label: 'Received' },
    ],
    proposedMapping: {
      ACCEPTED: { kind: 'status', statusId: 8 },
      PARTIALLY_SHIPPED: { kind: 'status', statusId: 9 },
      SHIPPED: { kind: 'status', statusId: 10 },
      HOLD: { kind: 'note' },
    },
  };

  it('is shown as proposed, leaves the rows unmapped until the user confirms with Use these', async () => {
    const { fake, user } = renderWith(<StatusMappingSection />, {
      'orderStatus.settings': () => VIEW,
      'orderStatus.saveSettings': (patch) => ({
        settings: { ...VIEW.settings, ...patch },
        statusOptions: VIEW.statusOptions,
      }),
    });
    const proposal = await screen.findByRole('group', { name: 'Proposed status mapping' });
    expect(within(proposal).getByText('Partially Received').closest('li')?.textContent).toBe(
      'Partially shipped → Partially Received',
    );
    const partial = screen.getByRole('combobox', { name: 'Partially shipped' }) as HTMLSelectElement;
    expect(partial.selectedOptions[0]?.textContent).toBe('Not mapped');

    await user.click(within(proposal).getByRole('button', { name: 'Use these' }));

    expect(await screen.findByText('Order status settings saved.')).toBeTruthy();
    expect(fake.sent('orderStatus.saveSettings')[0]?.mapping).toEqual(VIEW.proposedMapping);
    expect(partial.selectedOptions[0]?.textContent).toBe('Partially Received');
    expect(screen.queryByRole('group', { name: 'Proposed status mapping' })).toBeNull();
  });

  it('is not offered once a mapping is saved', async () => {
    renderWith(<StatusMappingSection />, {
      'orderStatus.settings': () => ({
        ...VIEW,
        settings: { ...VIEW.settings, mapping: { SHIPPED: { kind: 'note' } } },
      }),
    });
    await screen.findByRole('combobox', { name: 'Partially shipped' });
    expect(screen.queryByRole('group', { name: 'Proposed status mapping' })).toBeNull();
  });
});

describe('Open template settings', () => {
  it('lands on the template the hint is about: "No orders created" → Create Orders', async () => {
    renderWith(<TemplatesList connected />, { 'templates.list': () => TEMPLATES });
    const section = await screen.findByRole('region', { name: 'Create Orders from Autotask' });
    const action = hintById('no-orders-created')?.action;
    expect(action).toMatchObject({ id: 'open-template-settings', template: 'create-orders' });
    focusSectionFor(action!);
    expect(document.activeElement).toBe(section);
  });

  it.each([
    ['no-orders-created', 'options.html#template-create-orders'],
    ['category-not-mapped', 'options.html#template-product-sync'],
  ])('from another page, %s opens %s', (hintId, url) => {
    const opened: string[] = [];
    const original = window.open;
    window.open = ((target: string) => {
      opened.push(target);
      return null;
    }) as typeof window.open;
    try {
      openOptionsFor(hintById(hintId)!.action!);
    } finally {
      window.open = original;
    }
    expect(opened).toEqual([url]);
  });

  it('waits for a section that is still loading, then focuses it and scrolls it into view', async () => {
    const scrolled: Element[] = [];
    // jsdom does no layout; record what would be scrolled to.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const fake = fakeApi({ 'templates.list': () => TEMPLATES });
    const stop = landOnSection('template-product-sync');
    render(
      <ApiProvider api={fake.api}>
        <TemplatesList connected />
      </ApiProvider>,
    );
    const section = await screen.findByRole('region', { name: 'Product Sync' });
    await act(async () => {});
    expect(document.activeElement).toBe(section);
    expect(scrolled).toContain(section);
    stop();
  });
});
