// Issue 10 §4: errors say what actually happened. Through the real background (container, handlers,
// router) on both simulators: after a deliberate Disconnect a call reads "not connected" with
// `Connect in Options`; a real 401 (or a refused TD SYNNEX login) flips the stored connection state
// to "Credentials rejected" — what the popup reads — and a later success or Reconnect clears it.
import { beforeEach, describe, expect, it } from 'vitest';
import { createContainer } from '../../../entrypoints/background/container';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { hintFor } from '../../../lib/hints/hints';
import type { MessageName, PayloadOf } from '../../../lib/messaging/protocol';
import type { Reply, ResultOf } from '../../../lib/messaging/results';
import { createRouter } from '../../../lib/messaging/router';
import { DEMO_AUTOTASK, DEMO_TDSYNNEX, DEMO_VENDOR_ID, demoWorld } from '../../lib/connections/world';
import { senders } from '../../lib/messaging/senders';

let world: Awaited<ReturnType<typeof demoWorld>>;
let listener: ReturnType<typeof createRouter>;

beforeEach(async () => {
  world = await demoWorld();
  listener = createRouter(createHandlers(createContainer({ fetch: world.fetch })));
});

async function send<N extends MessageName>(name: N, payload: PayloadOf<N>): Promise<Reply<ResultOf<N>>> {
  return (await listener({ name, payload }, senders.optionsPage)) as Reply<ResultOf<N>>;
}

async function value<N extends MessageName>(name: N, payload: PayloadOf<N>) {
  const reply = await send(name, payload);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.message}`);
  return reply.value;
}

async function connectBoth() {
  await value('autotask.connect', DEMO_AUTOTASK);
  await value('distributor.connect', { distributor: 'tdsynnex', account: DEMO_TDSYNNEX });
  await value('vendors.select', { distributor: 'tdsynnex', companyId: DEMO_VENDOR_ID });
}

const demoUser = () => world.autotask.db.users.get(DEMO_AUTOTASK.userName.toLowerCase())!;

describe('connection state and truthful errors', () => {
  it('after Disconnect, a call reads "Autotask is not connected" with Connect in Options', async () => {
    await connectBoth();
    await value('connection.disconnect', { account: 'autotask' });
    const reply = await send('purchaseOrder.get', { poId: 1042 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const hint = hintFor(reply.error);
    expect(hint.title).toBe('Autotask is not connected');
    expect(hint.action?.label).toBe('Connect in Options');
    expect(hint.title).not.toMatch(/401|rejected/);
  });

  it('after Disconnect of TD SYNNEX, a check reads "TD SYNNEX is not connected", not a failed login', async () => {
    await connectBoth();
    await value('connection.disconnect', { account: 'tdsynnex' });
    const reply = await send('order.check', { poId: 1042 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    // The hint names the distributor the PO is for, and its action opens that distributor's card.
    expect(reply.error).toMatchObject({ service: 'distributor', distributor: 'tdsynnex' });
    expect(hintFor(reply.error)).toMatchObject({
      id: 'distributor-not-connected',
      title: 'TD SYNNEX is not connected',
      action: { id: 'connect-distributor', label: 'Connect in Options', distributor: 'tdsynnex' },
    });
  });

  it('a real 401 flips Autotask to "Credentials rejected"; a later success clears it', async () => {
    await connectBoth();
    demoUser().secret = 'changed-in-autotask';
    const reply = await send('purchaseOrder.get', { poId: 1042 });
    expect(reply.ok).toBe(false);
    const rejected = await value('connection.status', {});
    expect(rejected.autotask).toMatchObject({ connected: true, rejectedAt: expect.any(String) });

    demoUser().secret = DEMO_AUTOTASK.secret;
    await value('purchaseOrder.get', { poId: 1042 });
    expect((await value('connection.status', {})).autotask.rejectedAt).toBeUndefined();
  });

  it('Reconnect with the new secret clears "Credentials rejected"', async () => {
    await connectBoth();
    demoUser().secret = 'new-secret';
    await send('purchaseOrder.get', { poId: 1042 });
    expect((await value('connection.status', {})).autotask.rejectedAt).toBeDefined();
    await value('autotask.reconnect', { ...DEMO_AUTOTASK, secret: 'new-secret' });
    expect((await value('connection.status', {})).autotask.rejectedAt).toBeUndefined();
  });

  it('a refused TD SYNNEX login flips TD SYNNEX to "Credentials rejected"', async () => {
    await connectBoth();
    world.tdsynnex.accounts.all().find((a) => a.customerNo === DEMO_TDSYNNEX.customerNo)!.password =
      'changed-at-td-synnex';
    const reply = await send('order.check', { poId: 1042 });
    expect(reply.ok).toBe(false);
    const status = await value('connection.status', {});
    expect(status.distributors.tdsynnex).toMatchObject({
      connected: true,
      rejectedAt: expect.any(String),
    });
    // Only the distributor that refused: the others are not touched.
    for (const [id, view] of Object.entries(status.distributors)) {
      if (id !== 'tdsynnex') expect(view.rejectedAt).toBeUndefined();
    }
  });

  it('a Disconnect is not a rejection: the state reads not connected, never rejected', async () => {
    await connectBoth();
    await value('connection.disconnect', { account: 'autotask' });
    await send('purchaseOrder.get', { poId: 1042 });
    const status = await value('connection.status', {});
    expect(status.autotask.connected).toBe(false);
    expect(status.autotask.rejectedAt).toBeUndefined();
  });
});
