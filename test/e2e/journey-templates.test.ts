// Issue 10 §1 as a user meets it in real Chromium against the sandbox: connect both accounts, switch
// each template on, change its settings (Create Orders' schedule and backorders, Product Sync's daily
// time, Get Order Status' proposed mapping confirmed with Use these), Disconnect Autotask → Connect
// again → one click per template re-enables it and every setting is as it was; a hint's
// `Open template settings` in the log lands on that template's section, on screen and focused.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { seedEntries } from './harness/log-seed';
import { sendFromExtensionPage } from './harness/messages';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { autotaskConnectedText, connectAutotask, section } from './harness/user';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const TEMPLATES = ['Product Sync', 'Create Orders from Autotask', 'Get Order Status'] as const;

const templateSection = (page: Page, name: string): Locator =>
  page.getByRole('region', { name, exact: true });
const switchOf = (page: Page, name: string): Locator =>
  templateSection(page, name).getByRole('switch', { name: `${name} enabled` });

async function expectSwitch(page: Page, name: string, on: boolean): Promise<void> {
  await eventually(
    () => switchOf(page, name).isChecked(),
    (checked) => checked === on,
    { what: `${name} to be ${on ? 'on' : 'off'}`, timeoutMs: 15_000 },
  );
}

async function selected(select: Locator): Promise<string> {
  return select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim() ?? '');
}

async function enabledIds(page: Page): Promise<string[]> {
  const reply = await sendFromExtensionPage(page, 'templates.list', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value
    .filter((t) => t.enabled)
    .map((t) => t.id)
    .sort();
}

describe('templates can be switched on and set up', () => {
  let session: Session;
  let options: Page;
  before(async () => {
    session = await startSession();
    options = await connectBothInOptions(session.browser);
    await options.setViewportSize({ width: 1000, height: 900 });
  });
  after(async () => {
    await session?.close();
  });

  test('each template has a switch and its own settings; changes are saved', async () => {
    for (const name of TEMPLATES) {
      await expectVisibleToUser(templateSection(options, name).getByRole('heading', { name }), {
        allowVerticalScroll: true,
      });
      // A new install: Get Order Status is on by default (issue 5), the other two are off.
      if (!(await switchOf(options, name).isChecked())) await switchOf(options, name).click();
      await expectSwitch(options, name, true);
    }
    assert.deepEqual(await enabledIds(options), ['create-orders', 'order-status', 'product-sync']);

    // Create Orders: trigger status from the tenant's picklist; automatic submission off, warned when on.
    const create = templateSection(options, 'Create Orders from Autotask');
    const trigger = create.getByRole('combobox', { name: 'Trigger status' });
    await trigger.waitFor({ timeout: 15_000 });
    assert.equal(await selected(trigger), 'Submitted');
    const auto = create.getByRole('checkbox', { name: 'Submit orders automatically' });
    assert.equal(await auto.isChecked(), false);
    await auto.check();
    await expectVisibleToUser(create.getByText(/will be ordered from its distributor without review/), {
      allowVerticalScroll: true,
    });
    await auto.uncheck();
    await create
      .getByRole('combobox', { name: 'Look for purchase orders' })
      .selectOption({ label: 'Every hour' });
    await create
      .getByRole('combobox', { name: 'Backorders' })
      .selectOption({ label: 'Reject lines without stock' });
    await create.getByRole('button', { name: 'Save Create Orders settings' }).click();
    await create.getByText('Create Orders settings saved.').waitFor({ timeout: 15_000 });

    // Product Sync: the daily time.
    const sync = templateSection(options, 'Product Sync');
    await sync.getByLabel('Runs daily at').fill('03:30');
    await sync.getByRole('button', { name: 'Save Product Sync settings' }).click();
    await sync.getByText('Product Sync settings saved.').waitFor({ timeout: 15_000 });

    // Get Order Status: a new install is offered a mapping read from the status names.
    const status = templateSection(options, 'Get Order Status');
    const proposal = status.getByRole('group', { name: 'Proposed status mapping' });
    await expectVisibleToUser(proposal.getByText('Partially shipped → Received Partial'), {
      allowVerticalScroll: true,
    });
    await status
      .getByRole('combobox', { name: 'Receive items in Autotask' })
      .selectOption({ label: 'When shipped' });
    await proposal.getByRole('button', { name: 'Use these' }).click();
    await status.getByText('Order status settings saved.').waitFor({ timeout: 15_000 });
    assert.equal(
      await selected(status.getByRole('combobox', { name: 'Partially shipped' })),
      'Received Partial',
    );
    assert.equal(await proposal.count(), 0);

    await expectNoGenericError(options);
    await expectNoSidewaysScroll(options);
    const templates = section(options, 'Templates');
    await options.emulateMedia({ colorScheme: 'light' });
    await mkdir(SHOTS, { recursive: true });
    await templates.screenshot({ path: `${SHOTS}journey-templates-light.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await templates.screenshot({ path: `${SHOTS}journey-templates-dark.png` });
    await options.emulateMedia({ colorScheme: 'light' });
  });

  test('Disconnect switches them off; after Connect one click each brings everything back', async () => {
    const autotask = section(options, 'Autotask');
    await autotask.getByRole('button', { name: 'Disconnect' }).click();
    await autotask.getByRole('button', { name: 'Yes, disconnect Autotask' }).click();
    await autotask.getByLabel('API secret', { exact: true }).waitFor({ timeout: 15_000 });
    for (const name of TEMPLATES) {
      await expectSwitch(options, name, false);
      assert.equal(
        await switchOf(options, name).isDisabled(),
        true,
        `${name}: cannot be switched on disconnected`,
      );
    }
    assert.deepEqual(await enabledIds(options), []);
    await screenshot(options, 'journey-templates-disconnected');

    await connectAutotask(options);
    await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
    for (const name of TEMPLATES) {
      await expectSwitch(options, name, false);
      await switchOf(options, name).click();
      await expectSwitch(options, name, true);
    }
    assert.deepEqual(await enabledIds(options), ['create-orders', 'order-status', 'product-sync']);

    const create = templateSection(options, 'Create Orders from Autotask');
    const schedule = create.getByRole('combobox', { name: 'Look for purchase orders' });
    await schedule.waitFor({ timeout: 15_000 });
    assert.equal(await selected(schedule), 'Every hour');
    assert.equal(
      await selected(create.getByRole('combobox', { name: 'Backorders' })),
      'Reject lines without stock',
    );
    assert.equal(
      await create.getByRole('checkbox', { name: 'Submit orders automatically' }).isChecked(),
      false,
    );
    const sync = templateSection(options, 'Product Sync');
    await sync.getByLabel('Runs daily at').waitFor({ timeout: 15_000 });
    assert.equal(await sync.getByLabel('Runs daily at').inputValue(), '03:30');
    const status = templateSection(options, 'Get Order Status');
    const partial = status.getByRole('combobox', { name: 'Partially shipped' });
    await partial.waitFor({ timeout: 15_000 });
    assert.equal(await selected(partial), 'Received Partial');
    assert.equal(
      await selected(status.getByRole('combobox', { name: 'Receive items in Autotask' })),
      'When shipped',
    );
    assert.equal(await status.getByRole('group', { name: 'Proposed status mapping' }).count(), 0);
    await expectNoGenericError(options);
  });

  test('a hint’s Open template settings lands on that template’s section', async () => {
    const log = await session.browser.openExtensionPage('log.html');
    await seedEntries(log, [
      {
        at: Date.now(),
        template: 'create-orders',
        operation: 'order-submission',
        result: 'partial',
        summary: 'No orders created: 2 purchase orders of TD SYNNEX sit in other statuses.',
        hintId: 'no-orders-created',
        keys: [],
      },
    ]);
    await log.reload();
    const rows = log.getByRole('list', { name: 'Log entries' }).getByRole('listitem');
    await rows.filter({ hasText: 'No orders created' }).getByRole('button').first().click();
    const details = log.getByRole('region', { name: 'Entry details' });
    const opened = session.browser.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/options.html'),
      timeout: 15_000,
    });
    await details.getByRole('button', { name: 'Open template settings' }).click();
    const landed = await opened;
    await landed.setViewportSize({ width: 1000, height: 700 });
    assert.match(landed.url(), /options\.html#template-create-orders$/);
    const create = templateSection(landed, 'Create Orders from Autotask');
    await create.getByRole('combobox', { name: 'Trigger status' }).waitFor({ timeout: 15_000 });
    await eventually(
      () => landed.evaluate(() => document.activeElement?.id ?? ''),
      (id) => id === 'template-create-orders',
      { what: 'the Create Orders section to have the focus', timeoutMs: 10_000 },
    );
    // On screen without the user scrolling (measured before any test scrolling): the section's top.
    await landed.waitForTimeout(500);
    const top = await create.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      h: window.innerHeight,
    }));
    assert.ok(top.top >= -1 && top.top < top.h / 2, `the section starts at ${top.top} px of ${top.h}`);
    await expectVisibleToUser(create.getByRole('heading', { name: 'Create Orders from Autotask' }));
    await expectVisibleToUser(create.getByRole('combobox', { name: 'Trigger status' }));
    await landed.screenshot({ path: `${SHOTS}journey-templates-landed.png` });
    await landed.close();
    await log.close();
  });
});
