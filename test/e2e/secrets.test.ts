// Issue 2 §4 "Secrets": after connecting, the API secret and the TD SYNNEX password are nowhere a
// content script or the page can read — not in chrome.storage.local/sync, not in the page's DOM.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO, PAGES } from './harness/demo-accounts';
import type { ChromeApi } from './harness/messages';
import { connectBothInOptions, startSession } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';

const CANARIES = [DEMO.autotask.secret, DEMO.tdsynnex.password];

let session: Session;
before(async () => {
  session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
});
after(async () => {
  await session?.close();
});

test('neither secret is in chrome.storage.local or chrome.storage.sync', async () => {
  const worker = await session.browser.serviceWorker();
  const dump = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return JSON.stringify({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    });
  });
  // The connection itself is remembered (so the dump is not vacuously empty)…
  assert.ok(dump.includes(DEMO.autotask.userName), 'the connected API user is stored');
  // …but never the secrets.
  for (const secret of CANARIES) assert.ok(!dump.includes(secret), `storage holds ${secret}`);
});

test('neither secret is in the Autotask page, its frames or the sidebar', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrderInFrame);
  await sidebarFrame(page, session.browser.extensionId);
  await page.waitForTimeout(1_000);
  for (const frame of page.frames()) {
    const html = await frame.content();
    for (const secret of CANARIES) assert.ok(!html.includes(secret), `${frame.url()} shows ${secret}`);
  }
  await page.close();
});
