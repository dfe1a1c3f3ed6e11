// Issue 11 §1: "a page that frames the sidebar a thousand times must not spend the tenant's or TD
// SYNNEX's budget". The real router, handlers and container on both simulators; 1,000 framed
// sidebars in one Autotask tab each send what a PO sidebar sends when it loads. The API calls spent
// must stay within one tab's budget of sidebar messages (lib/messaging/tab-limiter.ts), and another
// tab — a person's — must still be answered.
import { afterAll, expect, it } from 'vitest';
import { createContainer } from '../../entrypoints/background/container';
import { createHandlers } from '../../entrypoints/background/handlers';
import type { MessageName, PayloadOf } from '../../lib/messaging/protocol';
import type { Reply } from '../../lib/messaging/results';
import { createRouter } from '../../lib/messaging/router';
import { SIDEBAR_BURST, SIDEBAR_REFILL_PER_SECOND } from '../../lib/messaging/tab-limiter';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, DEMO_VENDOR_ID, demoWorld } from '../lib/connections/world';
import { senders } from '../lib/messaging/senders';
import { recordFigure } from './figures';

const FRAMES = 1_000;
const PO = 1042;
/** What a PO sidebar sends when it loads (components/sidebar, order-status, activity). */
const SIDEBAR_LOAD: { [N in MessageName]?: PayloadOf<N> } = {
  'connection.status': {},
  'purchaseOrder.get': { poId: PO },
  'order.check': { poId: PO },
  'order.state': { poId: PO },
  'orderStatus.get': { poId: PO },
  'log.forKey': { key: 'PO-1042', limit: 10 },
};
const MESSAGES_PER_SIDEBAR = Object.keys(SIDEBAR_LOAD).length;

const sidebarIn = (tabId: number) => ({ ...senders.sidebar, tab: { id: tabId } }) as typeof senders.sidebar;

let figure: Parameters<typeof recordFigure>[1] | undefined;
afterAll(() => {
  if (figure) recordFigure('sidebar-read-flood', figure);
});

it('a tab framing the sidebar 1,000 times spends one tab’s budget of API calls, not 1,000 sidebars’ worth', async () => {
  const world = await demoWorld();
  const router = createRouter(createHandlers(createContainer({ fetch: world.fetch })));
  const send = (name: string, payload: unknown, sender: object) =>
    router({ name, payload }, sender as never) as Promise<Reply<unknown>>;
  expect((await send('autotask.connect', DEMO_AUTOTASK, senders.optionsPage)).ok).toBe(true);
  const connect = { distributor: 'tdsynnex', account: DEMO_TDSYNNEX };
  expect((await send('distributor.connect', connect, senders.optionsPage)).ok).toBe(true);
  await send('vendors.select', { distributor: 'tdsynnex', companyId: DEMO_VENDOR_ID }, senders.optionsPage);

  const calls = () => world.autotask.requests.length + world.tdsynnex.requests.length;
  const loadSidebar = (tabId: number) =>
    Promise.all(Object.entries(SIDEBAR_LOAD).map(([name, payload]) => send(name, payload, sidebarIn(tabId))));

  // One sidebar, as a person opens it: every message answered.
  let before = calls();
  const one = await loadSidebar(100);
  expect(one.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).not.toContain('rate-limited');
  const perSidebar = calls() - before;

  // The flood: 1,000 copies in one tab, all at once.
  before = calls();
  const started = Date.now();
  const flood = (await Promise.all(Array.from({ length: FRAMES }, () => loadSidebar(200)))).flat();
  const seconds = (Date.now() - started) / 1000;
  const spent = calls() - before;
  const refused = flood.filter((r) => !r.ok && r.error.code === 'rate-limited').length;

  // A person's tab is not starved by the flooding one.
  const person = await loadSidebar(300);

  const allowedMessages = SIDEBAR_BURST + SIDEBAR_REFILL_PER_SECOND * seconds;
  const bound = perSidebar * (Math.ceil(allowedMessages / MESSAGES_PER_SIDEBAR) + 1);
  figure = {
    label: `Sidebar read flood (${FRAMES} framed sidebars, one tab)`,
    counts: {
      'API calls, 1 sidebar': perSidebar,
      'unlimited would be': perSidebar * FRAMES,
      'calls spent': spent,
      'messages refused': refused,
      'over the per-tab bound': Math.max(0, spent - bound),
    },
    mustBeZero: ['over the per-tab bound'],
    minimums: { 'API calls, 1 sidebar': 1, 'messages refused': 1 },
  };
  expect(perSidebar).toBeGreaterThan(0);
  expect(spent).toBeLessThanOrEqual(bound);
  expect(refused).toBeGreaterThan(FRAMES * MESSAGES_PER_SIDEBAR - allowedMessages - 1);
  expect(person.every((r) => r.ok || r.error.code !== 'rate-limited')).toBe(true);
}, 120_000);
