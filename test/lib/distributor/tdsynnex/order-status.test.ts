import { describe, expect, it } from 'vitest';
import { STATUS_TIMELINE } from '../../../sandbox/tdsynnex/index';
import { caught, demoOrder, setup } from './harness';

const PO = 'AT684213-1042';
const START = Date.parse('2026-11-25T10:00:00Z');

function onTheClock() {
  return setup({ sim: { now: () => START } });
}

describe('TD SYNNEX order status', () => {
  it('answers NOTFOUND for a PO number never submitted', async () => {
    const { adapter } = setup();
    expect(await adapter.orderStatus('AT684213-9999')).toEqual({
      poNumber: 'AT684213-9999',
      code: 'NOTFOUND',
      reason: expect.any(String),
      lines: [],
    });
  });

  it('walks ACCEPTED → partly SHIPPED → SHIPPED → INVOICED as the clock moves', async () => {
    const { sim, adapter } = onTheClock();
    await adapter.submitOrder(demoOrder());

    const accepted = await adapter.orderStatus(PO);
    expect(accepted).toMatchObject({ code: 'ACCEPTED', orderedAt: '2026-11-25T10:00:00' });
    expect(accepted.lines.map((l) => [l.lineNumber, l.code, l.orderedQty, l.shippedQty])).toEqual([
      [1, 'ACCEPTED', 2, 0],
      [2, 'ACCEPTED', 1, 0],
      [3, 'ACCEPTED', 3, 0],
    ]);

    sim.advance(STATUS_TIMELINE.firstShipmentMs);
    const partial = await adapter.orderStatus(PO);
    expect(partial.code).toBe('SHIPPED');
    // Half of each multi-unit line; of the single-unit lines, every other one.
    expect(partial.lines.map((l) => l.shippedQty)).toEqual([1, 0, 1]);
    expect(partial.lines.some((l) => l.shippedQty < l.orderedQty)).toBe(true);

    sim.advance(STATUS_TIMELINE.fullShipmentMs);
    const shipped = await adapter.orderStatus(PO);
    expect(shipped.code).toBe('SHIPPED');
    expect(shipped.lines.map((l) => l.shippedQty)).toEqual([2, 1, 3]);

    sim.advance(STATUS_TIMELINE.invoiceAfterMs);
    expect((await adapter.orderStatus(PO)).code).toBe('INVOICED');
  });

  it('gives tracking numbers per package and one serial per unit of a serialized item', async () => {
    const { sim, adapter } = onTheClock();
    await adapter.submitOrder(demoOrder());
    sim.advance(STATUS_TIMELINE.fullShipmentMs);
    const line = (await adapter.orderStatus(PO)).lines[2]!;
    expect(line).toMatchObject({
      distributorSku: '5432103',
      mfgPartNumber: 'C1000-24P-4G-L',
      warehouse: '6',
      shipMethod: 'FG',
    });
    expect(line.packages.map((p) => p.quantity)).toEqual([1, 2]);
    for (const pkg of line.packages) {
      expect(pkg.trackingNumber).toMatch(/^\d{12}$/);
      expect(pkg.serialNumbers).toHaveLength(pkg.quantity);
    }
    expect(new Set(line.packages.flatMap((p) => p.serialNumbers)).size).toBe(3);
    // The answer is stable: the same packages and serials on the next lookup.
    expect((await adapter.orderStatus(PO)).lines[2]).toEqual(line);
  });

  it('lists no serial numbers for items that are not serialized', async () => {
    const { sim, adapter } = onTheClock();
    await adapter.submitOrder(
      demoOrder({ lines: [{ lineNumber: 1, distributorSku: '5432116', quantity: 4 }] }),
    );
    sim.advance(STATUS_TIMELINE.fullShipmentMs);
    const [line] = (await adapter.orderStatus(PO)).lines;
    expect(line?.packages.map((p) => p.serialNumbers)).toEqual([[], []]);
  });

  it('shows HOLD first for a held order, then ships it later', async () => {
    const { sim, adapter } = onTheClock();
    sim.knobs.holdNextOrders = 1;
    await adapter.submitOrder(demoOrder());
    expect((await adapter.orderStatus(PO)).code).toBe('HOLD');
    sim.advance(STATUS_TIMELINE.holdMs);
    expect((await adapter.orderStatus(PO)).code).toBe('ACCEPTED');
    sim.advance(STATUS_TIMELINE.firstShipmentMs);
    expect((await adapter.orderStatus(PO)).code).toBe('SHIPPED');
  });

  it('keeps a backordered line open after the rest has shipped', async () => {
    const { sim, adapter } = onTheClock();
    const order = demoOrder();
    order.lines.push({ lineNumber: 4, distributorSku: '5432157', quantity: 1 });
    await adapter.submitOrder(order);
    sim.advance(STATUS_TIMELINE.fullShipmentMs + STATUS_TIMELINE.invoiceAfterMs);
    const status = await adapter.orderStatus(PO);
    expect(status.code).toBe('SHIPPED');
    expect(status.lines[3]).toMatchObject({ code: 'BACKORDERED', shippedQty: 0 });
    sim.advance(STATUS_TIMELINE.backorderShipmentMs);
    expect((await adapter.orderStatus(PO)).lines[3]).toMatchObject({ shippedQty: 1 });
  });

  it('reports DELETED for an order TD SYNNEX cancelled, and REJECTED for one with no line accepted', async () => {
    const { sim, adapter } = onTheClock();
    await adapter.submitOrder(demoOrder());
    sim.cancelOrder(PO);
    expect((await adapter.orderStatus(PO)).code).toBe('DELETED');
    await adapter.submitOrder(
      demoOrder({ poNumber: 'AT684213-7', lines: [{ lineNumber: 1, distributorSku: '404', quantity: 1 }] }),
    );
    const rejected = await adapter.orderStatus('AT684213-7');
    expect(rejected).toMatchObject({
      code: 'REJECTED',
      lines: [{ code: 'REJECTED', distributorSku: '404' }],
    });
  });

  it('refuses an answer about another PO and an unknown status code', async () => {
    const { sim, adapter } = onTheClock();
    await adapter.submitOrder(demoOrder());
    sim.faults.rewriteNext(1, (xml) =>
      xml.replace(`<PONumber>${PO}</PONumber>`, '<PONumber>AT1-1</PONumber>'),
    );
    expect(await caught(() => adapter.orderStatus(PO))).toMatchObject({
      kind: 'malformed-response',
      field: 'OrderStatusResponse.PONumber',
    });
    sim.faults.rewriteNext(1, (xml) => xml.replace('<Code>ACCEPTED</Code>', '<Code>TELEPORTED</Code>'));
    expect(await caught(() => adapter.orderStatus(PO))).toMatchObject({
      kind: 'malformed-response',
      field: 'OrderStatusResponse.Code',
    });
  });
});
