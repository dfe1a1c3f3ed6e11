// Issue 10 §4: credentials refused while connected flip the connection state to "Credentials
// rejected" everywhere a user looks (sidebar hint, popup, options page) — never a green "Connected"
// while every call fails; a deliberate Disconnect reads "not connected" with `Connect in Options`,
// never as a 401 or a failed login. The Disconnect test comes last: it ends the connection.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import { connectedSessionForTests } from './harness/session-for-tests';
import { section } from './harness/user';
import { eventuallyVisible, expectVisibleToUser } from './harness/visible';
import {
  expectHint,
  expectTruthfulScreen,
  openPurchaseOrder,
  shootLightAndDark,
  SIDEBAR_WIDTH,
} from './journey-errors-world';

const world = connectedSessionForTests();

async function openPopup(): Promise<Page> {
  const popup = await world.session.browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: SIDEBAR_WIDTH, height: 600 });
  return popup;
}

describe('connection state follows what the services say', () => {
  test('a secret changed in Autotask reads "Credentials rejected" in the sidebar, popup and options', async () => {
    const user = world.session.sandbox.autotask.db.users.get(DEMO.autotask.userName.toLowerCase())!;
    const secret = user.secret;
    user.secret = 'changed-in-autotask';
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      await expectHint(sidebar, /Autotask rejected the API credentials/, 'Reconnect Autotask');
      const popup = await openPopup();
      await eventuallyVisible(
        popup.getByText(/^Credentials rejected — Reconnect in Options \(tenant/),
        'popup',
      );
      assert.equal(await popup.getByText(/^Connected to tenant/).count(), 0, 'no green Connected');
      await expectTruthfulScreen(popup);
      await shootLightAndDark(popup, 'popup-credentials-rejected');
      await popup.close();
      const options = await world.session.browser.openExtensionPage('options.html');
      const autotask = section(options, 'Autotask');
      await expectVisibleToUser(autotask.getByText(/^Credentials rejected: Autotask refuses/));
      assert.equal(await autotask.getByText(/^Connected to Autotask tenant/).count(), 0);
      await options.close();
    } finally {
      user.secret = secret;
      await page.close();
    }
    // The secret is valid again (fixed in Autotask): the next call that succeeds clears the state.
    const again = await openPurchaseOrder(world.session);
    await expectVisibleToUser(again.sidebar.getByRole('button', { name: 'Check price and availability' }), {
      frame: again.sidebar,
      allowVerticalScroll: true,
      timeoutMs: 20_000,
    });
    await again.page.close();
    const popup = await openPopup();
    await eventuallyVisible(popup.getByText(/^Connected to tenant/), 'the popup connected again');
    await popup.close();
  });

  test('a password changed at TD SYNNEX reads "TD SYNNEX login failed" and "Credentials rejected"', async () => {
    const account = world.session.sandbox.tdsynnex.accounts.all()[0]!;
    const password = account.password;
    account.password = 'changed-at-td-synnex';
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      await expectHint(sidebar, 'TD SYNNEX login failed', 'Reconnect TD SYNNEX');
      const popup = await openPopup();
      await eventuallyVisible(
        popup.getByText(/^Credentials rejected — Reconnect in Options \(customer/),
        'popup',
      );
      await expectTruthfulScreen(popup);
      await popup.close();
    } finally {
      account.password = password;
      await page.close();
    }
  });

  test('after a deliberate Disconnect the sidebar says "TD SYNNEX is not connected" with Connect in Options', async () => {
    const options = await world.session.browser.openExtensionPage('options.html');
    const tdsynnex = section(options, 'TD SYNNEX');
    await tdsynnex.getByRole('button', { name: 'Disconnect' }).click();
    await tdsynnex.getByRole('button', { name: /Yes, disconnect/ }).click();
    await tdsynnex.getByRole('button', { name: 'Connect', exact: true }).waitFor({ timeout: 15_000 });
    await options.close();
    const { page, sidebar } = await openPurchaseOrder(world.session);
    try {
      await expectHint(sidebar, 'TD SYNNEX is not connected', 'Connect in Options');
      const text = await sidebar.locator('body').innerText();
      assert.doesNotMatch(text, /TD SYNNEX login failed|rejected the API credentials/);
      await shootLightAndDark(page, 'not-connected');
      const popup = await openPopup();
      // The popup lists every distributor; TD SYNNEX's own line reads Not connected.
      const tdsynnexLine = popup.locator('dt:text-is("TD SYNNEX") + dd');
      await eventuallyVisible(tdsynnexLine.getByText('Not connected'), 'popup: TD SYNNEX not connected');
      assert.equal(await popup.getByText(/Credentials rejected/).count(), 0, 'not a rejection');
      await popup.close();
    } finally {
      await page.close();
    }
  });
});
