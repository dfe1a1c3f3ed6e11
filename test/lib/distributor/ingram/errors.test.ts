import { describe, expect, it } from 'vitest';
import { NO_TERMS_INGRAM_ACCOUNT } from '../../../sandbox/ingram/index';
import { caught, DEMO_SECRET, demoOrder, pn, setup } from './harness';
import type { Harness } from './harness';

/** The client secrets of both simulator accounts; tokens are matched by their `sim-N-…` shape. */
const SECRETS = [DEMO_SECRET, NO_TERMS_INGRAM_ACCOUNT.clientSecret];

describe('Ingram refusals become AppErrors with stable codes', () => {
  it('invalid customer number (IM-SPEC "Invalid CustomerNumber")', async () => {
    const h = setup({ adapter: { customerNumber: '20-999999' } });
    const error = await caught(() => h.adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'invalid-customer-number',
      status: 400,
      service: 'distributor',
      distributor: 'ingram',
    });
    expect(error.apiErrors).toContain('IM-CustomerNumber: Invalid CustomerNumber');
    expect(h.sim.requests.filter((r) => r.operation === 'price')).toHaveLength(1); // not retried
  });

  it('not authorized to purchase a product', async () => {
    const h = setup();
    const error = await caught(() =>
      h.adapter.submitOrder(
        demoOrder({ lines: [{ lineNumber: 1, distributorSku: pn(5432112), quantity: 1 }] }),
      ),
    );
    expect(error).toMatchObject({ kind: 'validation', code: 'not-authorized-to-purchase' });
    expect(error.outcomeUnknown).toBeUndefined();
    expect(h.sim.orders).toHaveLength(0);
  });

  it('credit (net terms) required', async () => {
    const h = setup({
      adapter: {
        clientId: NO_TERMS_INGRAM_ACCOUNT.clientId,
        clientSecret: NO_TERMS_INGRAM_ACCOUNT.clientSecret,
        customerNumber: NO_TERMS_INGRAM_ACCOUNT.customerNumber,
      },
    });
    const error = await caught(() => h.adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'validation', code: 'credit-terms-required' });
  });

  it('throttled beyond what a read may wait for → throttled with retryAfterMs', async () => {
    const h = setup();
    h.sim.faults.throttleNext(4, 600, 'price');
    const error = await caught(() => h.adapter.priceAvailability([{ distributorSku: pn(5432101) }]));
    expect(error).toMatchObject({ kind: 'throttled', code: 'rate-limited', retryAfterMs: 600_000 });
  });

  it('server errors on reads end as kind server after the retries', async () => {
    const h = setup();
    h.sim.faults.failNext(4, 500, 'search');
    const error = await caught(() => h.adapter.orderStatus('X-1'));
    expect(error).toMatchObject({ kind: 'server', code: 'unavailable' });
    expect(error.outcomeUnknown).toBeUndefined();
  });

  it('no thrown error carries the client secret or a token', async () => {
    const scenarios: [string, (h: Harness) => Promise<unknown>, Parameters<typeof setup>[0]?][] = [
      [
        'bad secret',
        (h) => h.adapter.priceAvailability([{ distributorSku: pn(5432101) }]),
        { adapter: { clientSecret: `${DEMO_SECRET}-x` } },
      ],
      [
        'HTML',
        (h) => (
          h.sim.faults.htmlNext(1, 'price'),
          h.adapter.priceAvailability([{ distributorSku: pn(5432101) }])
        ),
      ],
      [
        'lost order',
        (h) => (h.sim.faults.loseResponseNext(1, 502, 'order'), h.adapter.submitOrder(demoOrder())),
      ],
      ['401 twice', (h) => (h.sim.faults.unauthorizedNext(2, 'search'), h.adapter.orderStatus('X-1'))],
      [
        'token answer echoed',
        (h) => h.adapter.priceAvailability([{ distributorSku: pn(5432101) }]),
        { rewrite: (url, body) => (url.includes('token') ? body.replace('"Bearer"', '"Basic"') : body) },
      ],
      [
        'secret echoed in an error',
        (h) => h.adapter.priceAvailability([{ distributorSku: pn(5432101) }]),
        {
          adapter: { customerNumber: '20-999999' },
          rewrite: (url, body) =>
            url.includes('priceandavailability')
              ? body.replace('Invalid CustomerNumber', `Invalid CustomerNumber ${DEMO_SECRET}`)
              : body,
        },
      ],
    ];
    for (const [name, run, options] of scenarios) {
      const h = setup(options);
      const error = await caught(() => run(h));
      const text =
        JSON.stringify(error) +
        JSON.stringify((error as { toJSON?: () => unknown }).toJSON?.()) +
        error.message;
      for (const secret of SECRETS) expect(text, name).not.toContain(secret);
      expect(text, name).not.toMatch(/sim-\d+-[a-z0-9]+/);
    }
  });
});
