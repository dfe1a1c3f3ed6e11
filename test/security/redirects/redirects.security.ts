// Issue 11 §3: credentials never follow a redirect. Both real clients (the Autotask client and the
// TD SYNNEX adapter as the extension wires them) talk to their simulators through a fetch that
// treats redirects as a browser does; each simulator answers 301/302/307/308 pointing at a second
// host. The second host must receive nothing — no Secret / ApiIntegrationCode / UserName header, no
// XML password — and the call must fail with `redirect-refused`. The control shows the harness
// would see the leak: the same redirect followed by a plain fetch delivers the credentials.
import { afterAll, describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { eq } from '../../../lib/autotask/query';
import { productSchema, purchaseOrderSchema } from '../../../lib/autotask/schemas';
import { createDistributorAdapter } from '../../../lib/distributor/index';
import { isAppError } from '../../../lib/errors/app-error';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import { browserFetch, createCollector, withRedirects } from '../../sandbox/redirect';
import type { Collector, RedirectStatus } from '../../sandbox/redirect';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';
import { recordFigure } from '../figures';

const STATUSES: RedirectStatus[] = [301, 302, 307, 308];
/** A second host inside the host permissions (no CORS in the way), and one outside them. */
const TARGETS = [
  'https://webservices99.autotask.net/__redirect-target/a',
  'https://ec.ca.tdsynnex.com/__redirect-target/b',
  'https://collector.evil.example/__redirect-target/c',
];
const tally = { redirects: 0, refused: 0, credentialsSent: 0 };

afterAll(() => {
  recordFigure('redirects-vitest', {
    label: 'Credentialed redirects (vitest, both clients)',
    counts: { redirects: tally.redirects, refused: tally.refused, 'credentials sent': tally.credentialsSent },
    mustBeZero: ['credentials sent'],
    minimums: { redirects: 24, refused: 24 },
  });
});

/** Secrets the second host must never see, by where each client puts them. */
const SECRETS = [DEMO.secret, DEMO.integrationCode, DEMO.userName, DEMO_TDSYNNEX_ACCOUNT.password];

function leaks(collector: Collector): string[] {
  return collector.received.flatMap((r) => {
    const text = `${JSON.stringify(r.headers)}\n${r.body}`;
    const names = ['secret', 'apiintegrationcode', 'username'].filter((h) => h in r.headers);
    return [...names, ...SECRETS.filter((s) => text.includes(s)).map(() => 'credential value')].map(
      (what) => `${r.method} ${r.url}: ${what}`,
    );
  });
}

function world() {
  const autotask = withRedirects(createAutotaskSim({ seed: 'demo' }));
  const tdsynnex = withRedirects(createTdSynnexSim({ catalogueSize: 50 }));
  const collector = createCollector();
  const fetch = browserFetch((url) =>
    collector.isTarget(url)
      ? collector.fetch
      : new URL(url).hostname.endsWith('.tdsynnex.com')
        ? tdsynnex.fetch
        : autotask.fetch,
  );
  const client = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch,
    sleep: async () => {},
  });
  const adapter = createDistributorAdapter(
    'tdsynnex',
    { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
    { fetch, sleep: async () => {} },
  );
  return { autotask, tdsynnex, collector, fetch, client, adapter };
}

async function refusal(work: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await work;
  } catch (error) {
    return isAppError(error)
      ? (JSON.parse(JSON.stringify(error)) as Record<string, unknown>)
      : { thrown: String(error) };
  }
  return { succeeded: true };
}

async function firstPage<T>(pages: AsyncIterable<T>): Promise<T | undefined> {
  for await (const page of pages) return page;
  return undefined;
}

type W = ReturnType<typeof world>;
const CALLS: [string, (w: W, status: RedirectStatus, target: string) => Promise<unknown>][] = [
  [
    'Autotask GET PurchaseOrders/1042',
    (w, status, target) => (
      w.autotask.redirects.redirectNext(status, target, { urlPart: '/PurchaseOrders/' }),
      w.client.get('PurchaseOrders', 1042, purchaseOrderSchema)
    ),
  ],
  [
    'Autotask POST Products/query',
    (w, status, target) => (
      w.autotask.redirects.redirectNext(status, target, { urlPart: '/Products/query' }),
      firstPage(w.client.queryPages('Products', { filter: [eq('id', 1)] }, productSchema.pick({ id: true })))
    ),
  ],
  [
    'TD SYNNEX POST PriceAvailability',
    (w, status, target) => (
      w.tdsynnex.redirects.redirectNext(status, target),
      w.adapter.priceAvailability([{ distributorSku: '5432101' }])
    ),
  ],
  [
    'TD SYNNEX POST PO (status lookup)',
    (w, status, target) => (
      w.tdsynnex.redirects.redirectNext(status, target),
      w.adapter.orderStatus('AT1-1042')
    ),
  ],
];

describe('credentials never follow a redirect', () => {
  it('the harness sees a leak: a plain fetch following the redirect delivers the credentials', async () => {
    const w = world();
    w.autotask.redirects.redirectNext(307, TARGETS[0]!);
    await w.fetch('https://webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrders/1042', {
      headers: { Secret: DEMO.secret, UserName: DEMO.userName, ApiIntegrationCode: DEMO.integrationCode },
    });
    w.tdsynnex.redirects.redirectNext(308, TARGETS[1]!);
    await w.fetch('https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability', {
      method: 'POST',
      body: `<priceRequest><password>${DEMO_TDSYNNEX_ACCOUNT.password}</password></priceRequest>`,
    });
    expect(leaks(w.collector).length).toBeGreaterThanOrEqual(4);
  });

  for (const [what, call] of CALLS) {
    it.each(STATUSES.flatMap((status) => TARGETS.map((target) => [status, target] as const)))(
      `${what}: %i to %s is refused and the target receives nothing`,
      async (status, target) => {
        const w = world();
        const error = await refusal(call(w, status, target));
        tally.redirects += 1;
        if (error.code === 'redirect-refused') tally.refused += 1;
        const leaked = leaks(w.collector);
        tally.credentialsSent += leaked.length;
        expect(leaked).toEqual([]);
        expect(w.collector.received).toEqual([]);
        expect(error).toMatchObject({ kind: 'malformed-response', code: 'redirect-refused', status });
        expect(JSON.stringify(error)).not.toContain(DEMO.secret);
        expect(JSON.stringify(error)).not.toContain(DEMO_TDSYNNEX_ACCOUNT.password);
      },
    );
  }
});
