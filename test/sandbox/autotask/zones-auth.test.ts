import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onAnyAutotaskRequest, type AutotaskRequestEvent } from './index';
import { API, authHeaders, call, demoCredentials, demoSim } from './test-helpers';

const zoneUrl = (host: string, user: string) =>
  `https://${host}/atservicesrest/V1.0/zoneInformation?user=${encodeURIComponent(user)}`;

describe('zone lookup', () => {
  it('answers any webservices host without auth headers and is not counted', async () => {
    const sim = demoSim();
    const res = await sim.fetch(new Request(zoneUrl('webservices2.autotask.net', 'api@contoso-msp.example')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      zoneName: 'America East 3',
      url: 'https://webservices22.autotask.net/atservicesrest/',
      webUrl: 'https://ww22.autotask.net/',
      ci: 684213,
    });
    expect(sim.requestCount(684213)).toBe(0);
  });

  it('answers an unknown user with 500 "Zone information could not be determined"', async () => {
    const res = await demoSim().fetch(
      new Request(zoneUrl('webservices2.autotask.net', 'nobody@example.com')),
    );
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ errors: ['Zone information could not be determined'] });
  });

  it('serves V1.0 only: V2.0 zoneInformation is a 404', async () => {
    const res = await demoSim().fetch(
      new Request(
        'https://webservices2.autotask.net/atservicesrest/V2.0/zoneInformation?user=api%40contoso-msp.example',
      ),
    );
    expect(res.status).toBe(404);
  });

  it('lists V1.0 and V2.0 in versionInformation', async () => {
    const res = await demoSim().fetch(
      new Request('https://webservices2.autotask.net/ATServicesRest/versionInformation'),
    );
    expect(await res.json()).toEqual({ apiVersions: ['V1.0', 'V2.0'] });
  });
});

describe('authentication', () => {
  it('accepts the demo user on its zone host, with the path in any case', async () => {
    const sim = demoSim();
    const res = await call(
      sim,
      'GET',
      'https://webservices22.autotask.net/ATServicesRest/v1.0/companies/29683001',
    );
    expect(res.status).toBe(200);
    expect(res.json.item.companyName).toBe('TD SYNNEX Corporation');
  });

  it('matches header names case-insensitively', async () => {
    const headers = {
      APIIntegrationcode: demoCredentials.integrationCode,
      Username: demoCredentials.userName,
      SECRET: demoCredentials.secret,
    };
    const res = await demoSim().fetch(new Request(`${API}/Companies/29683001`, { headers }));
    expect(res.status).toBe(200);
  });

  it.each([
    ['a wrong secret', { ...demoCredentials, secret: 'wrong' }],
    ['a wrong integration code', { ...demoCredentials, integrationCode: 'OTHER' }],
    ['an unknown user', { ...demoCredentials, userName: 'someone@contoso-msp.example' }],
  ])('answers 401 for %s', async (_case, creds) => {
    const res = await call(demoSim(), 'GET', '/Companies/29683001', undefined, { creds });
    expect(res.status).toBe(401);
  });

  it('answers 401 when a header is missing', async () => {
    const { Secret: _secret, ...partial } = authHeaders();
    const res = await demoSim().fetch(new Request(`${API}/Companies/29683001`, { headers: partial }));
    expect(res.status).toBe(401);
  });

  it('answers 401 for valid credentials sent to another zone host', async () => {
    const res = await call(
      demoSim(),
      'GET',
      'https://webservices3.autotask.net/atservicesrest/V1.0/Companies/29683001',
    );
    expect(res.status).toBe(401);
  });

  it('answers 401 on the old host after a zone move until the client re-resolves the zone', async () => {
    const sim = demoSim();
    sim.moveTenant(684213, 28);
    expect((await call(sim, 'GET', '/Companies/29683001')).status).toBe(401);
    const zone = await (
      await sim.fetch(new Request(zoneUrl('webservices2.autotask.net', demoCredentials.userName)))
    ).json();
    expect(zone).toMatchObject({
      zoneName: 'UK 3',
      url: 'https://webservices28.autotask.net/atservicesrest/',
    });
    const moved = await call(sim, 'GET', `${zone.url}V1.0/Companies/29683001`);
    expect(moved.status).toBe(200);
  });

  it('serves nothing on hosts that are not Autotask API or UI hosts', async () => {
    const res = await demoSim().fetch(
      new Request('https://www.autotask.net/atservicesrest/V1.0/Companies/1'),
    );
    expect(res.status).toBe(404);
  });
});

describe('request log', () => {
  const events: AutotaskRequestEvent[] = [];
  let unsubscribe = () => {};
  beforeEach(() => {
    events.length = 0;
    unsubscribe = onAnyAutotaskRequest((e) => events.push(e));
  });
  afterEach(() => unsubscribe());

  it('records every request with lower-cased header names and the secret masked', async () => {
    const sim = demoSim();
    await call(sim, 'POST', '/Products/query', { filter: [{ op: 'eq', field: 'id', value: 71 }] });
    const [entry] = sim.requests;
    expect(entry).toMatchObject({ method: 'POST', url: `${API}/Products/query`, status: 200 });
    expect(entry?.headers.secret).toBe('***');
    expect(entry?.headers.username).toBe(demoCredentials.userName);
    expect(entry?.body).toEqual({ filter: [{ op: 'eq', field: 'id', value: 71 }] });
    expect(JSON.stringify(sim.requests)).not.toContain(demoCredentials.secret);
  });

  it('tells every module-level listener about each API request, until it unsubscribes', async () => {
    const sim = demoSim();
    await call(sim, 'GET', '/Products/71');
    expect(events).toEqual([{ method: 'GET', url: `${API}/Products/71`, body: undefined }]);
    unsubscribe();
    await call(sim, 'GET', '/Products/72');
    expect(events).toHaveLength(1);
  });

  it('does not report web page requests to the API listeners', async () => {
    await demoSim().fetch(new Request('https://ww22.autotask.net/Mvc/Home/Dashboard.mvc'));
    expect(events).toEqual([]);
  });
});
