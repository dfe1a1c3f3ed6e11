import { describe, expect, it } from 'vitest';
import { checkAutotaskRequest } from './autotask-contract';

const zone = 'https://webservices22.autotask.net/atservicesrest/V1.0';
const query = (filter: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ filter, ...extra });

describe('the Autotask contract checker', () => {
  it.each([
    [
      'GET',
      'https://webservices2.autotask.net/atservicesrest/V1.0/zoneInformation?user=api%40x.example',
      undefined,
    ],
    [
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'gte', field: 'id', value: 0 }], { maxRecords: 500, includeFields: ['id', 'sku'] }),
    ],
    ['POST', `${zone}/Products/query/next?paging=%7B%7D`, query([{ op: 'eq', field: 'SKU', value: 'A' }])],
    [
      'POST',
      `${zone}/PurchaseOrderItems/query/count`,
      query([{ op: 'or', items: [{ op: 'in', field: 'orderID', value: [1, 2] }] }]),
    ],
    [
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'eq', field: 'Distributor SKU', udf: true, value: 'A' }]),
    ],
    ['GET', `${zone}/PurchaseOrders/1042`, undefined],
    ['GET', `${zone}/PurchaseOrders/entityInformation/fields`, undefined],
    ['GET', `${zone}/ThresholdInformation`, undefined],
    [
      'POST',
      `${zone}/PurchaseOrders/1042/Items`,
      JSON.stringify({ orderID: 1042, productID: 7, quantity: 2, unitCost: 1.5 }),
    ],
    [
      'PATCH',
      `${zone}/PurchaseOrders`,
      JSON.stringify({ id: 1042, status: 2, purchaseOrderNumber: 'PO-1042' }),
    ],
    [
      'POST',
      `${zone}/PurchaseOrderItems/55/Receiving`,
      JSON.stringify({ purchaseOrderItemID: 55, quantityNowReceiving: 1 }),
    ],
    [
      'PATCH',
      `${zone}/Products/9/Vendors`,
      JSON.stringify({ id: 3, vendorCost: 10, userDefinedFields: [{ name: 'X', value: '1' }] }),
    ],
  ])('accepts %s %s', (method, url, body) => {
    expect(checkAutotaskRequest(method, url, body)).toEqual([]);
  });

  it.each([
    ['a GET on query/next', 'GET', `${zone}/Products/query/next?paging=%7B%7D`, undefined, 'must be POSTed'],
    [
      'a child created at the root URL',
      'POST',
      `${zone}/PurchaseOrderItems`,
      '{"orderID":1}',
      'no such path',
    ],
    [
      'an update with the id in the URL',
      'PATCH',
      `${zone}/PurchaseOrders/1042`,
      '{"status":2}',
      'PATCH is not allowed',
    ],
    [
      'a body field the model lacks',
      'PATCH',
      `${zone}/PurchaseOrders`,
      '{"id":1,"shipToCountry":"US"}',
      'shipToCountry is not a field of PurchaseOrderModel',
    ],
    [
      'a filter on a field the entity lacks',
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'eq', field: 'colour', value: 'red' }]),
      'field colour is not a field of ProductModel',
    ],
    [
      'a nested filter on a field the entity lacks',
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'or', items: [{ op: 'eq', field: 'nope', value: 1 }] }]),
      'items[0].field nope',
    ],
    [
      'an unknown operator',
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'like', field: 'sku', value: 'A' }]),
      '"like" is not an Autotask operator',
    ],
    [
      'an unknown query key',
      'POST',
      `${zone}/Products/query`,
      JSON.stringify({ filter: [{ op: 'exist', field: 'sku' }], pageSize: 5 }),
      'body.pageSize is not a field of QueryModel',
    ],
    [
      'an includeFields name the entity lacks',
      'POST',
      `${zone}/Products/query`,
      query([{ op: 'exist', field: 'sku' }], { includeFields: ['cost'] }),
      'includeFields names cost',
    ],
    [
      'credentials sent to another host',
      'GET',
      'https://evil.example/atservicesrest/V1.0/Products/1',
      undefined,
      'is not https://*.autotask.net',
    ],
    ['a missing body', 'POST', `${zone}/Products`, undefined, 'body is required'],
    ['a body that is not JSON', 'POST', `${zone}/Products`, 'name=x', 'not JSON'],
    [
      'an unknown UDF key',
      'POST',
      `${zone}/Products`,
      JSON.stringify({ name: 'x', userDefinedFields: [{ label: 'X' }] }),
      'label is not a field of UserDefinedField',
    ],
  ])('reports %s', (_what, method, url, body, expected) => {
    const problems = checkAutotaskRequest(method, url, body);
    expect(problems.join('\n')).toContain(expected);
  });
});
