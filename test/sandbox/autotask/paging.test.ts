import { describe, expect, it } from 'vitest';
import { all, call, emptyTenantSim } from './test-helpers';

/** An empty tenant holding `n` companies. */
function tenantWithCompanies(n: number) {
  const env = emptyTenantSim();
  for (let i = 1; i <= n; i += 1) {
    env.sim.db.insert(env.ci, 'Companies', { companyName: `Company ${i}`, companyType: 1, isActive: true });
  }
  return env;
}

describe('paging', () => {
  it('returns 1,200 rows over 3 pages when each nextPageUrl is POSTed with the same body', async () => {
    const { sim, creds, api } = tenantWithCompanies(1200);
    const body = { filter: all };
    const pages = [await call(sim, 'POST', `${api}/Companies/query`, body, { creds })];
    while (pages[pages.length - 1]!.json.pageDetails.nextPageUrl) {
      pages.push(
        await call(sim, 'POST', pages[pages.length - 1]!.json.pageDetails.nextPageUrl, body, { creds }),
      );
    }
    expect(pages.map((p) => p.json.pageDetails.count)).toEqual([500, 500, 200]);
    expect(pages.map((p) => p.json.pageDetails.requestCount)).toEqual([500, 500, 500]);
    const seen = pages.flatMap((p) => p.json.items.map((i: { id: number }) => i.id));
    expect(seen).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(pages[2]!.json.pageDetails.nextPageUrl).toBeNull();
  });

  it('puts nextPageUrl on the same zone host at /V1.0/{Entity}/query/next?paging=', async () => {
    const { sim, creds, api } = tenantWithCompanies(501);
    const first = await call(sim, 'POST', `${api}/Companies/query`, { filter: all }, { creds });
    const next = new URL(first.json.pageDetails.nextPageUrl);
    expect(next.origin).toBe('https://webservices5.autotask.net');
    expect(next.pathname).toBe('/atservicesrest/V1.0/Companies/query/next');
    expect(JSON.parse(next.searchParams.get('paging')!)).toMatchObject({ lastId: 500 });
    expect(first.json.pageDetails.prevPageUrl).toBeNull();
  });

  it('answers GET on a POSTed query next page with 405 and the live message', async () => {
    const { sim, creds, api } = tenantWithCompanies(600);
    const first = await call(sim, 'POST', `${api}/Companies/query`, { filter: all }, { creds });
    const res = await call(sim, 'GET', first.json.pageDetails.nextPageUrl, undefined, { creds });
    expect(res.status).toBe(405);
    expect(res.json).toEqual({ Message: "The requested resource does not support http method 'GET'." });
  });

  it('embeds search= in the next URL of a GET query, which GET can then follow', async () => {
    const { sim, creds, api } = tenantWithCompanies(600);
    const search = encodeURIComponent(JSON.stringify({ filter: all }));
    const first = await call(sim, 'GET', `${api}/Companies/query?search=${search}`, undefined, { creds });
    const second = await call(sim, 'GET', first.json.pageDetails.nextPageUrl, undefined, { creds });
    expect(second.status).toBe(200);
    expect(second.json.items.map((i: { id: number }) => i.id)).toEqual(
      Array.from({ length: 100 }, (_, i) => 501 + i),
    );
  });

  it('answers 404 to a GET whose query string is too long for the server', async () => {
    const { sim, creds, api } = tenantWithCompanies(1);
    const values = Array.from({ length: 400 }, (_, i) => `company-name-${i}`);
    const search = encodeURIComponent(
      JSON.stringify({ filter: [{ op: 'in', field: 'companyName', value: values }] }),
    );
    expect(
      (await call(sim, 'GET', `${api}/Companies/query?search=${search}`, undefined, { creds })).status,
    ).toBe(404);
  });

  it('pages by MaxRecords', async () => {
    const { sim, creds, api } = tenantWithCompanies(250);
    const body = { filter: all, maxRecords: 100 };
    const first = await call(sim, 'POST', `${api}/Companies/query`, body, { creds });
    const second = await call(sim, 'POST', first.json.pageDetails.nextPageUrl, body, { creds });
    const third = await call(sim, 'POST', second.json.pageDetails.nextPageUrl, body, { creds });
    expect([first, second, third].map((p) => p.json.pageDetails.count)).toEqual([100, 100, 50]);
  });

  it('ends after one page when IncludeFields leaves out id and more rows match (API.md §2.2)', async () => {
    const { sim, creds, api } = tenantWithCompanies(501);
    const without = await call(
      sim,
      'POST',
      `${api}/Companies/query`,
      { filter: all, includeFields: ['companyName'] },
      { creds },
    );
    expect(without.json.pageDetails).toMatchObject({ count: 500, nextPageUrl: null });
    const withId = await call(
      sim,
      'POST',
      `${api}/Companies/query`,
      { filter: all, includeFields: ['id', 'companyName'] },
      { creds },
    );
    expect(withId.json.pageDetails.nextPageUrl).toMatch(/\/query\/next\?paging=/);
    expect(withId.json.items[0]).toEqual({ id: 1, companyName: 'Company 1' });
  });

  it('refuses a next-page request without a valid paging cursor', async () => {
    const { sim, creds, api } = tenantWithCompanies(1);
    const res = await call(
      sim,
      'POST',
      `${api}/Companies/query/next?paging=oops`,
      { filter: all },
      { creds },
    );
    expect(res.status).toBe(500);
  });
});
