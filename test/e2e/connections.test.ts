// Issue 2 §6: "connect both accounts in the options page", as a user, against the simulators.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO } from './harness/demo-accounts';
import { startSession, screenshot } from './harness/session';
import type { Session } from './harness/session';
import {
  autotaskConnectedText,
  connectAutotask,
  connectTdSynnex,
  distributorCard,
  section,
  selectedVendor,
} from './harness/user';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import { eventually } from './harness/wait';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

test('connecting Autotask with the demo API user shows the tenant id and zone', async () => {
  const options = await session.browser.openExtensionPage('options.html');
  await connectAutotask(options);

  await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
  const autotask = section(options, 'Autotask');
  assert.equal(await autotask.getByRole('button', { name: 'Reconnect' }).count(), 1);
  assert.equal(await autotask.getByRole('button', { name: 'Disconnect' }).count(), 1);
  const zoneLookups = session.sandbox.requests.filter((r) => /\/zoneInformation/i.test(r.url));
  assert.ok(zoneLookups.length > 0, 'the zone was discovered from the simulator');
  await options.close();
});

test('connecting TD SYNNEX verifies the account and preselects the TD SYNNEX vendor', async () => {
  const options = await session.browser.openExtensionPage('options.html');
  await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
  const priceRequestsBefore = priceRequests().length;
  // One card per distributor of the registry, each with its own Connect.
  for (const info of DISTRIBUTORS) {
    const card = distributorCard(options, info.id);
    assert.equal(await card.getByRole('button', { name: 'Connect', exact: true }).count(), 1, info.label);
  }
  await connectTdSynnex(options);

  const tdsynnex = distributorCard(options, 'tdsynnex');
  await tdsynnex.getByRole('button', { name: 'Reconnect' }).waitFor({ timeout: 15_000 });
  await tdsynnex.getByText(`Connected to TD SYNNEX customer ${DEMO.tdsynnex.customerNo}`).waitFor();
  // Reconnect asks for the password only: the account changes through Disconnect.
  assert.equal(await tdsynnex.getByLabel('Customer number', { exact: true }).count(), 0);
  assert.ok(priceRequests().length > priceRequestsBefore, 'a price request reached ec.us.tdsynnex.com');
  const selected = await eventually(
    () => selectedVendor(options).catch(() => ''),
    (label) => label !== '' && label !== 'Choose a vendor…',
    { what: 'the pre-selected vendor' },
  );
  assert.equal(selected, DEMO.vendorName);
  await screenshot(options, 'options');
  await options.close();
});

test('the popup shows both connections', async () => {
  const popup = await session.browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 600 });
  const autotask = `tenant ${DEMO.autotask.tenantId} (${DEMO.autotask.zoneName})`;
  await popup.getByText(autotask).first().waitFor({ timeout: 10_000 });
  await popup.getByText(`customer ${DEMO.tdsynnex.customerNo}`).first().waitFor({ timeout: 10_000 });
  await screenshot(popup, 'popup');
  await popup.close();
});

function priceRequests() {
  return session.sandbox.requests.filter(
    (r) => r.method === 'POST' && r.url === 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability',
  );
}
