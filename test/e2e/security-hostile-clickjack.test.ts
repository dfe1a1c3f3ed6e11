// Issue 11 §1: a hostile *.autotask.net page frames sidebar.html transparently over a decoy and
// clickjacks EVERY control of the sidebar on the PO page and the product page (the list is read from
// the framed sidebar at run time, so a control added later is attacked too) — with Product Sync on,
// so only the confirmation window (which no page can frame or overlay) stands between a click and a
// write. Counts Autotask writes and TD SYNNEX orders in the simulators: both must be 0.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { recordFigure } from '../security/figures';
import { clickjackEveryControl, frameSidebarTransparently } from '../security/e2e/clickjack';
import { autotaskWritesSince, startHostileWorld } from '../security/e2e/hostile-world';
import type { HostileWorld } from '../security/e2e/hostile-world';
import { DEMO } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { connectBothInOptions } from './harness/session';
import { sleep } from './harness/wait';

const WEB = 'https://ww22.autotask.net';
const SETTLE_MS = 1_500;

let world: HostileWorld;
before(async () => {
  world = await startHostileWorld();
  await (await connectBothInOptions(world.browser)).close();
});
after(async () => {
  await world?.close();
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
