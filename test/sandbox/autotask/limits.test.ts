import { describe, expect, it, vi } from 'vitest';
import { all, call, demoSim } from './test-helpers';

const CI = 684213;
const query = { filter: all, maxRecords: 1 };

describe('hourly threshold', () => {
  it('reports the rolling-hour count, counting ThresholdInformation itself but not zone lookups', async () => {
    const sim = demoSim();
    await sim.fetch(
      new Request(
        'https://webservices2.autotask.net/atservicesrest/V1.0/zoneInformation?user=api%40contoso-msp.example',
      ),
    );
    await call(sim, 'GET', '/Products/71');
    const res = await call(sim, 'GET', '/ThresholdInformation');
    expect(res.json).toEqual({
      externalRequestThreshold: 10000,
      requestThresholdTimeframe: 60,
      currentTimeframeRequestCount: 2,
    });
    expect(sim.requestCount(CI)).toBe(2);
  });

  it('answers 429 with errors[] and Retry-After past the threshold, until the hour rolls on', async () => {
    const sim = demoSim({ now: () => 1_000_000 });
    sim.knobs.threshold = 5;
    sim.knobs.latencyAt50Ms = 0;
    sim.knobs.latencyAt75Ms = 0;
    for (let i = 0; i < 5; i += 1)
      expect((await call(sim, 'POST', '/Products/query', query)).status).toBe(200);
    const refused = await call(sim, 'POST', '/Products/query', query);
    expect(refused.status).toBe(429);
    expect(refused.json.errors[0]).toContain('threshold 5');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    sim.advance(30 * 60_000);
    expect((await call(sim, 'GET', '/ThresholdInformation')).status).toBe(429);
    sim.advance(30 * 60_000 + 1);
    const after = await call(sim, 'GET', '/ThresholdInformation');
    expect(after.json.currentTimeframeRequestCount).toBe(1);
  });

  it('shares the threshold between every user of the tenant', async () => {
    const sim = demoSim();
    sim.knobs.threshold = 2;
    sim.knobs.latencyAt50Ms = 0;
    sim.knobs.latencyAt75Ms = 0;
    const other = { userName: 'api2@contoso-msp.example', secret: 'x', integrationCode: 'OTHERVENDORCODE' };
    sim.addUser({ ...other, ci: CI });
    await call(sim, 'GET', '/Products/71');
    await call(sim, 'GET', '/Products/71', undefined, { creds: other });
    expect((await call(sim, 'GET', '/Products/71')).status).toBe(429);
  });

  it('adds latency from 50 % and 75 % of the threshold', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const sim = demoSim();
      Object.assign(sim.knobs, { threshold: 8, latencyAt50Ms: 500, latencyAt75Ms: 1000 });
      /** The delay (in ms, to 10 ms) before the request's answer arrives. */
      const delayOf = async () => {
        let done = false;
        const pending = call(sim, 'GET', '/Products/71').then(() => (done = true));
        let waited = 0;
        await vi.advanceTimersByTimeAsync(0);
        while (!done && waited < 5000) {
          await vi.advanceTimersByTimeAsync(10);
          waited += 10;
        }
        await pending;
        return waited;
      };
      const delays = [];
      for (let i = 0; i < 8; i += 1) delays.push(await delayOf());
      // usage after each request: 1/8 … 8/8
      expect(delays).toEqual([0, 0, 0, 500, 500, 1000, 1000, 1000]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('thread limit', () => {
  it('refuses a 4th concurrent request per integration code and entity with Itgenatr005', async () => {
    const sim = demoSim({ latencyMs: 40 });
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(sim, 'POST', '/Products/query', query)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 429]);
    expect(answers.find((a) => a.status === 429)?.json.errors[0]).toContain('Itgenatr005');
  });

  it('lets other entities and other integration codes run in parallel', async () => {
    const sim = demoSim({ latencyMs: 40 });
    const other = { userName: 'api2@contoso-msp.example', secret: 'x', integrationCode: 'OTHERVENDORCODE' };
    sim.addUser({ ...other, ci: CI });
    const answers = await Promise.all([
      ...[1, 2, 3].map(() => call(sim, 'POST', '/Products/query', query)),
      call(sim, 'POST', '/Companies/query', query),
      call(sim, 'POST', '/Products/query', query, { creds: other }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('frees the slot when a request finishes', async () => {
    const sim = demoSim({ latencyMs: 20 });
    await Promise.all([1, 2, 3].map(() => call(sim, 'POST', '/Products/query', query)));
    const again = await Promise.all([1, 2, 3].map(() => call(sim, 'POST', '/Products/query', query)));
    expect(again.map((a) => a.status)).toEqual([200, 200, 200]);
  });

  it('can send the thread-limit error with status 500', async () => {
    const sim = demoSim({ latencyMs: 40 });
    sim.knobs.threadLimitStatus = 500;
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(sim, 'GET', '/Products/71/Vendors')));
    const refused = answers.filter((a) => a.status === 500);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.json.errors[0]).toContain('Itgenatr005');
  });
});
