import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { beginsWith, eq, everything, or } from '../../../lib/autotask/query';
import { productSchema, purchaseOrderSchema } from '../../../lib/autotask/schemas';
import { clientFor, DEMO, demo, failure, flaky, recordingSleep, rewriting, seen } from './harness';

describe('the Autotask client reading', () => {
  it('finds the zone without auth headers, caches it, and sends credentials to that zone only', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    const zone = await client.zone();
    expect(zone).toEqual({ zoneName: 'America East 3', url: DEMO.apiUrl, webUrl: DEMO.webUrl, ci: DEMO.ci });
    await client.get('PurchaseOrders', 1042, purchaseOrderSchema);
    await client.get('PurchaseOrders', 1043, purchaseOrderSchema);
    expect(seen(sim, true)).toEqual([
      'GET webservices2.autotask.net/atservicesrest/V1.0/zoneInformation',
      'GET webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrders/1042',
      'GET webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrders/1043',
    ]);
    expect(sim.requests[0]?.url).toContain('user=api%40contoso-msp.example');
    expect(sim.requests[0]?.headers).not.toHaveProperty('secret');
    expect(sim.requests[0]?.headers).not.toHaveProperty('apiintegrationcode');
    expect(sim.requests[1]?.headers).toMatchObject({
      secret: '***',
      username: DEMO.userName,
      apiintegrationcode: DEMO.integrationCode,
    });
  });

  it('reads 1,200 rows over 3 pages, following nextPageUrl by POST with the same body', async () => {
    const sim = demo();
    sim.seedLinkedProducts(1200);
    const client = clientFor(sim.fetch);
    const sizes: number[] = [];
    const ids: number[] = [];
    const query = { filter: [beginsWith('name', 'Bench Product')], includeFields: ['id', 'name', 'sku'] };
    for await (const page of client.queryPages(
      'Products',
      query,
      productSchema.pick({ id: true, name: true }),
    )) {
      sizes.push(page.length);
      ids.push(...page.map((p) => p.id));
    }
    expect(sizes).toEqual([500, 500, 200]);
    expect(new Set(ids).size).toBe(1200);
    const api = sim.requests.filter((r) => r.url.includes('/Products/'));
    expect(api.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /atservicesrest/V1.0/Products/query',
      'POST /atservicesrest/V1.0/Products/query/next',
      'POST /atservicesrest/V1.0/Products/query/next',
    ]);
    expect(api.every((r) => JSON.stringify(r.body) === JSON.stringify(api[0]?.body))).toBe(true);
    expect(api.some((r) => r.status === 405)).toBe(false);
  });

  it("splits a 1,300-value `in` into 3 queries that fit beside the query's other OR conditions", async () => {
    const sim = demo();
    const products = sim.seedLinkedProducts(1300);
    const client = clientFor(sim.fetch);
    const ids = products.map((p) => p.productId);
    const rows = await client.queryIn('Products', 'id', ids, productSchema.pick({ id: true }), {
      filter: [or(eq('isActive', true), eq('isActive', false))],
    });
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    const queries = sim.requests.filter((r) => r.url.endsWith('/Products/query'));
    const inSizes = queries.map((r) => {
      const filter = (r.body as { filter: { op: string; value?: unknown[] }[] }).filter;
      return filter.find((f) => f.op === 'in')?.value?.length;
    });
    expect(inSizes).toEqual([498, 498, 304]); // 2 ORs of the group + 498 values = 500
  });

  it('returns undefined for {"item":null} and the parsed row otherwise', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    expect(await client.get('PurchaseOrders', 999_999, purchaseOrderSchema)).toBeUndefined();
    const po = await client.get('PurchaseOrders', 1042, purchaseOrderSchema);
    expect(po).toMatchObject({ id: 1042, purchaseOrderNumber: 'PO-1042', vendorID: DEMO.tdSynnexVendorId });
  });

  it('counts, and reads entity information and picklists by label (cached per entity)', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    expect(await client.count('Companies', [eq('companyType', 7)])).toBeGreaterThanOrEqual(3);
    const info = await client.entityInfo('PurchaseOrders');
    expect(info).toMatchObject({ name: 'PurchaseOrder', canQuery: true, userAccessForQuery: 'All' });
    expect(await client.picklistValue('PurchaseOrders', 'status', 'submitted')).toBe(12);
    expect(await client.picklistValue('PurchaseOrders', 'Status', 'New')).toBe(11);
    expect(await client.picklistValue('PurchaseOrders', 'status', 'Lost in the post')).toBeUndefined();
    const fieldReads = sim.requests.filter((r) => r.url.endsWith('/PurchaseOrders/entityInformation/fields'));
    expect(fieldReads).toHaveLength(1);
    const status = (await client.fields('PurchaseOrders')).find((f) => f.name === 'status');
    expect(status?.picklistValues.every((v) => typeof v.value === 'number')).toBe(true);
  });

  it('reads ThresholdInformation', async () => {
    const sim = demo();
    const client = clientFor(sim.fetch);
    await client.get('Products', DEMO.firstProductId, productSchema);
    const info = await client.threshold();
    expect(info).toEqual({
      externalRequestThreshold: 10_000,
      requestThresholdTimeframe: 60,
      currentTimeframeRequestCount: 2,
    });
  });

  it('retries reads after a lost connection with exponential backoff and full jitter', async () => {
    const sim = demo();
    const { delays, sleep } = recordingSleep();
    const client = clientFor(flaky(sim.fetch, 3), { sleep, random: () => 0.5 });
    await client.zone(); // the zone lookup is a read too: 3 drops, then it goes through
    expect(delays).toEqual([500, 1000, 2000]);
    expect(seen(sim)).toEqual(['GET /atservicesrest/V1.0/zoneInformation']);
  });

  it('gives every attempt a fresh timeout', async () => {
    const sim = demo();
    sim.knobs.latencyMs = 300;
    const { delays, sleep } = recordingSleep(() => (sim.knobs.latencyMs = 0));
    const client = clientFor(sim.fetch, { sleep, random: () => 0, timeoutMs: 100 });
    await client.zone();
    const product = await client.get('Products', DEMO.firstProductId, productSchema);
    expect(product?.id).toBe(DEMO.firstProductId);
    expect(delays).toEqual([0]);
    expect(seen(sim).filter((s) => s.endsWith(`/Products/${DEMO.firstProductId}`))).toHaveLength(2);
  });

  it('names endpoint and field when a response has the wrong type, and refuses HTML with 200', async () => {
    const sim = demo();
    const wrongType = rewriting(sim.fetch, (body) => {
      const page = body as { items?: Record<string, unknown>[] };
      if (page.items?.[1]) page.items[1].name = 42;
      return body;
    });
    const error = await failure(
      clientFor(wrongType).queryAll('Products', { filter: [everything()] }, productSchema),
    );
    expect(error).toMatchObject({ kind: 'malformed-response', field: 'items[1].name' });
    expect(error.message).toContain('POST Products/query');

    const htmlPage = async (req: Request) =>
      req.url.includes('zoneInformation')
        ? sim.fetch(req)
        : new Response('<!DOCTYPE html><html><body>Sign in</body></html>', {
            headers: { 'content-type': 'text/html' },
          });
    const html = await failure(clientFor(htmlPage).get('Products', 1, productSchema));
    expect(html.kind).toBe('malformed-response');
  });

  it('never sends credentials to a nextPageUrl on another host, nor over plain http', async () => {
    for (const other of [
      'https://evil.example',
      'http://webservices22.autotask.net',
      'https://webservices5.autotask.net',
    ]) {
      const sim = demo();
      sim.seedLinkedProducts(600);
      const sent: string[] = [];
      const moved = rewriting(sim.fetch, (body) => {
        const page = body as { pageDetails?: { nextPageUrl: string | null } };
        if (page.pageDetails?.nextPageUrl) {
          page.pageDetails.nextPageUrl = page.pageDetails.nextPageUrl.replace(
            'https://webservices22.autotask.net',
            other,
          );
        }
        return body;
      });
      const watching = async (req: Request) => (sent.push(req.url), moved(req));
      const error = await failure(
        clientFor(watching).queryAll('Products', { filter: [everything()] }, z.object({ id: z.number() })),
      );
      expect(error).toMatchObject({
        kind: 'malformed-response',
        code: 'untrusted-host',
        field: 'pageDetails.nextPageUrl',
      });
      expect(sent.some((u) => u.startsWith(other))).toBe(false);
      expect(sent).toHaveLength(2); // the zone lookup and the first page
    }
  });

  it('never sends credentials to a zone outside *.autotask.net, however it was learnt', async () => {
    const sim = demo();
    const sent: string[] = [];
    const evilZone = rewriting(sim.fetch, (body) =>
      typeof body === 'object' && body !== null && 'zoneName' in body
        ? { ...body, url: 'https://autotask.evil.example/atservicesrest/' }
        : body,
    );
    const watching = async (req: Request) => (sent.push(req.url), evilZone(req));
    const lookup = await failure(clientFor(watching).get('Products', 1, productSchema));
    expect(lookup).toMatchObject({ kind: 'malformed-response', code: 'untrusted-host' });

    const cached = {
      zoneName: 'X',
      url: 'https://evil.example/atservicesrest/',
      webUrl: 'https://evil.example/',
      ci: 1,
    };
    const zoneCache = { get: () => cached, set: () => undefined, delete: () => undefined };
    const fromCache = await failure(clientFor(watching, { zoneCache }).get('Products', 1, productSchema));
    expect(fromCache.code).toBe('untrusted-host');
    expect(sent.filter((u) => !u.includes('zoneInformation'))).toEqual([]);
  });
});
