import { describe, expect, it } from 'vitest';
import { caught, demoOrder, setup } from './harness';

const ONE_SKU = [{ distributorSku: '5432101' }];

describe('TD SYNNEX answers that are not usable XML', () => {
  it('refuses an HTML page served with status 200, naming the endpoint, without retrying', async () => {
    const { sim, adapter } = setup();
    sim.faults.htmlNext(1);
    const error = await caught(() => adapter.priceAvailability(ONE_SKU));
    expect(error).toMatchObject({ kind: 'malformed-response', status: 200 });
    expect(error.message).toMatch(/TD SYNNEX PriceAvailability .*HTML page/);
    expect(sim.requests).toHaveLength(1);
  });

  it('refuses an XML body under a wrong content type', async () => {
    const { sim, adapter } = setup();
    sim.faults.wrongContentTypeNext(1, 'application/json');
    const error = await caught(() => adapter.priceAvailability(ONE_SKU));
    expect(error).toMatchObject({ kind: 'malformed-response' });
    expect(error.message).toMatch(/PriceAvailability .*content type "application\/json"/);
  });

  it('refuses a truncated XML body', async () => {
    const { sim, adapter } = setup();
    sim.faults.malformedNext(1);
    const error = await caught(() => adapter.priceAvailability(ONE_SKU));
    expect(error).toMatchObject({ kind: 'malformed-response' });
    expect(error.message).toMatch(/PriceAvailability .*invalid XML/);
  });

  it.each([
    ['a body that is not XML at all', () => 'OK'],
    ['the wrong root element', () => '<?xml version="1.0"?><SynnexB2B><OrderResponse/></SynnexB2B>'],
    ['a document type declaration', (xml: string) => xml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>')],
    [
      'a __proto__ element',
      (xml: string) => xml.replace('<status>', '<__proto__><x>1</x></__proto__><status>'),
    ],
    [
      'a line answered twice',
      (xml: string) =>
        xml.replace(
          '</priceResponse>',
          xml.match(/<PriceAvailabilityList>[\s\S]*<\/PriceAvailabilityList>/)![0] + '</priceResponse>',
        ),
    ],
    [
      'a line missing',
      (xml: string) => xml.replace(/<PriceAvailabilityList>[\s\S]*<\/PriceAvailabilityList>/, ''),
    ],
    [
      'an answer for another SKU',
      (xml: string) => xml.replace('<synnexSKU>5432101</synnexSKU>', '<synnexSKU>5432102</synnexSKU>'),
    ],
    [
      'an unknown product status',
      (xml: string) => xml.replace('<status>Active</status>', '<status>Maybe</status>'),
    ],
    ['a 10 MB body', (xml: string) => xml.replace('<description>', `<description>${'x'.repeat(10_000_000)}`)],
    [
      'a deeply nested body',
      (xml: string) => xml.replace('<status>', `${'<a>'.repeat(500)}${'</a>'.repeat(500)}<status>`),
    ],
  ])('refuses %s', async (_name, rewrite) => {
    const { sim, adapter } = setup();
    sim.faults.rewriteNext(1, rewrite);
    const error = await caught(() => adapter.priceAvailability(ONE_SKU));
    expect(error).toMatchObject({
      kind: 'malformed-response',
      service: 'distributor',
      distributor: 'tdsynnex',
    });
    expect(error.message).toContain('TD SYNNEX PriceAvailability');
  });

  it('retries a read through 503s and 500s, then succeeds', async () => {
    const { sim, adapter } = setup();
    sim.faults.failNext(2, 503);
    sim.faults.failNext(1, 500);
    const [item] = await adapter.priceAvailability(ONE_SKU);
    expect(item?.status).toBe('active');
    expect(sim.requests.map((r) => r.outcome)).toEqual([503, 503, 500, 200]);
  });

  it('gives up on a read that keeps failing with a server error', async () => {
    const { sim, adapter } = setup();
    sim.faults.failNext(10, 500);
    const error = await caught(() => adapter.priceAvailability(ONE_SKU));
    expect(error).toMatchObject({
      kind: 'server',
      status: 500,
      service: 'distributor',
      distributor: 'tdsynnex',
    });
  });

  it('reports an order whose answer is an HTML page as of unknown outcome (the order may exist)', async () => {
    const { sim, adapter } = setup();
    sim.faults.wrongContentTypeNext(1, 'text/html', 'order');
    const error = await caught(() => adapter.submitOrder(demoOrder()));
    expect(error).toMatchObject({ kind: 'malformed-response', outcomeUnknown: true });
    expect(sim.orders).toHaveLength(1);
  });
});
