// Issue 7 §2 in real Chromium: the forged-message corpus sent to the background from our content
// script's isolated world, extension-only messages from a sidebar the page framed, and everything
// from the page's own world. Nothing may get through, and the accounts must stay as they were.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { protocol } from '../../lib/messaging/protocol';
import type { MessageName } from '../../lib/messaging/protocol';
import { recordFigure } from '../security/figures';
import { buildCorpus } from '../security/messages/corpus';
import { PATH_TRICK_NAMES } from '../security/messages/path-tricks';
import { contentWorld } from './harness/content-world';
import type { ContentWorld } from './harness/content-world';
import { PAGES } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { connectBothInOptions, startSession } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';

type Reply = { ok?: boolean } | undefined;

const contentMay = (message: unknown): boolean => {
  const name = (message as { name?: unknown } | null)?.name;
  return (
    typeof name === 'string' &&
    Object.hasOwn(protocol, name) &&
    (protocol[name as MessageName].from as readonly string[]).includes('content')
  );
};

let session: Session;
let options: Page;
let page: Page;
let world: ContentWorld;
let sidebar: Frame;
const tally = { content: 0, sidebar: 0, page: 0, through: [] as string[] };
const corpus = buildCorpus();

before(async () => {
  session = await startSession();
  options = await connectBothInOptions(session.browser);
  page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);
  world = await contentWorld(page, session.browser.extensionId);
  sidebar = await sidebarFrame(page, session.browser.extensionId);
});
after(async () => {
  recordFigure('messages-chromium', {
    label: 'Forged messages → background (Chromium e2e)',
    counts: {
      'tried (content world)': tally.content,
      'tried (framed sidebar)': tally.sidebar,
      'tried (page world)': tally.page,
      'got through': tally.through.length,
    },
    mustBeZero: ['got through'],
    minimums: { 'tried (content world)': 200 },
  });
  await session?.close();
});

test('every corpus message sent from the content script’s world is refused', async () => {
  const writesBefore = session.sandbox.requests.length;
  // A valid page.report is the content script's own right, whichever sender the vitest case forged.
  // The path-trick senders only differ in the sender the vitest router sees; from this world they
  // would repeat the same messages (security-sender-paths.test.ts sends them from real tricked frames).
  const fromContent = corpus.filter(
    (c) =>
      !((c.category === 'wrong sender' || c.category === 'replay') && contentMay(c.message)) &&
      !(PATH_TRICK_NAMES as string[]).includes(c.sender),
  );
  for (const c of fromContent) {
    tally.content += 1;
    // Built with JSON.parse inside the world, so a `__proto__` key stays an own key (as in a forged message).
    const expression = `chrome.runtime.sendMessage(JSON.parse(${JSON.stringify(JSON.stringify(c.message) ?? 'null')}))`;
    const reply = (await world
      .evaluate(expression)
      .catch((error: unknown) => ({ thrown: String(error) }))) as Reply;
    if (reply?.ok !== false && !('thrown' in (reply ?? {})))
      tally.through.push(`content: ${c.what} → ${JSON.stringify(reply)}`);
  }
  assert.deepEqual(tally.through, []);
  const writes = session.sandbox.requests
    .slice(writesBefore)
    .filter(
      (r) =>
        /\/\/webservices/i.test(r.url) && r.method !== 'GET' && !/\/query(\/|$)|zoneInformation/i.test(r.url),
    );
  assert.deepEqual(writes, [], 'no Autotask write from a forged message');
  assert.equal(session.sandbox.tdsynnex.orders.length, 0, 'no TD SYNNEX order from a forged message');
});

test('extension-only messages from a sidebar frame in the page are refused', async () => {
  const framedCases = corpus.filter((c) => c.sender === 'framedSidebar' && c.category === 'wrong sender');
  assert.ok(framedCases.length > 10);
  for (const c of framedCases) {
    tally.sidebar += 1;
    const reply = (await sidebar.evaluate(
      (message) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(message),
      c.message,
    )) as Reply;
    if (reply?.ok !== false) tally.through.push(`sidebar: ${c.what} → ${JSON.stringify(reply)}`);
  }
  assert.deepEqual(tally.through, []);
});

test('the page’s own world cannot reach the background at all', async () => {
  const sample = corpus.filter((_, i) => i % 4 === 0).map((c) => c.message);
  const delivered = await page.evaluate(
    async ({ id, messages }) => {
      const chromeApi = (
        globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } };
        }
      ).chrome;
      let ok = 0;
      for (const message of messages) {
        try {
          const reply = (await chromeApi?.runtime?.sendMessage?.(id, message)) as
            { ok?: boolean } | undefined;
          if (reply?.ok === true) ok += 1;
        } catch {
          // no channel from a web page to this extension (no externally_connectable)
        }
      }
      return ok;
    },
    { id: session.browser.extensionId, messages: sample },
  );
  tally.page += sample.length;
  for (let i = 0; i < delivered; i++) tally.through.push('page world message answered ok');
  assert.equal(delivered, 0);
});

test('after the barrage both accounts are still connected, as the user left them', async () => {
  const status = await sendFromExtensionPage(options, 'connection.status', {});
  assert.ok(status.ok, JSON.stringify(status));
  assert.equal(status.value.autotask.connected, true);
  assert.equal(status.value.distributors['tdsynnex']?.connected, true);
  assert.equal(session.sandbox.tdsynnex.orders.length, 0, 'no TD SYNNEX order');
});
