// Issue 2 §4 / "Must show": the content script may only report the page and ask for display data;
// a message forged in its world asking the background to act is refused, and nothing changes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { contentWorld } from './harness/content-world';
import type { ContentWorld } from './harness/content-world';
import { DEMO, PAGES } from './harness/demo-accounts';
import { envelope, sendFromExtensionPage } from './harness/messages';
import { connectBothInOptions, startSession } from './harness/session';
import type { Session } from './harness/session';

let session: Session;
let options: Page;
let world: ContentWorld;
before(async () => {
  session = await startSession();
  options = await connectBothInOptions(session.browser);
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);
  world = await contentWorld(page, session.browser.extensionId);
});
after(async () => {
  await session?.close();
});

type Reply = { ok: boolean; error?: { kind?: string } };

test('the content script world can report the page it sees (the channel works)', async () => {
  const reply = (await world.sendMessage(
    envelope('page.report', { kind: 'purchaseOrder', id: DEMO.purchaseOrder.id }),
  )) as Reply;
  assert.equal(reply.ok, true, JSON.stringify(reply));
});

test('a disconnect forged in the content script is refused and both accounts stay connected', async () => {
  for (const account of ['autotask', 'tdsynnex'] as const) {
    const reply = (await world.sendMessage(envelope('connection.disconnect', { account }))) as Reply;
    assert.equal(reply.ok, false, `disconnect ${account} must be refused: ${JSON.stringify(reply)}`);
    assert.equal(reply.error?.kind, 'permission');
  }
  const status = await sendFromExtensionPage(options, 'connection.status', {});
  assert.ok(status.ok, JSON.stringify(status));
  assert.equal(status.value.autotask.connected, true);
  assert.equal(status.value.distributors['tdsynnex']?.connected, true);
});

test('a connect forged in the content script is refused and never reaches Autotask', async () => {
  const requestsBefore = session.sandbox.requests.length;
  const reply = (await world.sendMessage(
    envelope('autotask.connect', {
      userName: 'attacker@evil.example',
      secret: 'attacker-secret',
      integrationCode: 'ATTACKERCODE',
    }),
  )) as Reply;
  assert.equal(reply.ok, false, JSON.stringify(reply));
  assert.equal(reply.error?.kind, 'permission');
  const sent = session.sandbox.requests.slice(requestsBefore).filter((r) => /zoneInformation/i.test(r.url));
  assert.deepEqual(sent, [], 'no zone lookup for the forged user');
  const status = await sendFromExtensionPage(options, 'connection.status', {});
  assert.ok(status.ok, JSON.stringify(status));
  assert.equal(status.value.autotask.userName, DEMO.autotask.userName);
  assert.equal(status.value.autotask.tenantId, DEMO.autotask.tenantId);
});

test('a message the protocol does not declare (order.submit) is refused', async () => {
  const reply = (await world.sendMessage({ name: 'order.submit', payload: { poId: 1042 } })) as Reply;
  assert.equal(reply.ok, false, JSON.stringify(reply));
});
