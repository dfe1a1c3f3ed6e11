import { describe, expect, it } from 'vitest';
import { STATUS_TIMELINE } from '../../../sandbox/tdsynnex/index';
import { caught, demoOrder, setup } from './harness';

/** Replaces the text of the first `<tag>` in the response. */
const setFirst = (tag: string, value: string) => (xml: string) =>
  xml.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${value}</${tag}>`);

describe('TD SYNNEX numbers are read strictly', () => {
  it.each([
    ['12.50', 12.5],
    ['1043.17', 1043.17],
    ['0', 0],
    ['  99.9 ', 99.9],
  ])('price %j reads as %d', async (text, expected) => {
    const { sim, adapter } = setup();
    sim.faults.rewriteNext(1, setFirst('price', text));
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432101' }]);
    expect(item?.unitCost).toBe(expected);
  });

  it.each([
    ['price', ''],
    ['price', 'N/A'],
    ['price', '-5.00'],
    ['price', '1,043.17'],
    ['price', '1e3'],
    ['price', 'NaN'],
    ['price', 'Infinity'],
    ['qty', '-1'],
    ['qty', '2.5'],
    ['qty', 'ten'],
    ['totalQuantity', '-3'],
    ['lineNumber', 'one'],
  ])('%s %j is refused with an error naming the endpoint and the field', async (tag, text) => {
    const { sim, adapter } = setup();
    sim.faults.rewriteNext(1, setFirst(tag, text));
    const error = await caught(() => adapter.priceAvailability([{ distributorSku: '5432101' }]));
    expect(error).toMatchObject({
      kind: 'malformed-response',
      service: 'distributor',
      distributor: 'tdsynnex',
      status: 200,
    });
    expect(error.message).toContain('TD SYNNEX PriceAvailability');
    expect(String(error.field)).toMatch(new RegExp(`${tag}$`));
  });

  it('leaves an optional number undefined when empty (the price of a discontinued item)', async () => {
    const { sim, adapter } = setup();
    sim.faults.rewriteNext(1, setFirst('price', ''));
    const [item] = await adapter.priceAvailability([{ distributorSku: '5432160' }]);
    expect(item).toMatchObject({ status: 'discontinued' });
    expect(item?.unitCost).toBeUndefined();
  });

  it.each([
    ['ShipQuantity', '-1'],
    ['OrderQuantity', 'N/A'],
    ['UnitPrice', '12,50'],
    ['ShipItemQuantity', ''],
  ])('order status %s %j is refused naming the field', async (tag, text) => {
    const { sim, adapter } = setup();
    await adapter.submitOrder(demoOrder());
    sim.advance(STATUS_TIMELINE.fullShipmentMs);
    sim.faults.rewriteNext(1, setFirst(tag, text), 'status');
    const error = await caught(() => adapter.orderStatus('AT684213-1042'));
    expect(error).toMatchObject({ kind: 'malformed-response' });
    expect(error.message).toContain('TD SYNNEX OrderStatus');
    expect(String(error.field)).toMatch(new RegExp(`Items\\.Item\\[1\\]\\..*${tag}$`));
  });
});
