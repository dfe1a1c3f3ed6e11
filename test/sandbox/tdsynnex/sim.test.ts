import { describe, expect, it } from 'vitest';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT, DropConnection, GENERATED_SKU_START } from './index';

const { customerNo, userId, password } = DEMO_TDSYNNEX_ACCOUNT;
const US = 'https://ec.us.tdsynnex.com';

function priceXml(skus: string[], pass = password): string {
  const list = skus.map(
    (sku, i) => `<skuList><synnexSKU>${sku}</synnexSKU><lineNumber>${i + 1}</lineNumber></skuList>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><priceRequest><customerNo>${customerNo}</customerNo><userName>${userId}</userName><password>${pass}</password>${list.join('')}</priceRequest>`;
}

function orderXml(poNumber: string, sku = '5432101'): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><SynnexB2B><Credential><UserID>${userId}</UserID><Password>${password}</Password></Credential>` +
    `<OrderRequest><CustomerNumber>${customerNo}</CustomerNumber><PONumber>${poNumber}</PONumber><DropShipFlag>N</DropShipFlag>` +
    `<Shipment><ShipTo><AddressName1>Contoso Dental</AddressName1><AddressLine1>12 Main St</AddressLine1><City>Springfield</City>` +
    `<State>IL</State><ZipCode>62701</ZipCode><Country>US</Country></ShipTo><ShipMethod><Code>FG</Code></ShipMethod></Shipment>` +
    `<Payment><BillTo code="${customerNo}"/></Payment><Items><Item lineNumber="1"><SKU>${sku}</SKU><UnitPrice>1.00</UnitPrice>` +
    `<OrderQuantity>1</OrderQuantity></Item></Items><BackOrderFlag>Y</BackOrderFlag></OrderRequest></SynnexB2B>`
  );
}

const post = (url: string, body: string, contentType = 'application/xml') =>
  new Request(url, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('the TD SYNNEX simulator', () => {
  it('generates the same catalogue from the same seed, of the requested size', () => {
    const a = createTdSynnexSim({ catalogueSize: 3000 });
    const b = createTdSynnexSim({ catalogueSize: 3000 });
    expect(a.catalogue.all()).toHaveLength(3060);
    expect(a.catalogue.all()).toEqual(b.catalogue.all());
    expect(a.catalogue.get(String(GENERATED_SKU_START + 2999))).toBeDefined();
    expect(a.catalogue.all().some((p) => p.status === 'Discontinued')).toBe(true);
    expect(new Set(a.catalogue.all().map((p) => p.mfgPN)).size).toBe(3060);
  });

  it('holds the 60 named demo SKUs with realistic products', () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    const demo = Array.from({ length: 60 }, (_, i) => sim.catalogue.get(String(5432101 + i)));
    expect(demo.every(Boolean)).toBe(true);
    expect(sim.catalogue.get('5432101')).toMatchObject({
      mfgCode: 'LENOVO',
      mfgPN: '20XW0055US',
      price: 1043.17,
    });
    expect(demo.map((p) => p?.mfgCode)).toEqual(expect.arrayContaining(['LENOVO', 'HP', 'CISCO', 'APC']));
    expect(demo.filter((p) => p?.status === 'Discontinued').map((p) => p?.sku)).toEqual([
      '5432158',
      '5432159',
      '5432160',
    ]);
  });

  it("starts empty with seed 'empty': no account, no product", async () => {
    const sim = createTdSynnexSim({ seed: 'empty' });
    expect(sim.catalogue.all()).toHaveLength(0);
    const text = await (
      await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101'])))
    ).text();
    expect(text).toContain('<errorDetail>Login failed');
  });

  it('answers unknown parts with Not found and synnexSKU 0, echoing the line number', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    const res = await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101', '42'])));
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await res.text();
    expect(text).toContain(
      '<synnexSKU>0</synnexSKU><mfgPN>42</mfgPN><mfgCode></mfgCode><status>Not found</status>',
    );
    expect(text).toMatch(/<status>Not found<\/status>[\s\S]*<lineNumber>2<\/lineNumber>/);
  });

  it('refuses wrong credentials and more than 50 skuList entries with an errorDetail', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    const wrong = await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101'], 'nope')));
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toMatch(/<priceResponse><errorDetail>Login failed/);
    const many = Array.from({ length: 51 }, (_, i) => String(5432101 + (i % 60)));
    expect(
      await (await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(many)))).text(),
    ).toContain('at most 50 skuList');
  });

  it('writes tags in lower case when asked, and logs requests with the password replaced', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    sim.knobs.tagCase = 'lower';
    const text = await (
      await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101'])))
    ).text();
    expect(text).toContain('<priceavailabilitylist>');
    expect(text.match(/<\/?[a-z]*[A-Z][^>]*>/g)).toBeNull();
    expect(sim.requests[0]).toMatchObject({ operation: 'price', outcome: 200 });
    expect(sim.requests[0]?.body).toContain('<password>[redacted]</password>');
    expect(sim.requests[0]?.body).not.toContain(password);
  });

  it('answers GET with 405, an unknown path with 404, a non-XML request with 415, a foreign host with 421', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    expect((await sim.fetch(new Request(`${US}/SynnexXML/PO`))).status).toBe(405);
    expect((await sim.fetch(post(`${US}/SynnexXML/Nothing`, '<x/>'))).status).toBe(404);
    expect((await sim.fetch(post(`${US}/SynnexXML/PO`, orderXml('P1'), 'application/json'))).status).toBe(
      415,
    );
    expect((await sim.fetch(post('https://ec.tdsynnex.example/SynnexXML/PO', orderXml('P1')))).status).toBe(
      421,
    );
    expect(sim.orders).toHaveLength(0);
  });

  it('commits an order and then drops the connection: a TypeError "fetch failed" that is a DropConnection', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    sim.faults.dropNext(1, 'order');
    const error = await sim.fetch(post(`${US}/SynnexXML/PO`, orderXml('AT1-1'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(DropConnection);
    expect((error as Error).message).toBe('fetch failed');
    expect(sim.order('AT1-1')).toBeDefined();
    expect(sim.requests.at(-1)?.outcome).toBe('dropped');
    const again = await (await sim.fetch(post(`${US}/SynnexXML/PO`, orderXml('AT1-1')))).text();
    expect(again).toMatch(/<Code>rejected<\/Code><Reason>Duplicate PO/);
  });

  it('keeps production and test orders apart', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    await sim.fetch(post(`${US}/SynnexXML/PO`, orderXml('AT1-2')));
    const onTest = await (
      await sim.fetch(post('https://testec.us.tdsynnex.com/SynnexXML/PO', orderXml('AT1-2')))
    ).text();
    expect(onTest).toContain('<Code>accepted</Code>');
    expect(sim.orders.map((o) => o.system)).toEqual(['production', 'test']);
  });

  it('serves faults only to the operation named, and only as many times as asked', async () => {
    const sim = createTdSynnexSim({ catalogueSize: 0 });
    sim.faults.failNext(2, 503, 'status');
    sim.faults.htmlNext(1);
    const price = () => sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101'])));
    const first = await price();
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/^<!DOCTYPE html>/);
    expect((await price()).status).toBe(200);
    expect(sim.requests.map((r) => r.outcome)).toEqual([200, 200]);
    const status = `<SynnexB2B><Credential><UserID>${userId}</UserID><Password>${password}</Password></Credential><OrderStatusRequest><CustomerNumber>${customerNo}</CustomerNumber><PONumber>X</PONumber></OrderStatusRequest></SynnexB2B>`;
    const outcomes = [];
    for (let i = 0; i < 3; i += 1)
      outcomes.push((await sim.fetch(post(`${US}/SynnexXML/PO`, status))).status);
    expect(outcomes).toEqual([503, 503, 200]);
  });

  it('waits the configured latency, and stops waiting when the request is aborted', async () => {
    const waits: number[] = [];
    const sim = createTdSynnexSim({
      catalogueSize: 0,
      sleep: async (ms, signal) => {
        waits.push(ms);
        signal?.throwIfAborted();
      },
    });
    sim.knobs.latencyMs = 200;
    await sim.fetch(post(`${US}/SynnexXML/PriceAvailability`, priceXml(['5432101'])));
    expect(waits).toEqual([200]);

    const real = createTdSynnexSim({ catalogueSize: 0 });
    real.knobs.latencyMs = 10_000;
    const controller = new AbortController();
    const pending = real.fetch(
      new Request(`${US}/SynnexXML/PriceAvailability`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: priceXml(['1']),
        signal: controller.signal,
      }),
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(real.requests).toHaveLength(0);
  });
});
