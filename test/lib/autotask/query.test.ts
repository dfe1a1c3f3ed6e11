import { describe, expect, it } from 'vitest';
import {
  and,
  beginsWith,
  contains,
  endsWith,
  eq,
  everything,
  exist,
  gt,
  gte,
  isIn,
  lt,
  lte,
  noteq,
  notExist,
  notIn,
  or,
  orConditionCount,
  splitInValues,
  toWireQuery,
  udf,
} from '../../../lib/autotask/query';
import { isAppError } from '../../../lib/errors/app-error';

describe('the query builder', () => {
  it('emits every operator in the camelCase wire form of API.md §2.2', () => {
    const wire = toWireQuery({
      filter: [
        eq('vendorID', 29683001),
        noteq('isActive', false),
        gt('id', 1),
        gte('unitCost', 0),
        lt('quantity', 10),
        lte('createDateTime', '2025-01-31T00:00:00Z'),
        beginsWith('sku', '54'),
        endsWith('sku', '01'),
        contains('name', 'cable'),
        exist('sku'),
        notExist('externalProductID'),
        isIn('id', [1, 2]),
        notIn('status', [5]),
        or(eq('status', 1), and(eq('status', 2), exist('submitDateTime'))),
        udf(eq('Distributor SKU', 'ABC-1')),
      ],
      includeFields: ['sku', 'unitCost'],
    });
    expect(wire.maxRecords).toBe(500);
    expect(wire.includeFields).toEqual(['id', 'sku', 'unitCost']);
    expect(wire.filter[9]).toEqual({ op: 'exist', field: 'sku' });
    expect(wire.filter[13]).toEqual({
      op: 'or',
      items: [
        { op: 'eq', field: 'status', value: 1 },
        {
          op: 'and',
          items: [
            { op: 'eq', field: 'status', value: 2 },
            { op: 'exist', field: 'submitDateTime' },
          ],
        },
      ],
    });
    expect(wire.filter[14]).toEqual({ op: 'eq', field: 'Distributor SKU', value: 'ABC-1', udf: true });
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
  });

  it('lists everything with id >= 0, and keeps includeFields that already name id', () => {
    expect(toWireQuery({ filter: [everything()], includeFields: ['ID', 'sku'] })).toEqual({
      filter: [{ op: 'gte', field: 'id', value: 0 }],
      includeFields: ['ID', 'sku'],
      maxRecords: 500,
    });
  });

  it.each([
    ['no filter', { filter: [] }],
    ['maxRecords over 500', { filter: [everything()], maxRecords: 501 }],
    ['maxRecords 0', { filter: [everything()], maxRecords: 0 }],
    [
      'a null value',
      { filter: [{ op: 'eq' as const, field: 'isActive', value: null as unknown as boolean }] },
    ],
    ['an empty in list', { filter: [isIn('id', [])] }],
    ['an in with a scalar', { filter: [{ op: 'in' as const, field: 'id', value: 3 }] }],
    ['an empty or group', { filter: [or()] }],
    [
      'more than 500 OR conditions',
      {
        filter: [
          isIn(
            'id',
            Array.from({ length: 501 }, (_, i) => i),
          ),
        ],
      },
    ],
  ])('refuses %s before sending it', (_what, query) => {
    let error: unknown;
    try {
      toWireQuery(query);
    } catch (err) {
      error = err;
    }
    expect(isAppError(error) && error.kind).toBe('validation');
  });

  it('counts in-elements and or-branches as OR conditions', () => {
    expect(orConditionCount([eq('a', 1), isIn('b', [1, 2, 3])])).toBe(3);
    expect(orConditionCount([or(eq('a', 1), eq('a', 2), isIn('c', [1, 2]))])).toBe(4);
    expect(orConditionCount([or(and(eq('a', 1), eq('b', 2)), eq('a', 3))])).toBe(3);
  });

  it('splits an in list into chunks that fit beside the other OR conditions', () => {
    const values = Array.from({ length: 1300 }, (_, i) => `SKU-${i}`);
    expect(splitInValues(values, []).map((c) => c.length)).toEqual([500, 500, 300]);
    const withOr = splitInValues(values, [or(eq('status', 1), eq('status', 2))]);
    expect(withOr.map((c) => c.length)).toEqual([498, 498, 304]);
    expect(splitInValues(['a', 'a', 'b'], []).flat()).toEqual(['a', 'b']);
  });
});
