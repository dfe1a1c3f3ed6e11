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
    () => sidebar.locator('tr, li.line-card').count(),
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
