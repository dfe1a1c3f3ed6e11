import { describe, expect, it } from 'vitest';
import { distributorPoNumber, parseDistributorPoNumber } from '../../../lib/orders/po-number';

describe('the distributor PO number', () => {
  it.each([
    [684213, 1042, 1, 'AT684213-1042'],
    [684213, 1042, 2, 'AT684213-1042-R2'],
    [1, 9_007_199_254, 12, 'AT1-9007199254-R12'],
  ])('tenant %i, PO %i, attempt %i → %s', (ci, po, attempt, expected) => {
    expect(distributorPoNumber(ci, po, attempt)).toBe(expected);
    expect(parseDistributorPoNumber(expected)).toEqual({ tenantId: ci, poId: po, attempt });
  });

  it('differs between two tenants for the same PO id', () => {
    expect(distributorPoNumber(684213, 1042)).not.toBe(distributorPoNumber(684214, 1042));
  });

  it('refuses what would break the 30-character limit or is not an id', () => {
    expect(() => distributorPoNumber(9_007_199_254_740_991, 9_007_199_254_740_991, 99)).toThrow(/30/);
    expect(() => distributorPoNumber(0, 1)).toThrow();
    expect(() => distributorPoNumber(1, 1.5)).toThrow();
    expect(() => distributorPoNumber(1, 2, 0)).toThrow();
  });

  it('does not recognise numbers it did not derive', () => {
    expect(parseDistributorPoNumber('PO-1042')).toBeUndefined();
    expect(parseDistributorPoNumber('AT12-')).toBeUndefined();
  });
});
