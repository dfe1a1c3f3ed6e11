// Ingram Micro price & availability at the floor of its batch limit: 1,000 and 5,000 SKUs (2 % of
// them unknown to Ingram, answered 207 per item) against the Ingram simulator in-process with
// 200 ms latency, through the real HTTP policy and INGRAM_CONCURRENCY requests in flight. Prints
// the calls made against the ⌈SKUs / 50⌉ floor and the wall time against the floor the
// concurrency allows. Exits non-zero when more calls were made than the floor (+1 token call).
import { createIngramAdapter } from '../../lib/distributor/ingram/adapter';
import { classifyIngramResponse } from '../../lib/distributor/ingram/classify';
import { isIngramUrl } from '../../lib/distributor/ingram/hosts';
import { INGRAM_CONCURRENCY, MAX_PRICE_BATCH } from '../../lib/distributor/ingram/limits';
import { createHttp } from '../../lib/http/policy';
import { createIngramSim, DEMO_INGRAM_ACCOUNT } from '../sandbox/ingram/index';

const LATENCY_MS = 200;
const UNKNOWN_SHARE = 0.02;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function measure(skus: number): Promise<boolean> {
  const sim = createIngramSim({ catalogueSize: skus });
  sim.knobs.latencyMs = LATENCY_MS;
  const send = createHttp({
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      sim.fetch(new Request(input, init))) as typeof fetch,
    classify: classifyIngramResponse,
    isAllowedUrl: isIngramUrl,
    maxConcurrentPerKey: INGRAM_CONCURRENCY,
  });
  const adapter = createIngramAdapter({
    clientId: DEMO_INGRAM_ACCOUNT.clientId,
    clientSecret: DEMO_INGRAM_ACCOUNT.clientSecret,
    customerNumber: DEMO_INGRAM_ACCOUNT.customerNumber,
    countryCode: DEMO_INGRAM_ACCOUNT.countryCode,
    environment: 'sandbox',
    send,
  });
  const known = sim.catalogue.all().slice(0, skus);
  const unknownEvery = Math.round(1 / UNKNOWN_SHARE);
  const items = known.map((p, i) =>
    i % unknownEvery === unknownEvery - 1
      ? { distributorSku: `NOPE${i}` }
      : { distributorSku: p.ingramPartNumber },
  );
  const started = performance.now();
  const results = await adapter.priceAvailability(items);
  const seconds = (performance.now() - started) / 1000;

  const priceCalls = sim.requests.filter((r) => r.operation === 'price');
  const tokenCalls = sim.requests.filter((r) => r.operation === 'token').length;
  const floor = Math.ceil(skus / MAX_PRICE_BATCH);
  // One token round-trip, then the batches in rounds of INGRAM_CONCURRENCY.
  const floorSeconds = ((1 + Math.ceil(floor / INGRAM_CONCURRENCY)) * LATENCY_MS) / 1000;
  const notFound = results.filter((r) => r.status === 'notFound').length;
  const multiStatus = priceCalls.filter((r) => r.outcome === 207).length;
  console.log(
    `${skus} SKUs (${notFound} unknown → per-item notFound), ${LATENCY_MS} ms latency, ${INGRAM_CONCURRENCY} in flight`,
  );
  console.log(
    `  price calls ${priceCalls.length} vs floor ⌈${skus}/${MAX_PRICE_BATCH}⌉ = ${floor}; 207 answers ${multiStatus}; token calls ${tokenCalls}`,
  );
  console.log(
    `  wall time ${fmt(seconds)} s vs floor ${fmt(floorSeconds)} s (token + ${Math.ceil(floor / INGRAM_CONCURRENCY)} rounds)`,
  );
  return priceCalls.length === floor && tokenCalls === 1 && results.length === skus;
}

const ok = [await measure(1_000), await measure(5_000)];
console.log(ok.every(Boolean) ? '\nAll goals met.' : '\nSome goals were missed (see above).');
if (!ok.every(Boolean)) process.exit(1);
