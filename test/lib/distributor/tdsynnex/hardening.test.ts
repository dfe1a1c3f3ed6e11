// Issue 7 §3 fixes in the TD SYNNEX adapter, one test each (the generated corpus is
// test/security/answers): answers that cannot be tied to what we asked are refused.
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../lib/errors/app-error';
import type { ExchangeContext } from '../../../../lib/distributor/tdsynnex/errors';
import { parseStatusResponse } from '../../../../lib/distributor/tdsynnex/order-status';
import { parseOrderResponse } from '../../../../lib/distributor/tdsynnex/order-submit';
import { parsePriceResponse } from '../../../../lib/distributor/tdsynnex/price-availability';
import { demoOrder } from './harness';

const ctx = (operation: string, intent: 'read' | 'write' = 'read'): ExchangeContext => ({
  operation,
  request: { method: 'POST', url: 'https://ec.us.tdsynnex.com/SynnexXML/PO', operation },
  status: 200,
  intent,
  scrub: (text) => text,
});

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a malformed-response error');
}

const price = (sku: string, attribute = '') =>
  `<?xml version="1.0"?><priceResponse${attribute}><PriceAvailabilityList><synnexSKU>${sku}</synnexSKU><status>Active</status><price>10.00</price><totalQuantity>1</totalQuantity><lineNumber>1</lineNumber></PriceAvailabilityList></priceResponse>`;

const line = (n: number, extra = '<SKU>5432101</SKU><OrderQuantity>2</OrderQuantity>') =>
  `<Item lineNumber="${n}"><Code>accepted</Code>${extra}<OrderNumber>4098</OrderNumber></Item>`;
const submitAnswer = (po: string, items: string) =>
  `<?xml version="1.0"?><SynnexB2B><OrderResponse>${po}<Code>accepted</Code><Items>${items}</Items></OrderResponse></SynnexB2B>`;

const statusLine = (n: number) =>
  `<Item lineNumber="${n}"><Code>ACCEPTED</Code><OrderQuantity>2</OrderQuantity><SKU>5432101</SKU></Item>`;
const statusAnswer = (po: string, items: string) =>
  `<?xml version="1.0"?><SynnexB2B><OrderStatusResponse>${po}<Code>ACCEPTED</Code><Items>${items}</Items></OrderStatusResponse></SynnexB2B>`;

describe('the TD SYNNEX adapter refuses answers it cannot tie to the request', () => {
  it('refuses a reserved JavaScript name used as an attribute', () => {
    const error = thrown(() =>
      parsePriceResponse(
        price('5432101', ' __proto__="x"'),
        [{ distributorSku: '5432101' }],
        ctx('PriceAvailability'),
      ),
    );
    expect(error).toMatchObject({ kind: 'malformed-response', field: '(body)' });
  });

  it('refuses a found item without its TD SYNNEX SKU', () => {
    const error = thrown(() =>
      parsePriceResponse(price(''), [{ distributorSku: '5432101' }], ctx('PriceAvailability')),
    );
    expect(error.field).toMatch(/synnexSKU$/);
  });

  it('refuses an order answer without the PO number, as an unknown outcome', () => {
    const order = demoOrder();
    const error = thrown(() =>
      parseOrderResponse(submitAnswer('', line(1)), order, ctx('OrderSubmit', 'write')),
    );
    expect(error).toMatchObject({ kind: 'malformed-response', outcomeUnknown: true });
    expect(error.field).toMatch(/PONumber$/);
  });

  it('refuses an order line whose quantity TD SYNNEX did not confirm', () => {
    const order = demoOrder();
    const answer = submitAnswer(`<PONumber>${order.poNumber}</PONumber>`, line(1, '<SKU>5432101</SKU>'));
    expect(thrown(() => parseOrderResponse(answer, order, ctx('OrderSubmit', 'write'))).field).toMatch(
      /OrderQuantity$/,
    );
  });

  it('refuses a status answer without the PO number, or with a line twice', () => {
    const po = 'AT684213-1042';
    expect(
      thrown(() => parseStatusResponse(statusAnswer('', statusLine(1)), po, ctx('OrderStatus'))).field,
    ).toMatch(/PONumber$/);
    const twice = statusAnswer(`<PONumber>${po}</PONumber>`, statusLine(1) + statusLine(1));
    expect(thrown(() => parseStatusResponse(twice, po, ctx('OrderStatus'))).field).toMatch(/lineNumber$/);
  });
});
