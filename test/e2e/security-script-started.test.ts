// Issue 11 §4 in real Chromium: WXT's "a newer copy of this content script started" signal. The
// page must not learn its name from a postMessage (noScriptStartedPostMessage), and a forged
// CustomEvent / postMessage of that name from the page's world must leave the sidebar in place.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { PAGES } from './harness/demo-accounts';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { rootCounts, sidebarFrame } from './harness/user';

let session: Session;
let page: Page;
const SIGNAL = 'wxt:content-script-started';

before(async () => {
  session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
  page = await session.browser.context.newPage();
  // Before any script of the page: note every message whose type names WXT's signal.
  await page.addInitScript((signal) => {
    const seen: unknown[] = [];
    (window as unknown as { __wxtSignals: unknown[] }).__wxtSignals = seen;
    window.addEventListener('message', (event) => {
      if (JSON.stringify(event.data ?? null).includes(signal)) seen.push(event.data);
    });
  }, SIGNAL);
  await page.goto(PAGES.purchaseOrder);
  await sidebarFrame(page, session.browser.extensionId);
});
after(async () => {
  await session?.close();
});

test('the page is never told the signal’s name', async () => {
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => (window as unknown as { __wxtSignals: unknown[] }).__wxtSignals);
  assert.deepEqual(seen, []);
});

test('a forged "content script started" event from the page leaves the sidebar in place', async () => {
  const id = session.browser.extensionId;
  await page.evaluate(
    ({ names }) => {
      for (const name of names) {
        for (const contentScriptName of ['autotask', 'autotask.content', 'content']) {
          const detail = { contentScriptName, messageId: 'forged-by-the-page' };
          document.dispatchEvent(new CustomEvent(name, { detail }));
          window.dispatchEvent(new CustomEvent(name, { detail }));
          window.postMessage({ type: name, ...detail }, '*');
        }
      }
    },
    {
      names: [`${id}:autotask:${SIGNAL}`, `${id}:autotask.content:${SIGNAL}`, `undefined:autotask:${SIGNAL}`],
    },
  );
  await page.waitForTimeout(1_500);
  const counts = await rootCounts(page);
  assert.equal(counts[0]?.count, 1, JSON.stringify(counts));
  const frame = await sidebarFrame(page, id, 2_000);
  assert.ok(!frame.isDetached(), 'the sidebar frame is still attached');
  await screenshot(page, 'security-script-started-forged');
});
