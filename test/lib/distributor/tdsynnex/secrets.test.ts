import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../lib/errors/app-error';
import type { Harness } from './harness';
import { caught, DEMO_PASSWORD, demoOrder, setup } from './harness';

type Provoke = (h: Harness) => Promise<unknown>;

const ONE_SKU = [{ distributorSku: '5432101' }];

const FAILURES: [string, Provoke][] = [
  [
    'a failed login',
    (h) => (
      h.sim.accounts.add({ ...demoAccount(), password: 'changed' }),
      h.adapter.priceAvailability(ONE_SKU)
    ),
  ],
  [
    'an errorDetail that echoes the password',
    (h) => (
      h.sim.faults.rewriteNext(
        1,
        () => `<priceResponse><errorDetail>Bad password ${DEMO_PASSWORD}</errorDetail></priceResponse>`,
      ),
      h.adapter.priceAvailability(ONE_SKU)
    ),
  ],
  [
    'a malformed field quoting the password',
    (h) => (
      h.sim.faults.rewriteNext(1, (x) =>
        x.replace('<price>1043.17</price>', `<price>${DEMO_PASSWORD}</price>`),
      ),
      h.adapter.priceAvailability(ONE_SKU)
    ),
  ],
  ['an HTML page', (h) => (h.sim.faults.htmlNext(1), h.adapter.priceAvailability(ONE_SKU))],
  ['server errors', (h) => (h.sim.faults.failNext(9, 500), h.adapter.priceAvailability(ONE_SKU))],
  ['a dropped order', (h) => (h.sim.faults.dropNext(1), h.adapter.submitOrder(demoOrder()))],
  [
    'a truncated order answer',
    (h) => (h.sim.faults.malformedNext(1, 'order'), h.adapter.submitOrder(demoOrder())),
  ],
  [
    'a status lookup answered with 503',
    (h) => (h.sim.faults.failNext(9, 503), h.adapter.orderStatus('AT684213-1042')),
  ],
];

function demoAccount() {
  return {
    customerNo: '123456',
    userId: 'ec-user@contoso-msp.example',
    password: DEMO_PASSWORD,
    region: 'US' as const,
  };
}

describe('the TD SYNNEX password', () => {
  it.each(FAILURES)('never appears in the error for %s', async (_name, provoke) => {
    const harness = setup();
    const error = await caught(() => provoke(harness));
    expect(isAppError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(DEMO_PASSWORD);
    expect(String(error)).not.toContain(DEMO_PASSWORD);
    expect(JSON.stringify(error)).toContain('tdsynnex');
  });

  it('is sent to TD SYNNEX (the simulator logs it redacted)', async () => {
    const { sim, adapter } = setup();
    await adapter.priceAvailability(ONE_SKU);
    await adapter.submitOrder(demoOrder());
    await adapter.orderStatus('AT684213-1042');
    expect(sim.requests).toHaveLength(3);
    for (const request of sim.requests) {
      expect(request.body).toMatch(/<password>\[redacted\]<\/password>/i);
      expect(request.body).not.toContain(DEMO_PASSWORD);
    }
  });
});
