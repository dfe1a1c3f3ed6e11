// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxRecord } from '../../../lib/db/records';
import { serveApi, type Served } from './harness';
import { openTempStore, STORE_START_MS } from './real-store';

const T0 = Date.UTC(2026, 2, 1, 9, 0);

function record(poNumber: string, patch: Partial<OutboxRecord>): OutboxRecord {
  return {
    poNumber,
    poId: Number(poNumber.split('-')[1]),
    tenantId: 123,
    distributor: 'tdsynnex',
    state: 'intent',
    createdAt: T0,
    updatedAt: T0,
    lines: [{ itemId: 1, sku: 'SKU-1', quantity: 2, unitPrice: 10 }],
    ...patch,
  };
}

describe('GET /orders', () => {
  let api: Served;
  let real: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    real = await openTempStore();
    api = await serveApi({ store: real.store });
    await api.store.outbox.insertIntent(record('AT1-300', { createdAt: T0 + 3000, updatedAt: T0 + 3000 }));
    await api.store.outbox.insertIntent(
      record('AT1-100', {
        state: 'unknown',
        updatedAt: T0 + 500,
        lastError: {
          kind: 'network',
          service: 'distributor',
          distributor: 'tdsynnex',
          status: 0,
          message: 'The request timed out.',
          outcomeUnknown: true,
          request: {
            method: 'POST',
            url: 'https://ec.synnex.com/SynnexXML/PO?token=s3cret',
            operation: 'OrderSubmit',
          },
          // A field no writer sets today: it must not reach the wire if one ever does.
          ...({ body: '<password>s3cret</password>' } as object),
        },
      }),
    );
    await api.store.outbox.insertIntent(
      record('AT1-200', {
        state: 'accepted',
        writeBack: 'pending',
        orderNumbers: ['SO-1'],
        createdAt: T0 + 2000,
      }),
    );
    await api.store.outbox.insertIntent(record('AT1-400', { state: 'accepted', writeBack: 'done' }));
    await api.store.outbox.insertIntent(record('AT1-500', { state: 'rejected' }));
  }, STORE_START_MS);
  afterAll(async () => {
    await api.close();
    await real.dispose();
  }, STORE_START_MS);

  it('lists the orders not yet settled, oldest first', async () => {
    const res = await api.get('/orders');
    expect(res.status).toBe(200);
    const { orders } = await res.json();
    expect(orders.map((o: { poNumber: string; state: string }) => [o.poNumber, o.state])).toEqual([
      ['AT1-100', 'unknown'],
      ['AT1-200', 'accepted'],
      ['AT1-300', 'intent'],
    ]);
    expect(orders[1]).toEqual({
      poNumber: 'AT1-200',
      poId: 200,
      distributor: 'tdsynnex',
      state: 'accepted',
      createdAt: '2026-03-01T09:00:02.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      lines: [{ itemId: 1, sku: 'SKU-1', quantity: 2, unitPrice: 10 }],
      orderNumbers: ['SO-1'],
      writeBack: 'pending',
    });
  });

  it("sends the last error as the redacted AppErrorData, and nothing it doesn't know", async () => {
    const text = await (await api.get('/orders')).text();
    expect(text).not.toContain('s3cret');
    const { orders } = JSON.parse(text);
    expect(orders[0].lastError).toEqual({
      kind: 'network',
      service: 'distributor',
      distributor: 'tdsynnex',
      status: 0,
      message: 'The request timed out.',
      outcomeUnknown: true,
      request: {
        method: 'POST',
        url: 'https://ec.synnex.com/SynnexXML/PO?token=%5Bredacted%5D',
        operation: 'OrderSubmit',
      },
    });
  });
});
