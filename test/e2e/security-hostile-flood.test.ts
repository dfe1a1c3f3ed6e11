// Issue 11 §1: sidebar-triggered reads are rate-limited per tab. A hostile page frames sidebar.html
// many times in one tab; the API calls spent (Autotask and TD SYNNEX, counted at the HTTPS front)
// must stay within one tab's budget of sidebar messages (lib/messaging/tab-limiter.ts), not grow
// with the number of frames.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SIDEBAR_BURST, SIDEBAR_REFILL_PER_SECOND } from '../../lib/messaging/tab-limiter';
import { recordFigure } from '../security/figures';
import {
  apiCallsSince,
  frameSidebarMany,
  frameSidebarTransparently,
  waitForQuiet,
} from '../security/e2e/clickjack';
import { startHostileWorld } from '../security/e2e/hostile-world';
import type { HostileWorld } from '../security/e2e/hostile-world';
import { DEMO } from './harness/demo-accounts';
import { connectBothInOptions } from './harness/session';

const WEB = 'https://ww22.autotask.net';

let world: HostileWorld;
before(async () => {
  world = await startHostileWorld();
  await (await connectBothInOptions(world.browser)).close();
});
after(async () => {
  await world?.close();
});

// Issue 11 §1: a page that frames the sidebar many times spends at most one tab's budget of sidebar
// messages (lib/messaging/tab-limiter.ts), not one sidebar's worth of API calls per frame.
test('a page framing the sidebar many times spends a bounded number of API calls', async () => {
  const FRAMES = 100;
  /** A PO sidebar sends at least this many messages when it loads (connection, PO, check, state, status, activity). */
  const MESSAGES_PER_SIDEBAR = 6;
  // Each frame asks for another PO (as a page would, to defeat any cache): every answer costs calls.
  const query = `poId=${DEMO.purchaseOrder.id}`;
  const floodQuery = (i: number) => `poId=${5000 + i}`;

  const one = await world.browser.context.newPage();
  await one.goto(`${WEB}/Mvc/Home/Dashboard.mvc`);
  await waitForQuiet(world.front.requests, 1_000, 10_000);
  let from = world.front.requests.length;
  await frameSidebarTransparently(one, world.browser.extensionId, query, (frame) =>
    frame
      .getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` })
      .waitFor({ timeout: 30_000 }),
  );
  await waitForQuiet(world.front.requests, 3_000, 30_000);
  const perSidebar = apiCallsSince(world.front.requests, from);
  await one.close();

  const flood = await world.browser.context.newPage();
  await flood.goto(`${WEB}/Mvc/Home/Dashboard.mvc`);
  await waitForQuiet(world.front.requests, 1_000, 10_000);
  from = world.front.requests.length;
  const started = Date.now();
  await frameSidebarMany(flood, world.browser.extensionId, floodQuery, FRAMES);
  await waitForQuiet(world.front.requests, 5_000, 45_000, 15_000);
  const seconds = (Date.now() - started) / 1000;
  const spent = apiCallsSince(world.front.requests, from);
  const shown = await Promise.all(
    flood
      .frames()
      .filter((f) => f.url().includes('/sidebar.html'))
      .map((f) =>
        f
          .locator('body')
          .innerText({ timeout: 2_000 })
          .catch(() => ''),
      ),
  );
  const refused = shown.filter((t) => t.includes('Too many requests from this page')).length;
  await flood.close();

  const allowedMessages = SIDEBAR_BURST + SIDEBAR_REFILL_PER_SECOND * seconds;
  const bound = perSidebar * (Math.ceil(allowedMessages / MESSAGES_PER_SIDEBAR) + 1);
  recordFigure('sidebar-read-flood', {
    label: `Sidebar read flood (e2e, ${FRAMES} frames in one tab)`,
    counts: {
      'API calls, 1 sidebar': perSidebar,
      'unlimited would be': perSidebar * FRAMES,
      'calls spent': spent,
      'sidebars told "Too many requests"': refused,
      'over the per-tab bound': Math.max(0, spent - bound),
    },
    mustBeZero: ['over the per-tab bound'],
    minimums: { 'API calls, 1 sidebar': 1 },
  });
  assert.ok(perSidebar > 0, 'one sidebar makes API calls');
  assert.equal(shown.length, FRAMES, 'every frame loaded the sidebar');
  assert.ok(refused > 0, `some of the ${FRAMES} sidebars were refused (${spent} calls spent)`);
  assert.ok(spent <= bound, `${FRAMES} framed sidebars spent ${spent} API calls; bound ${bound}`);
});
