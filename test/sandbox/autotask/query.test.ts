import { describe, expect, it } from 'vitest';
import { all, call, demoSim } from './test-helpers';

const sim = demoSim();
const ids = async (
  entity: string,
  filter: unknown[],
  extra: Record<string, unknown> = {},
): Promise<number[]> => {
  const res = await call(sim, 'POST', `/${entity}/query`, { filter, ...extra });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.items.map((item: { id: number }) => item.id);
};
const refused = async (entity: string, body: unknown): Promise<string[]> => {
  const res = await call(sim, 'POST', `/${entity}/query`, body);
  expect(res.status).toBe(500);
  return res.json.errors;
};

describe('query operators', () => {
  it.each([
    ['eq on a string, case-insensitively', [{ op: 'eq', field: 'sku', value: 'hw-len-t14g4' }], [71]],
    [
      'noteq',
      [
        { op: 'noteq', field: 'productCategory', value: 17 },
        { op: 'lt', field: 'id', value: 76 },
      ],
      [73],
    ],
    ['gt', [{ op: 'gt', field: 'unitCost', value: 1500 }], [75, 80]],
    ['gte', [{ op: 'gte', field: 'unitCost', value: 1649 }], [75, 80]],
    ['lt', [{ op: 'lt', field: 'unitCost', value: 20 }], [86, 93]],
    ['lte', [{ op: 'lte', field: 'unitCost', value: 21.6 }], [86, 92, 93]],
    ['beginsWith', [{ op: 'beginsWith', field: 'name', value: 'thinkpad' }], [71, 75]],
    ['endsWith', [{ op: 'endsWith', field: 'manufacturerProductName', value: '#aba' }], [72, 76, 78, 90]],
    ['contains', [{ op: 'contains', field: 'name', value: 'UPS' }], [74, 83, 84]],
    ['notExist', [{ op: 'notExist', field: 'defaultVendorID' }], [93, 94, 95]],
    [
      'exist',
      [
        { op: 'exist', field: 'defaultVendorID' },
        { op: 'gt', field: 'id', value: 90 },
      ],
      [91, 92],
    ],
    ['in', [{ op: 'in', field: 'sku', value: ['HW-APC-BR1500', 'sw-ms-m365bp'] }], [84, 91]],
    [
      'notIn',
      [
        { op: 'notIn', field: 'id', value: [71, 72] },
        { op: 'lt', field: 'id', value: 74 },
      ],
      [73],
    ],
    ['a boolean eq', [{ op: 'eq', field: 'isActive', value: false }], [95]],
  ])('supports %s', async (_name, filter, expected) => {
    expect(await ids('Products', filter)).toEqual(expected);
  });

  it('ANDs top-level conditions and evaluates and/or groups', async () => {
    const filter = [
      { op: 'eq', field: 'manufacturerName', value: 'Lenovo' },
      {
        op: 'or',
        items: [
          { op: 'contains', field: 'name', value: 'ThinkVision' },
          {
            op: 'and',
            items: [
              { op: 'gt', field: 'unitCost', value: 1000 },
              { op: 'lt', field: 'unitCost', value: 1100 },
            ],
          },
        ],
      },
    ];
    expect(await ids('Products', filter)).toEqual([71, 89]);
  });

  it('filters on a user-defined field by its name with udf: true', async () => {
    expect(
      await ids('Products', [{ op: 'eq', field: 'distributor sku', udf: true, value: '5432105' }]),
    ).toEqual([75]);
  });

  it('compares date-times as UTC instants, with or without an offset', async () => {
    const filter = [{ op: 'gt', field: 'createDateTime', value: '2025-11-18T15:00:00' }];
    expect(await ids('PurchaseOrders', filter)).toEqual([1042, 1043, 1044, 1045, 1046, 1047, 1048]);
    expect(
      await ids('PurchaseOrders', [
        { op: 'gt', field: 'createDateTime', value: '2025-11-18T16:00:00+02:00' },
      ]),
    ).toHaveLength(7);
    expect(
      await ids('PurchaseOrders', [{ op: 'gt', field: 'createDateTime', value: '2025-11-18T15:05:00Z' }]),
    ).toEqual([]);
  });

  it('returns rows in ascending id order', async () => {
    const got = await ids('Products', all);
    expect(got).toEqual([...got].sort((a, b) => a - b));
    expect(got).toHaveLength(25);
  });

  it('accepts PascalCase keys and field names in any case', async () => {
    const res = await call(sim, 'POST', '/Products/query', {
      Filter: [{ op: 'eq', field: 'SKU', value: 'HW-LEN-T14G4' }],
      IncludeFields: ['SKU', 'UnitCost'],
      MaxRecords: 10,
    });
    expect(res.json.items).toEqual([{ id: 71, sku: 'HW-LEN-T14G4', unitCost: 1043.17 }]);
    expect(res.json.pageDetails.requestCount).toBe(10);
  });

  it('answers GET /query?search= like the POST form', async () => {
    const search = encodeURIComponent(JSON.stringify({ filter: [{ op: 'eq', field: 'id', value: 72 }] }));
    const res = await call(sim, 'GET', `/Products/query?search=${search}`);
    expect(res.json.items.map((i: { id: number }) => i.id)).toEqual([72]);
  });

  it('counts by POST and by GET', async () => {
    const body = { filter: [{ op: 'eq', field: 'companyType', value: 7 }] };
    expect((await call(sim, 'POST', '/Companies/query/count', body)).json).toEqual({ queryCount: 3 });
    const search = encodeURIComponent(JSON.stringify(body));
    expect((await call(sim, 'GET', `/Companies/query/count?search=${search}`)).json).toEqual({
      queryCount: 3,
    });
  });
});

describe('query refusals (500 + errors[])', () => {
  it('refuses a field the entity lacks', async () => {
    expect(await refused('Products', { filter: [{ op: 'eq', field: 'companyName', value: 'x' }] })).toEqual([
      'Unable to find companyName in the Products Entity.',
    ]);
  });

  it('refuses an unknown field in IncludeFields', async () => {
    const errors = await refused('Products', { filter: all, IncludeFields: ['sku', 'colour'] });
    expect(errors[0]).toContain('colour');
  });

  it.each([
    ['no filter', {}],
    ['an empty filter', { filter: [] }],
  ])('refuses a query with %s', async (_case, body) => {
    expect(await refused('Products', body)).toHaveLength(1);
  });

  it.each([
    ['a string', 'true'],
    ['null', null],
    ['a number', 1],
  ])('refuses %s as the value of a boolean field', async (_case, value) => {
    expect(await refused('Products', { filter: [{ op: 'eq', field: 'isActive', value }] })).toHaveLength(1);
  });

  it.each([0, 501, 2.5])('refuses MaxRecords %s', async (maxRecords) => {
    expect(await refused('Products', { filter: all, maxRecords })).toHaveLength(1);
  });

  it('refuses an unknown operator and a value missing where one is needed', async () => {
    await refused('Products', { filter: [{ op: 'like', field: 'name', value: 'x' }] });
    await refused('Products', { filter: [{ op: 'eq', field: 'name' }] });
    await refused('Products', { filter: [{ op: 'in', field: 'id', value: 5 }] });
  });

  it('allows 500 OR conditions and refuses 501, counting each in element', async () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(
      (
        await call(sim, 'POST', '/Products/query', {
          filter: [{ op: 'in', field: 'id', value: values(500) }],
        })
      ).status,
    ).toBe(200);
    expect(await refused('Products', { filter: [{ op: 'in', field: 'id', value: values(501) }] })).toEqual([
      "Queries are limited to 500 or fewer 'OR' conditions.",
    ]);
    const orGroup = { op: 'or', items: values(300).map((v) => ({ op: 'eq', field: 'id', value: v })) };
    expect(
      await refused('Products', {
        filter: [orGroup, { op: 'in', field: 'sku', value: values(201).map(String) }],
      }),
    ).toEqual(["Queries are limited to 500 or fewer 'OR' conditions."]);
  });

  it('refuses a second user-defined-field condition', async () => {
    const udf = (field: string) => ({ op: 'exist', field, udf: true });
    await refused('Products', { filter: [udf('Distributor SKU'), udf('Distributor')] });
  });

  it('refuses an unknown user-defined field', async () => {
    await refused('Products', { filter: [{ op: 'eq', field: 'Nope', udf: true, value: 'x' }] });
  });
});
