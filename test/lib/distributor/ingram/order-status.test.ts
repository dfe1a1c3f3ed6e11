import { describe, expect, it } from 'vitest';
import { INGRAM_STATUS_MAP, mapIngramStatus } from '../../../../lib/distributor/ingram/order-status';
import { apiCalls, demoOrder, pn, setup } from './harness';

describe('Ingram order status', () => {
  it('an unknown PO is NOTFOUND after one search (204)', async () => {
    const { sim, adapter } = setup();
    expect(await adapter.orderStatus('NEVER-SENT')).toEqual({
      poNumber: 'NEVER-SENT',
      code: 'NOTFOUND',
      lines: [],
    });
    expect(apiCalls(sim, 'search').map((r) => r.outcome)).toEqual([204]);
    expect(apiCalls(sim, 'detail')).toHaveLength(0);
    expect(apiCalls(sim, 'search')[0]!.url).toMatch(/customerOrderNumber=NEVER-SENT/);
  });

  it('a partial shipment: shipped quantities, tracking numbers and one serial per unit', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    sim.ship('AT684213-1042', 'half');
    const status = await adapter.orderStatus('AT684213-1042');
    expect(status.code).toBe('ACCEPTED');
    const line1 = status.lines.find((l) => l.lineNumber === 1)!;
    expect(line1).toMatchObject({
      distributorSku: pn(5432101),
      mfgPartNumber: '20XW0055US',
      orderedQty: 2,
      shippedQty: 1,
      code: 'INPROGRESS',
      warehouse: '10',
    });
    expect(line1.packages).toHaveLength(1);
    expect(line1.packages[0]!.trackingNumber).toMatch(/^1Z\d{12}$/);
    expect(line1.packages[0]!.serialNumbers).toHaveLength(1);
    const line3 = status.lines.find((l) => l.lineNumber === 3)!;
    expect(line3).toMatchObject({ orderedQty: 3, shippedQty: 2 });
    expect(line3.packages[0]!.serialNumbers).toHaveLength(2);
  });

  it('the rest ships later: SHIPPED, every unit shipped, two packages on line 3', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    sim.ship('AT684213-1042', 'half');
    sim.advance(86_400_000);
    sim.ship('AT684213-1042', 'rest');
    const status = await adapter.orderStatus('AT684213-1042');
    expect(status.code).toBe('SHIPPED');
    expect(status.lines.every((l) => l.shippedQty === l.orderedQty && l.code === 'SHIPPED')).toBe(true);
    const line3 = status.lines.find((l) => l.lineNumber === 3)!;
    expect(line3.packages.map((p) => p.quantity)).toEqual([2, 1]);
    expect(new Set(line3.packages.flatMap((p) => p.serialNumbers)).size).toBe(3);
  });

  it('a backordered line carries its ETA; holds and cancellations map through the one table', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(
      demoOrder({ lines: [{ lineNumber: 1, distributorSku: pn(5432157), quantity: 2 }] }),
    );
    const backordered = await adapter.orderStatus('AT684213-1042');
    expect(backordered.code).toBe('ACCEPTED');
    expect(backordered.lines[0]).toMatchObject({ code: 'BACKORDERED', shippedQty: 0 });
    expect(backordered.lines[0]?.eta).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    sim.hold('AT684213-1042');
    expect((await adapter.orderStatus('AT684213-1042')).code).toBe('HOLD');
    sim.cancel('AT684213-1042');
    expect((await adapter.orderStatus('AT684213-1042')).code).toBe('DELETED');
  });

  it('maps every documented Ingram status, prefixes and case normalised', () => {
    expect(mapIngramStatus('Processing')).toBe('ACCEPTED');
    expect(mapIngramStatus('im::backordered')).toBe('ACCEPTED');
    expect(mapIngramStatus('IM::PARTIALLY_SHIPPED')).toBe('ACCEPTED');
    expect(mapIngramStatus('On Hold')).toBe('HOLD');
    expect(mapIngramStatus('Delivered')).toBe('SHIPPED');
    expect(mapIngramStatus('IM::INVOICED')).toBe('INVOICED');
    expect(mapIngramStatus('Canceled')).toBe('DELETED');
    expect(mapIngramStatus('Something new')).toBe('UNKNOWN');
    expect(Object.keys(INGRAM_STATUS_MAP).length).toBeGreaterThan(10);
  });
});
