// The background as the other contexts see it: messages through the real router, handlers, container,
// storage and the simulators — only the transport (runtime.sendMessage) is left out.
import { beforeEach, describe, expect, it } from 'vitest';
import { createContainer } from '../../../entrypoints/background/container';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { protocol } from '../../../lib/messaging/protocol';
import type { MessageName, PayloadOf, SenderKind } from '../../../lib/messaging/protocol';
import type { Reply, ResultOf } from '../../../lib/messaging/results';
import { createRouter } from '../../../lib/messaging/router';
import { senders } from '../../lib/messaging/senders';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, DEMO_VENDOR_ID, demoWorld } from '../../lib/connections/world';

type World = Awaited<ReturnType<typeof demoWorld>>;
type Sender = (typeof senders)[keyof typeof senders];

let world: World;
let listener: ReturnType<typeof createRouter>;
/** Every reply the background gave in a test, to scan for secrets. */
let replies: Reply<unknown>[];

beforeEach(async () => {
  world = await demoWorld();
  listener = createRouter(createHandlers(createContainer({ fetch: world.fetch })));
  replies = [];
});

async function send<N extends MessageName>(
  name: N,
  payload: PayloadOf<N>,
  sender: Sender = senders.optionsPage,
): Promise<Reply<ResultOf<N>>> {
  const reply = (await listener({ name, payload }, sender)) as Reply<ResultOf<N>>;
  replies.push(reply);
  return reply;
}

async function value<N extends MessageName>(name: N, payload: PayloadOf<N>, sender?: Sender) {
  const reply = await send(name, payload, sender);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.message}`);
  return reply.value;
}

async function connectBoth() {
  await value('autotask.connect', DEMO_AUTOTASK);
  await value('distributor.connect', { distributor: 'tdsynnex', account: DEMO_TDSYNNEX });
}

describe('the background handlers', () => {
  it('has a handler for every message of the protocol', () => {
    expect(Object.keys(createHandlers(createContainer())).sort()).toEqual(Object.keys(protocol).sort());
  });

  it('connects both accounts from the options page and reports the tenant and zone', async () => {
    await connectBoth();

    const status = await value('connection.status', {});

    expect(status.autotask).toMatchObject({ connected: true, tenantId: 684213, zoneName: 'America East 3' });
    expect(status.distributors.tdsynnex).toMatchObject({
      connected: true,
      account: { customerNo: '123456', region: 'US' },
    });
    expect(status.distributors.tdsynnex?.account).not.toHaveProperty('password');
    // Every distributor of the registry is listed, connected or not, in registry order.
    expect(Object.keys(status.distributors)).toEqual(DISTRIBUTORS.map((info) => info.id));
    for (const info of DISTRIBUTORS.filter((d) => d.id !== 'tdsynnex')) {
      expect(status.distributors[info.id]?.connected).toBe(false);
    }
  });

  it('offers the vendors with TD SYNNEX suggested, and remembers the one chosen', async () => {
    await connectBoth();

    const vendors = await value('vendors.list', { distributor: 'tdsynnex' });
    const suggested = vendors.find((v) => v.suggested);
    const view = await value('vendors.select', { distributor: 'tdsynnex', companyId: suggested!.id });

    expect(suggested).toMatchObject({ id: DEMO_VENDOR_ID, name: 'TD SYNNEX Corporation' });
    expect(view).toMatchObject({ vendorCompanyId: DEMO_VENDOR_ID });
    expect((await value('connection.status', {})).distributors.tdsynnex?.vendorCompanyName).toBe(
      'TD SYNNEX Corporation',
    );
  });

  it('refuses one vendor company for two distributors, saying which one it stands for', async () => {
    await connectBoth();
    const other = DISTRIBUTORS.find((info) => info.id !== 'tdsynnex')!;
    await value('vendors.select', { distributor: 'tdsynnex', companyId: DEMO_VENDOR_ID });

    const reply = await send('vendors.select', { distributor: other.id, companyId: DEMO_VENDOR_ID });

    expect(reply).toMatchObject({ ok: false, error: { code: 'vendor-taken' } });
    if (!reply.ok) expect(reply.error.message).toContain('TD SYNNEX');
    expect((await value('connection.status', {})).distributors[other.id]?.vendorCompanyId).toBeUndefined();
  });

  it('gives the sidebar demo PO 1042, fetched from Autotask, and finds it by number', async () => {
    await connectBoth();
    await value('vendors.select', { distributor: 'tdsynnex', companyId: DEMO_VENDOR_ID });

    const po = await value('purchaseOrder.get', { poId: 1042 }, senders.sidebar);
    const found = await value('purchaseOrder.find', { query: 'PO-1042' }, senders.sidebar);

    expect(po).toMatchObject({ number: 'PO-1042', statusLabel: 'New', isDistributorVendor: true });
    expect(po.lines.map((l) => l.sku)).toEqual(['5432101', '5432102', '5432103']);
    expect(found).toEqual({ poId: 1042 });
    expect(await value('purchaseOrder.find', { query: 'PO-0000' }, senders.sidebar)).toBeNull();
  });

  it('after a worker restart, reads through the zone it cached instead of looking it up again', async () => {
    await connectBoth();
    const restarted = createRouter(createHandlers(createContainer({ fetch: world.fetch })));
    const before = world.autotask.requests.length;

    const reply = await restarted({ name: 'purchaseOrder.get', payload: { poId: 1042 } }, senders.sidebar);

    expect(reply).toMatchObject({ ok: true, value: { number: 'PO-1042' } });
    const sent = world.autotask.requests.slice(before).map((r) => new URL(r.url));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((url) => /zoneinformation/i.test(url.pathname))).toEqual([]);
    expect(new Set(sent.map((url) => url.hostname))).toEqual(new Set(['webservices22.autotask.net']));
  });

  it('does nothing toward Autotask while disconnected: a PO request is refused without a call', async () => {
    const before = world.autotask.requests.length;

    const reply = await send('purchaseOrder.get', { poId: 1042 }, senders.sidebar);

    expect(reply).toMatchObject({ ok: false, error: { kind: 'auth', code: 'not-connected' } });
    expect(world.autotask.requests.length).toBe(before);
  });

  it('tells the content script to show the sidebar on a PO page only once Autotask is connected', async () => {
    const report = { kind: 'purchaseOrder', id: 1042 } as const;
    expect(await value('page.report', report, senders.contentScript)).toEqual({ showSidebar: false });

    await value('autotask.connect', DEMO_AUTOTASK);

    expect(await value('page.report', report, senders.contentScript)).toEqual({ showSidebar: true });
    expect(await value('page.report', { kind: 'none' }, senders.contentScript)).toEqual({
      showSidebar: false,
    });
  });

  it('uses new credentials at once after Reconnect, and none after Disconnect', async () => {
    await connectBoth();
    await value('purchaseOrder.get', { poId: 1042 }, senders.sidebar);
    world.autotask.db.users.get(DEMO_AUTOTASK.userName)!.secret = 'rotated-secret-2';
    expect(await send('purchaseOrder.get', { poId: 1042 }, senders.sidebar)).toMatchObject({
      ok: false,
      error: { kind: 'auth', status: 401 },
    });

    await value('autotask.reconnect', { ...DEMO_AUTOTASK, secret: 'rotated-secret-2' });
    expect((await send('purchaseOrder.get', { poId: 1042 }, senders.sidebar)).ok).toBe(true);

    const status = await value('connection.disconnect', { account: 'autotask' });
    expect(status.autotask.connected).toBe(false);
    expect(await send('purchaseOrder.get', { poId: 1042 }, senders.sidebar)).toMatchObject({
      ok: false,
      error: { code: 'not-connected' },
    });
  });

  it('shows the connection attempts in the recent log, the failed one with its hint', async () => {
    await send('autotask.connect', { ...DEMO_AUTOTASK, secret: 'wrong-secret-9' });
    await value('autotask.connect', DEMO_AUTOTASK);

    const log = await value('log.recent', { limit: 10 }, senders.popup);

    expect(log.map((e) => [e.operation, e.result, e.hintId])).toEqual([
      ['connection', 'success', undefined],
      ['connection', 'failed', 'autotask-unauthorized'],
    ]);
  });

  it('switches scheduled runs on for this browser through settings.update', async () => {
    expect(await value('settings.get', {})).toEqual({ runScheduledHere: false, supportContact: '' });
    expect(await value('settings.update', { runScheduledHere: true })).toEqual({
      runScheduledHere: true,
      supportContact: '',
    });
    expect(await value('settings.get', {})).toEqual({ runScheduledHere: true, supportContact: '' });
  });

  it('keeps the support contact, trimmed, and refuses one that is neither an e-mail address nor a URL', async () => {
    expect(await value('settings.update', { supportContact: ' help@msp.example ' })).toMatchObject({
      supportContact: 'help@msp.example',
    });
    expect(await value('settings.get', {})).toMatchObject({ supportContact: 'help@msp.example' });
    await expect(value('settings.update', { supportContact: 'call Bob' })).rejects.toBeTruthy();
    expect(await value('settings.get', {})).toMatchObject({ supportContact: 'help@msp.example' });
  });

  it('never returns a secret, whatever it is asked, even on failures', async () => {
    await send('autotask.connect', { ...DEMO_AUTOTASK, secret: 'wrong-secret-9' });
    await send('distributor.connect', {
      distributor: 'tdsynnex',
      account: { ...DEMO_TDSYNNEX, password: 'wrong-password-9' },
    });
    await connectBoth();
    await send('distributor.reconnect', {
      distributor: 'tdsynnex',
      secrets: { password: 'wrong-password-8' },
    });
    await send('autotask.reconnect', { ...DEMO_AUTOTASK, secret: 'wrong-secret-8' });
    for (const name of Object.keys(protocol) as MessageName[]) {
      // Every read-only message with an empty payload, from its first allowed sender.
      if (protocol[name].payload.safeParse({}).success && !name.includes('connect')) {
        const from: readonly SenderKind[] = protocol[name].from;
        const sender = {
          content: senders.contentScript,
          sidebar: senders.sidebar,
          extension: senders.optionsPage,
        }[from[0]!];
        await send(name, {} as never, sender);
      }
    }
    for (const info of DISTRIBUTORS) await send('vendors.list', { distributor: info.id });
    await send('purchaseOrder.get', { poId: 1042 }, senders.sidebar);
    await send('log.recent', { limit: 200 }, senders.popup);

    expect(replies.length).toBeGreaterThan(10);
    const text = JSON.stringify(replies);
    for (const secret of [
      DEMO_AUTOTASK.secret,
      DEMO_AUTOTASK.integrationCode,
      DEMO_TDSYNNEX.password,
      'wrong-secret-9',
      'wrong-secret-8',
      'wrong-password-9',
      'wrong-password-8',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
