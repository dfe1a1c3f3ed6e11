import { describe, expect, it } from 'vitest';
import { productRowSchema, vendorRowSchema } from '../../../lib/products/rows';

describe('the rows Product Sync reads', () => {
  it('refuse a negative cost or price (a malformed answer, issue 7 §3)', () => {
    expect(vendorRowSchema.safeParse({ id: 1, productID: 2, vendorID: 3, vendorCost: -1 }).success).toBe(
      false,
    );
    expect(productRowSchema.safeParse({ id: 1, name: 'Dock', unitCost: -0.01 }).success).toBe(false);
    expect(productRowSchema.safeParse({ id: 1, name: 'Dock', unitCost: 0, unitPrice: null }).success).toBe(
      true,
    );
  });
});
