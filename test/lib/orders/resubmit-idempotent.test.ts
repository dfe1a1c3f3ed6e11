// Issue 10 §4: the review window re-sends a Confirm that got no answer (the worker stopped, the
// channel closed). The background is idempotent per PO number: a second order.submit for the same PO
// — while the first is in flight, after it is done, or after the worker stopped mid-way — returns the
// same outcome and never sends a second order.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SubmitInput } from '../../../lib/orders/service';
import { freshDb } from '../db/fresh-db';
import { DEMO_SKUS, orderWorld, PO_ID, PO_NUMBER, WorkerStopped } from './world';

beforeEach(freshDb);

const CONFIRM: SubmitInput = { poId: PO_ID, allowBackorder: true };

type World = ReturnType<typeof orderWorld>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const orderRequests = (world: World) => world.tdsynnex.requests.filter((r) => r.operation === 'order');

/** Holds TD SYNNEX's answer to the order request until `release()`. */
function holdOrderAnswer(world: World) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  world.wires.push(async (req, next) => {
    if (!/<OrderRequest>/i.test(await req.clone().text())) return next(req);
    const response = await next(req);
    reached();
    await released;
    return response;
  });
  return { arrived, release };
}

describe('a re-sent Confirm', () => {
  it('while the first is still in flight waits for it and gets the same outcome; one order is sent', async () => {
    const world = orderWorld();
    const service = world.browser().start();
    const held = holdOrderAnswer(world);
    const first = service.submit(CONFIRM);
    await held.arrived;
    const second = service.submit(CONFIRM);
    // It must not answer before the order it duplicates has its outcome (say, with "Submitting…").
    expect(await Promise.race([second.then(() => 'answered'), sleep(300).then(() => 'waiting')])).toBe(
      'waiting',
    );
    held.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ state: 'accepted', distributorPoNumber: PO_NUMBER });
    expect(b).toEqual(a);
    expect(orderRequests(world)).toHaveLength(1);
    expect(world.acceptedOrders()).toHaveLength(1);
  });

  it('sent twice at once, before either committed anything, gets one outcome and one order', async () => {
    const world = orderWorld();
    const service = world.browser().start();
    const held = holdOrderAnswer(world);
    const both = Promise.all([service.submit(CONFIRM), service.submit(CONFIRM)]);
    await held.arrived;
    await sleep(300);
    held.release();
    const [a, b] = await both;
    expect(a.state).toBe('accepted');
    expect(b).toEqual(a);
    expect(orderRequests(world)).toHaveLength(1);
  });

  it('after the worker stopped with the order sent but unanswered: the new worker adopts it by lookup', async () => {
    const world = orderWorld();
    const browser = world.browser();
    const dying = browser.start({
      step: (name) => {
        if (name === 'response-received') throw new WorkerStopped(name);
      },
    });
    await expect(dying.submit(CONFIRM)).rejects.toBeInstanceOf(WorkerStopped);
    expect(world.acceptedOrders()).toHaveLength(1);

    const resent = await browser.start().submit(CONFIRM);
    expect(resent).toMatchObject({ state: 'accepted', distributorPoNumber: PO_NUMBER });
    expect(resent.orderNumbers).toEqual([
      ...new Set(world.acceptedOrders()[0]!.lines.map((l) => l.orderNumber)),
    ]);
    expect(orderRequests(world)).toHaveLength(1);
    expect(world.tdsynnex.requests.some((r) => r.operation === 'status')).toBe(true);
  });

  it('after success returns that order again', async () => {
    const world = orderWorld();
    const browser = world.browser();
    const first = await browser.start().submit(CONFIRM);
    const again = await browser.start().submit(CONFIRM);
    expect(again.orderNumbers).toEqual(first.orderNumbers);
    expect(again.state).toBe('accepted');
    expect(orderRequests(world)).toHaveLength(1);
  });

  it('of a re-submission (-R2) continues -R2 and never starts -R3', async () => {
    const world = orderWorld();
    const stock = new Map(DEMO_SKUS.map((sku) => [sku, world.tdsynnex.catalogue.get(sku)!.stock]));
    for (const sku of DEMO_SKUS) world.tdsynnex.catalogue.get(sku)!.stock = {};
    const browser = world.browser();
    expect((await browser.start().submit({ ...CONFIRM, allowBackorder: false })).state).toBe('rejected');
    for (const sku of DEMO_SKUS) world.tdsynnex.catalogue.get(sku)!.stock = stock.get(sku)!;

    const resubmit: SubmitInput = { ...CONFIRM, resubmit: true, attempt: 2 };
    const dying = browser.start({
      step: (name) => {
        if (name === 'response-received') throw new WorkerStopped(name);
      },
    });
    await expect(dying.submit(resubmit)).rejects.toBeInstanceOf(WorkerStopped);
    const resent = await browser.start().submit(resubmit);
    expect(resent).toMatchObject({ state: 'accepted', distributorPoNumber: `${PO_NUMBER}-R2` });
    const resentAgain = await browser.start().submit(resubmit);
    expect(resentAgain).toEqual(resent);
    expect(world.acceptedOrders().map((o) => o.poNumber)).toEqual([`${PO_NUMBER}-R2`]);
    expect(orderRequests(world)).toHaveLength(2); // the refused first attempt and -R2, nothing more
  });
});
