import { describe, expect, it } from 'vitest';
import { caught, demoOrder, setup } from './harness';

describe('TD SYNNEX order submit', () => {
  it('delivers the ship-to "Smith & Sons <HQ>" intact, escaped on the wire', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    expect(sim.orders).toHaveLength(1);
    expect(sim.orders[0]?.shipTo).toMatchObject({
      name: 'Smith & Sons <HQ>',
      address1: '12 Main St "Suite 4"',
      contactName: "Pat O'Brien",
    });
    expect(sim.requests[0]?.body).toContain('<AddressName1>Smith &amp; Sons &lt;HQ&gt;</AddressName1>');
  });

  it('maps the answer: one order number per ship-from warehouse, ETA and warehouse per line', async () => {
    const { adapter } = setup();
    const result = await adapter.submitOrder(demoOrder());
    expect(result).toMatchObject({ poNumber: 'AT684213-1042', result: 'accepted', duplicate: false });
    // 5432103 is stocked in Romeoville only: the PO becomes two TD SYNNEX orders.
    expect(result.orderNumbers).toHaveLength(2);
    expect(result.lines.map((l) => [l.lineNumber, l.outcome, l.warehouse])).toEqual([
      [1, 'accepted', '3'],
      [2, 'accepted', '3'],
      [3, 'accepted', '6'],
    ]);
    expect(result.lines[0]?.orderNumber).toBe(result.lines[1]?.orderNumber);
    expect(result.lines[2]?.orderNumber).not.toBe(result.lines[0]?.orderNumber);
    expect(result.lines.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.eta ?? ''))).toBe(true);
  });

  it('reads a response with a single <Item>, in lower-case tags', async () => {
    const { sim, adapter } = setup();
    sim.knobs.tagCase = 'lower';
    const result = await adapter.submitOrder(
      demoOrder({ lines: [{ lineNumber: 1, distributorSku: '5432102', quantity: 1 }] }),
    );
    expect(result.result).toBe('accepted');
    expect(result.lines).toHaveLength(1);
    expect(result.orderNumbers).toEqual([result.lines[0]?.orderNumber]);
  });

  it('is a partial result when an unknown SKU line is rejected and the others are accepted', async () => {
    const { adapter } = setup();
    const order = demoOrder();
    order.lines.push({ lineNumber: 4, distributorSku: '9999999', quantity: 1 });
    const result = await adapter.submitOrder(order);
    expect(result.result).toBe('partial');
    expect(result.lines[3]).toMatchObject({
      outcome: 'rejected',
      reason: expect.stringMatching(/Invalid SKU/),
    });
    expect(result.lines[3]?.orderNumber).toBeUndefined();
  });

  it('honours BackOrderFlag: N rejects a line without stock, Y backorders it', async () => {
    const { adapter } = setup();
    const line = [{ lineNumber: 1, distributorSku: '5432157', quantity: 1 }];
    const refused = await adapter.submitOrder(
      demoOrder({ poNumber: 'AT684213-2001', allowBackorder: false, lines: line }),
    );
    expect(refused).toMatchObject({ result: 'rejected', duplicate: false, orderNumbers: [] });
    expect(refused.lines[0]?.outcome).toBe('rejected');
    const backordered = await adapter.submitOrder(
      demoOrder({ poNumber: 'AT684213-2002', allowBackorder: true, lines: line }),
    );
    expect(backordered.result).toBe('accepted');
    expect(backordered.lines[0]).toMatchObject({ outcome: 'backordered', orderNumber: expect.any(String) });
  });

  it('reports a PO number already used as duplicate=true and creates nothing', async () => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    const again = await adapter.submitOrder(demoOrder());
    expect(again).toMatchObject({ result: 'rejected', duplicate: true, orderNumbers: [] });
    expect(again.reason).toMatch(/Duplicate PO/);
    expect(sim.orders).toHaveLength(1);
  });

  it('surfaces a dropped connection as outcomeUnknown, sent once, with exactly one order at TD SYNNEX', async () => {
    const { sim, adapter } = setup();
    sim.faults.dropNext(1, 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({
      kind: 'network',
      service: 'distributor',
      distributor: 'tdsynnex',
      status: 0,
      outcomeUnknown: true,
    });
    expect(sim.orders).toHaveLength(1);
    expect(sim.requests.filter((r) => r.operation === 'order')).toHaveLength(1);
    // The caller settles it with a status lookup: the order exists.
    expect((await adapter.orderStatus('AT684213-1042')).code).toBe('ACCEPTED');
  });

  it('does not resend an order answered with 503; the outcome is unknown', async () => {
    const { sim, adapter } = setup();
    sim.faults.failNext(1, 503, 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'server', status: 503, outcomeUnknown: true });
    expect(sim.requests).toHaveLength(1);
  });

  it('treats a login failure on submit as auth, with a known outcome (nothing created)', async () => {
    const { sim, adapter } = setup({ adapter: { password: 'wrong' } });
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'auth', code: 'login-failed' });
    expect(error.outcomeUnknown).toBeUndefined();
    expect(sim.orders).toHaveLength(0);
  });

  it.each([
    ['a PO number over 30 characters', { poNumber: 'AT684213-1042-' + 'X'.repeat(20) }, 'poNumber'],
    ['no lines', { lines: [] }, 'lines'],
    [
      'a zero quantity',
      { lines: [{ lineNumber: 1, distributorSku: '5432101', quantity: 0 }] },
      'lines.0.quantity',
    ],
    [
      'repeated line numbers',
      {
        lines: [
          { lineNumber: 1, distributorSku: '5432101', quantity: 1 },
          { lineNumber: 1, distributorSku: '5432102', quantity: 1 },
        ],
      },
      'lines',
    ],
  ])('refuses an order with %s before sending anything', async (_name, overrides, field) => {
    const { sim, adapter } = setup();
    const error = await caught(() => adapter.submitOrder(demoOrder(overrides)));
    expect(error).toMatchObject({ kind: 'validation', field });
    expect(sim.requests).toHaveLength(0);
  });
});
