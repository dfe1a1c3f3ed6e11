// Issue 5 "Must show": receipts exist exactly once whatever restarts or lost responses happen.
// PO-1042's three products are all serialized, so a full shipment is five receipts, one per serial.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelRun, startRun } from '../../../lib/sync/engine';
import { readRun } from '../../../lib/sync/run-state';
import { HOUR, isReceiptCreate, orderStatusWorld, STATUS, TEMPLATE } from './world';
import type { OrderStatusWorld } from './world';

let world: OrderStatusWorld;
beforeEach(async () => {
  world = await orderStatusWorld();
  await world.settings({ receiving: 'when-shipped' });
});
afterEach(() => world.dispose());

async function run(trigger: 'manual' | 'resume' = 'manual') {
  const started = await startRun(TEMPLATE, trigger);
  expect(started.started).toBe(true);
  return started.finished;
}

function receiptSerials() {
  return world
    .receipts()
    .map((r) => String(r.serialNumber))
    .sort();
}

describe('receiving shipped items', () => {
  it('creates one receipt per serial number the simulator shipped, and moves the PO to Received Full', async () => {
    await world.orderHere();
    world.tdsynnex.advance(24 * HOUR);
    expect(await run()).toMatchObject({ result: 'success' });
    const serials = await world.shippedSerials();
    expect(serials).toHaveLength(5);
    expect(receiptSerials()).toEqual(serials);
    expect(world.receipts().every((r) => r.quantityNowReceiving === 1)).toBe(true);
    expect(world.purchaseOrder().status).toBe(STATUS.full);
  });

  it('receives only what is newly shipped on each run: 3 after the first shipment, 2 more after the rest', async () => {
    await world.orderHere();
    world.tdsynnex.advance(4 * HOUR);
    await run();
    expect(world.receipts()).toHaveLength(3);
    expect(world.purchaseOrder().status).toBe(STATUS.partial);
    world.tdsynnex.advance(20 * HOUR);
    await run();
    expect(receiptSerials()).toEqual(await world.shippedSerials());
    expect(world.receipts()).toHaveLength(5);
  });

  it('a run stopped after writing half the receipts resumes and writes each receipt exactly once', async () => {
    await world.orderHere();
    world.tdsynnex.advance(24 * HOUR);
    let creates = 0;
    world.wire.autotaskFetch = async (req, next) => {
      const res = await next(req);
      if (isReceiptCreate(req) && res.ok && ++creates === 3) cancelRun(TEMPLATE);
      return res;
    };
    expect(await run()).toBeUndefined(); // stopped, not failed
    // Stopped with 3 of 5 written: item 1 complete, item 2 holding one of its two serials.
    expect(world.receipts()).toHaveLength(3);
    expect((await readRun(TEMPLATE))?.lastResult).toBeUndefined(); // no "failed" recorded

    expect(await run('resume')).toMatchObject({ result: 'success' });
    const serials = await world.shippedSerials();
    expect(receiptSerials()).toEqual(serials);
    expect(new Set(receiptSerials()).size).toBe(5);
    expect(creates).toBe(5);

    // And yet another run finds nothing left to receive.
    expect(await run()).toMatchObject({ result: 'success' });
    expect(creates).toBe(5);
  });

  it('a lost response on a receipt create does not duplicate it', async () => {
    await world.orderHere();
    world.tdsynnex.advance(24 * HOUR);
    let creates = 0;
    world.wire.autotaskFetch = async (req, next) => {
      const res = await next(req);
      // The simulator created the receipt; the answer never reaches the extension.
      if (isReceiptCreate(req) && ++creates === 2) throw new TypeError('fetch failed');
      return res;
    };
    expect(await run()).toMatchObject({ result: 'success' });
    expect(creates).toBe(5); // the lost one was found by reading, not sent again
    expect(receiptSerials()).toEqual(await world.shippedSerials());
  });

  it('sends the receipt again when the lost create had not reached Autotask', async () => {
    await world.orderHere();
    world.tdsynnex.advance(24 * HOUR);
    let creates = 0;
    world.wire.autotaskFetch = async (req, next) => {
      if (isReceiptCreate(req) && ++creates === 2) throw new TypeError('fetch failed'); // never arrived
      return next(req);
    };
    expect(await run()).toMatchObject({ result: 'success' });
    expect(creates).toBe(6);
    expect(receiptSerials()).toEqual(await world.shippedSerials());
  });

  it('never receives while the setting is "never"', async () => {
    await world.settings({ receiving: 'never' });
    await world.orderHere();
    world.tdsynnex.advance(24 * HOUR);
    await run();
    expect(world.receipts()).toHaveLength(0);
    expect(world.purchaseOrder().status).toBe(STATUS.submitted);
  });

  it('does not receive into a PO that is still New, and says why once', async () => {
    await world.orderHere(STATUS.new);
    world.tdsynnex.advance(24 * HOUR);
    await run();
    await run();
    expect(world.receipts()).toHaveLength(0);
    const { recentEntries } = await import('../../../lib/log/activity-reads');
    const blocked = (await recentEntries(50)).filter((e) => /receives items only once/.test(e.summary));
    expect(blocked).toHaveLength(1);
  });
});
