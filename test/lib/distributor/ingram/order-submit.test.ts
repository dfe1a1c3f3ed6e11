import { describe, expect, it } from 'vitest';
import { apiCalls, caught, demoOrder, pn, setup } from './harness';

describe('Ingram order create', () => {
  it('sends the documented body once and maps the accepted order', async () => {
    const { sim, adapter } = setup();
    const result = await adapter.submitOrder(demoOrder());
    const calls = apiCalls(sim, 'order');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]!.body)).toMatchObject({
      customerOrderNumber: 'AT684213-1042',
      acceptBackOrder: true,
      notes: 'Deliver to reception',
      shipToInfo: {
        companyName: 'Smith & Sons HQ',
        contact: 'Pat Smith',
        city: 'Springfield',
        countryCode: 'US',
      },
      shipmentDetails: { carrierCode: 'RG' },
      lines: [
        { customerLineNumber: '1', ingramPartNumber: pn(5432101), quantity: 2, unitPrice: 1000 },
        { customerLineNumber: '2', ingramPartNumber: pn(5432102), quantity: 1 },
        { customerLineNumber: '3', ingramPartNumber: pn(5432103), quantity: 3 },
      ],
    });
    const order = sim.order('AT684213-1042')!;
    expect(result).toMatchObject({
      poNumber: 'AT684213-1042',
      result: 'accepted',
      duplicate: false,
      orderNumbers: [order.ingramOrderNumber],
    });
    expect(result.lines.map((l) => [l.lineNumber, l.outcome, l.orderNumber])).toEqual([
      [1, 'accepted', order.ingramOrderNumber],
      [2, 'accepted', order.ingramOrderNumber],
      [3, 'accepted', order.ingramOrderNumber],
    ]);
    expect(result.lines[0]?.warehouse).toBe('10');
  });

  it('maps a backordered line and a rejected unknown part (207 partial)', async () => {
    const { adapter } = setup();
    const result = await adapter.submitOrder(
      demoOrder({
        lines: [
          { lineNumber: 1, distributorSku: pn(5432101), quantity: 1 },
          { lineNumber: 2, distributorSku: pn(5432157), quantity: 4 },
          { lineNumber: 3, distributorSku: 'ZZ9999', quantity: 1 },
        ],
      }),
    );
    expect(result.result).toBe('partial');
    expect(result.lines.map((l) => l.outcome)).toEqual(['accepted', 'backordered', 'rejected']);
    expect(result.lines[2]?.reason).toBe('EN SKU-NOTFOUND ZZ9999');
  });

  it('a lost response (order stored, 502 from the gateway) is outcomeUnknown, never re-sent; orderStatus then finds it', async () => {
    const { sim, adapter } = setup();
    sim.faults.loseResponseNext(1, 502, 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'server', outcomeUnknown: true, distributor: 'ingram' });
    expect(apiCalls(sim, 'order')).toHaveLength(1);
    expect(sim.orders).toHaveLength(1);
    const status = await adapter.orderStatus('AT684213-1042');
    expect(status.code).toBe('ACCEPTED');
    expect(status.lines).toHaveLength(3);
  });

  it('a dropped connection after the order was stored is outcomeUnknown, never re-sent', async () => {
    const { sim, adapter } = setup();
    sim.faults.dropNext(1, 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true });
    expect(apiCalls(sim, 'order')).toHaveLength(1);
    expect((await adapter.orderStatus('AT684213-1042')).code).toBe('ACCEPTED');
  });

  it('a 5xx before processing is not retried either (writes are sent once)', async () => {
    const { sim, adapter } = setup();
    sim.faults.failNext(1, 503, 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'server', outcomeUnknown: true });
    expect(apiCalls(sim, 'order')).toHaveLength(1);
    expect((await adapter.orderStatus('AT684213-1042')).code).toBe('NOTFOUND');
  });

  it('a PO number already used → duplicate: true, no second order', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    const again = await adapter.submitOrder(demoOrder());
    expect(again).toMatchObject({ result: 'rejected', duplicate: true, orderNumbers: [] });
    expect(again.reason).toMatch(/Duplicate customer order number/);
    expect(sim.orders).toHaveLength(1);
  });

  it('a 401 on order create refreshes the token and sends once more (no order was made)', async () => {
    const { sim, adapter } = setup();
    await adapter.priceAvailability([{ distributorSku: pn(5432101) }]);
    sim.expireTokens();
    const result = await adapter.submitOrder(demoOrder());
    expect(result.result).toBe('accepted');
    expect(apiCalls(sim, 'order').map((r) => r.outcome)).toEqual([401, 201]);
    expect(sim.orders).toHaveLength(1);
  });

  it('refuses before sending what Ingram would refuse or cut', async () => {
    const { sim, adapter } = setup();
    const tooLong = demoOrder();
    tooLong.shipTo.city = 'A city name longer than 25 chars';
    expect(await caught(() => adapter.submitOrder(tooLong))).toMatchObject({
      kind: 'validation',
      field: 'shipTo.city',
    });
    expect(
      await caught(() =>
        adapter.submitOrder(demoOrder({ lines: [{ lineNumber: 900, distributorSku: 'X', quantity: 1 }] })),
      ),
    ).toMatchObject({
      field: 'lines[0].lineNumber',
    });
    expect(apiCalls(sim, 'order')).toHaveLength(0);
  });
});
