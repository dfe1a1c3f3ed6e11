// Issue 11 §4: every header the two API clients really send is either redacted (lib/errors/redact.ts)
// or on its explicit allowlist of plain headers. Collected from real client requests against the
// simulators — a header a client starts sending later is checked without editing this file.
import { describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../lib/autotask/client';
import { eq } from '../../lib/autotask/query';
import { productSchema, purchaseOrderSchema } from '../../lib/autotask/schemas';
import { createDistributorAdapter } from '../../lib/distributor/index';
import { PLAIN_HEADERS, REDACTED, redactHeaders } from '../../lib/errors/redact';
import { createAutotaskSim, DEMO } from '../sandbox/autotask/index';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../sandbox/tdsynnex/index';

describe('headers the clients send', () => {
  it('are each redacted or on the allowlist, and every credential header is redacted', async () => {
    const autotask = createAutotaskSim({ seed: 'demo' });
    const tdsynnex = createTdSynnexSim({ catalogueSize: 50 });
    const sent: Headers[] = [];
    const fetch = async (req: Request) => {
      sent.push(new Headers(req.headers));
      return new URL(req.url).hostname.endsWith('.tdsynnex.com') ? tdsynnex.fetch(req) : autotask.fetch(req);
    };
    const client = createAutotaskClient({
      credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
      fetch: fetch as typeof globalThis.fetch,
    });
    await client.get('PurchaseOrders', 1042, purchaseOrderSchema);
    for await (const page of client.queryPages(
      'Products',
      { filter: [eq('id', 1)] },
      productSchema.pick({ id: true }),
    ))
      void page;
    const adapter = createDistributorAdapter(
      'tdsynnex',
      { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
      { fetch },
    );
    await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    await adapter.orderStatus('AT1-1042').catch(() => undefined);

    const names = new Set(sent.flatMap((headers) => [...headers.keys()].map((n) => n.toLowerCase())));
    expect(sent.length).toBeGreaterThanOrEqual(5);
    for (const name of ['secret', 'username', 'apiintegrationcode']) expect(names).toContain(name);
    const unaccounted = [...names].filter(
      (name) =>
        redactHeaders({ [name]: 'value' })[name] !== REDACTED &&
        !(PLAIN_HEADERS as readonly string[]).includes(name),
    );
    expect(unaccounted).toEqual([]);
    for (const headers of sent) {
      const shown = JSON.stringify(redactHeaders(headers));
      for (const secret of [DEMO.secret, DEMO.userName, DEMO.integrationCode])
        expect(shown).not.toContain(secret);
    }
  });
});
