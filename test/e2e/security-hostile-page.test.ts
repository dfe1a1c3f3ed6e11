// Issue 7 §1: a stand-in Autotask page that attacks — reads the DOM for anything of ours, reaches
// for the sidebar host, frames sidebar.html itself with a PO id of its choosing, posts messages to
// every listener, dispatches synthetic clicks, overlays and restyles the sidebar — and serves ~150
// XSS payloads as PO fields, product names, descriptions and SKUs. Counts: payloads executed,
// orders or writes the page caused, secrets or data of ours the page could read (all must be 0).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Dialog, Frame, Page } from 'playwright-core';
import { recordFigure } from '../security/figures';
import { buildCorpus } from '../security/messages/corpus';
import {
  HOSTILE_PO_ID,
  autotaskWritesSince,
  beaconsSince,
  startHostileWorld,
} from '../security/e2e/hostile-world';
import type { HostileWorld } from '../security/e2e/hostile-world';
import { PAYLOADS } from '../security/e2e/xss-payloads';
import {
  apiCallsSince,
  clickjackEveryControl,
  frameSidebarMany,
  frameSidebarTransparently,
  waitForQuiet,
} from '../security/e2e/clickjack';
import { SIDEBAR_BURST, SIDEBAR_REFILL_PER_SECOND } from '../../lib/messaging/tab-limiter';
import { sendFromExtensionPage } from './harness/messages';
import { DEMO } from './harness/demo-accounts';
import { connectBothInOptions } from './harness/session';
import { sidebarFrame } from './harness/user';
import { eventually, sleep } from './harness/wait';

const WEB = 'https://ww22.autotask.net';
const SETTLE_MS = 1_500;
/** Our data and secrets: none may appear anywhere the page can read. */
const CANARIES = [
  DEMO.autotask.secret,
  DEMO.autotask.integrationCode,
  DEMO.autotask.userName,
  DEMO.tdsynnex.password,
  DEMO.tdsynnex.userId,
];
/** Elements a payload would have had to create in our pages to run. */
const INJECTED =
  '[onerror],[onload],[onfocus],[ontoggle],[onstart],[onclick],iframe[srcdoc],script:not([src]),object,embed,base,meta[http-equiv],link[rel=stylesheet][href*="__xss"],img[src*="__xss"]';

let world: HostileWorld;
const dialogs: string[] = [];
const onDialog = (dialog: Dialog) => {
  dialogs.push(dialog.message());
  void dialog.dismiss().catch(() => {});
};

before(async () => {
  world = await startHostileWorld();
  await (await connectBothInOptions(world.browser)).close();
  world.browser.context.on('page', (page) => page.on('dialog', onDialog));
});
after(async () => {
  await world?.close();
});

const ourFrames = (page: Page): Frame[] =>
  page.frames().filter((f) => f.url().startsWith(`chrome-extension://${world.browser.extensionId}/`));

async function injectedElements(frames: Frame[]): Promise<string[]> {
  const found: string[] = [];
  for (const frame of frames) {
    const html = await frame
      .evaluate(
        (selector) => [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)),
        INJECTED,
      )
      .catch(() => [] as string[]);
    found.push(...html);
  }
  return found;
}

/** Trusted clicks, as a user tricked by the overlay would make them, on every control of our frames. */
async function clickEverything(frames: Frame[]): Promise<void> {
  for (const frame of frames) {
    const controls = frame.locator('button, a[href], [role=button]');
    const count = await controls.count().catch(() => 0);
    for (let i = 0; i < count; i++)
      await controls
        .nth(i)
        .click({ timeout: 2_000, force: true })
        .catch(() => {});
  }
}

test('a hostile Autotask page gets nothing: no payload runs, nothing is written, nothing of ours is read', async () => {
  const from = world.front.requests.length;
  const ordersBefore = world.tdsynnex.orders.length;
  const page = await world.browser.context.newPage();
  await page.goto(`${WEB}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=${HOSTILE_PO_ID}&hostile=1`);
  const sidebar = await sidebarFrame(page, world.browser.extensionId);
  // The sidebar really shows the payload-laden lines (as text), so the payloads were exercised.
  await eventually(
    () => sidebar.locator('tr').count(),
    (rows) => rows > 20,
    { what: 'the lines of PO 1099 in the sidebar' },
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}; the sidebar shows: ${await sidebar.locator('body').innerText()}`);
  });
  const shown = await sidebar.locator('body').innerText();
  assert.ok(shown.includes('onerror=alert('), 'payload text is shown as text in the sidebar');

  const messages = buildCorpus().map((c) => c.message);
  const result = (await page.evaluate(
    (args) => (window as unknown as { __attackRun(a: unknown): Promise<unknown> }).__attackRun(args),
    { extensionId: world.browser.extensionId, poId: DEMO.purchaseOrder.id, messages },
  )) as {
    readable: string;
    attempts: { what: string; ok: boolean; detail: string }[];
    messages: { origin: string; data: string }[];
  };

  await clickEverything(ourFrames(page));
  // The product page carries the same payloads.
  const product = await world.browser.context.newPage();
  await product.goto(`${WEB}/Mvc/Inventory/ProductDetail.mvc?productID=9001&hostile=1`);
  await sidebarFrame(product, world.browser.extensionId);
  await sleep(SETTLE_MS);

  const injected = [
    ...(await injectedElements(ourFrames(page))),
    ...(await injectedElements(ourFrames(product))),
  ];
  const beacons = beaconsSince(world.front, from);
  const executed = dialogs.length + beacons.length + injected.length;

  const writes = autotaskWritesSince(world.front, from);
  const orders = world.tdsynnex.orders.length - ordersBefore;

  const leakedCanaries = CANARIES.filter((c) => result.readable.includes(c));
  const succeededReads = result.attempts.filter((a) => a.ok && a.what !== 'find our host element');
  const fromUs = result.messages.filter((m) => m.origin.startsWith('chrome-extension://'));
  // A bare `{type}` nudge (components/sidebar/page-nudge.ts) carries no data; anything more would.
  const ourMessages = fromUs.filter((m) => !/^\{"type":"autotask-bridge\.[\w.-]+"\}$/.test(m.data));
  const signals = fromUs.length - ourMessages.length;
  const readable = leakedCanaries.length + succeededReads.length + ourMessages.length;

  recordFigure('hostile-page', {
    label: `Hostile host page (e2e, ${PAYLOADS.length} XSS payloads)`,
    counts: {
      'payloads executed': executed,
      'orders or writes caused': writes.length + orders,
      'secrets/data readable': readable,
      'data-free signals seen by the page': signals,
    },
    mustBeZero: ['payloads executed', 'orders or writes caused', 'secrets/data readable'],
  });
  assert.deepEqual(
    { dialogs, beacons, injected },
    { dialogs: [], beacons: [], injected: [] },
    'payloads executed',
  );
  assert.deepEqual({ writes, orders }, { writes: [], orders: 0 }, 'orders or writes the page caused');
  assert.deepEqual(
    { leakedCanaries, succeededReads, ourMessages },
    { leakedCanaries: [], succeededReads: [], ourMessages: [] },
    'secrets or data of ours the page could read',
  );
  // The attack really ran: it found our host element and framed the sidebar itself.
  assert.ok(result.attempts.some((a) => a.what === 'find our host element' && a.ok));
  assert.ok(result.attempts.some((a) => a.what === 'read the framed sidebar document'));
  await product.close();
  await page.close();
});

// Issue 11 §1: every control of the sidebar, on the PO page and the product page, clickjacked through
// a transparent frame over a decoy — with Product Sync switched ON, so only the confirmation window
// (which no page can frame or overlay) stands between a click and a write.
test('clickjacking every sidebar control writes nothing to Autotask or TD SYNNEX', async () => {
  const options = await world.browser.openExtensionPage('options.html');
  const on = await sendFromExtensionPage(options, 'templates.setEnabled', {
    id: 'product-sync',
    enabled: true,
  });
  assert.ok(on.ok, JSON.stringify(on));
  await options.close();
  const from = world.front.requests.length;
  const ordersBefore = world.tdsynnex.orders.length;
  const clicked: string[] = [];
  const targets = [
    {
      query: `poId=${DEMO.purchaseOrder.id}`,
      ready: (f: Frame) =>
        f
          .getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` })
          .waitFor({ timeout: 20_000 }),
    },
    {
      query: 'productId=72',
      ready: (f: Frame) =>
        f.getByRole('button', { name: 'Sync this product now' }).waitFor({ timeout: 20_000 }),
    },
  ];
  for (const target of targets) {
    const page = await world.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${WEB}/Mvc/Home/Dashboard.mvc`);
    const frame = await frameSidebarTransparently(
      page,
      world.browser.extensionId,
      target.query,
      target.ready,
    );
    await sleep(SETTLE_MS); // let the sidebar's own checks finish so every control is there
    clicked.push(...(await clickjackEveryControl(page, frame)));
    await sleep(SETTLE_MS);
    for (const other of world.browser.context.pages())
      if (other !== page && /confirm|review|log|help|options/.test(other.url())) await other.close();
    await page.close();
  }
  const writes = autotaskWritesSince(world.front, from);
  const orders = world.tdsynnex.orders.length - ordersBefore;
  recordFigure('sidebar-clickjacks', {
    label: 'Sidebar-control clickjacks (e2e)',
    counts: { tried: clicked.length, writes: writes.length + orders },
    mustBeZero: ['writes'],
    // The PO page's and the product page's controls: Submit, Check, Refresh status, Sync now, links…
    minimums: { tried: 6 },
  });
  assert.deepEqual(
    { writes, orders },
    { writes: [], orders: 0 },
    `writes after clicking ${clicked.join(', ')}`,
  );
  assert.ok(
    clicked.some((c) => /Sync this product now/.test(c)),
    clicked.join(', '),
  );
  assert.ok(
    clicked.some((c) => /Refresh status/.test(c)),
    clicked.join(', '),
  );
});

// Issue 11 §1: a page that frames the sidebar many times spends at most one tab's budget of sidebar
// messages (lib/messaging/tab-limiter.ts), not one sidebar's worth of API calls per frame.
test('a page framing the sidebar many times spends a bounded number of API calls', async () => {
  const FRAMES = 150;
  /** A PO sidebar sends at least this many messages when it loads (connection, PO, check, state, status, activity). */
  const MESSAGES_PER_SIDEBAR = 6;
  const query = `poId=${DEMO.purchaseOrder.id}`;

  const one = await world.browser.context.newPage();
  await one.goto(`${WEB}/Mvc/Home/Dashboard.mvc`);
  await waitForQuiet(world.front.requests, 1_000, 10_000);
  let from = world.front.requests.length;
  await frameSidebarMany(one, world.browser.extensionId, query, 1);
  await waitForQuiet(world.front.requests, 3_000, 30_000);
  const perSidebar = apiCallsSince(world.front.requests, from);
  await one.close();

  const flood = await world.browser.context.newPage();
  await flood.goto(`${WEB}/Mvc/Home/Dashboard.mvc`);
  await waitForQuiet(world.front.requests, 1_000, 10_000);
  from = world.front.requests.length;
  const started = Date.now();
  await frameSidebarMany(flood, world.browser.extensionId, query, FRAMES);
  await waitForQuiet(world.front.requests, 5_000, 90_000);
  const seconds = (Date.now() - started) / 1000;
  const spent = apiCallsSince(world.front.requests, from);
  await flood.close();

  const allowedMessages = SIDEBAR_BURST + SIDEBAR_REFILL_PER_SECOND * seconds;
  const bound = perSidebar * (Math.ceil(allowedMessages / MESSAGES_PER_SIDEBAR) + 1);
  recordFigure('sidebar-read-flood', {
    label: `Sidebar read flood (e2e, ${FRAMES} frames in one tab)`,
    counts: {
      'API calls, 1 sidebar': perSidebar,
      'unlimited would be': perSidebar * FRAMES,
      'calls spent': spent,
      'over the per-tab bound': Math.max(0, spent - bound),
    },
    mustBeZero: ['over the per-tab bound'],
    minimums: { 'API calls, 1 sidebar': 1 },
  });
  assert.ok(perSidebar > 0, 'one sidebar makes API calls');
  assert.ok(spent <= bound, `${FRAMES} framed sidebars spent ${spent} API calls; bound ${bound}`);
});
