import { describe, expect, it } from 'vitest';
import { priceFor, sameMoney } from '../../../lib/products/pricing';
import {
  DEFAULT_PRODUCT_SYNC_SETTINGS,
  productSyncSettingsSchema,
  ruleFor,
} from '../../../lib/products/settings';

describe('prices from a cost by the pricing rule', () => {
  it.each([
    [100, { method: 'markup', percent: 25, rounding: 'cents' }, 125],
    [10.01, { method: 'markup', percent: 33.3, rounding: 'cents' }, 13.34],
    [100, { method: 'margin', percent: 20, rounding: 'cents' }, 125],
    [100, { method: 'margin', percent: 30, rounding: 'whole' }, 143],
    [12.1, { method: 'markup', percent: 0, rounding: 'ninety-nine' }, 12.99],
    [12.99, { method: 'markup', percent: 0, rounding: 'ninety-nine' }, 12.99],
  ] as const)('cost %s with %o gives %s', (cost, rule, price) => {
    expect(priceFor(cost, rule)).toBe(price);
  });

  it('uses the rule of the product’s Autotask category, else the default', () => {
    const settings = {
      ...DEFAULT_PRODUCT_SYNC_SETTINGS,
      categoryPricing: { Networking: { method: 'margin', percent: 10, rounding: 'cents' } as const },
    };
    expect(ruleFor(settings, 'networking').method).toBe('margin');
    expect(ruleFor(settings, 'Hardware')).toEqual(DEFAULT_PRODUCT_SYNC_SETTINGS.defaultPricing);
  });

  it('refuses a margin of 100 % or more, and a run cap above our hourly allowance', () => {
    const base = DEFAULT_PRODUCT_SYNC_SETTINGS;
    expect(
      productSyncSettingsSchema.safeParse({
        ...base,
        defaultPricing: { method: 'margin', percent: 100, rounding: 'cents' },
      }).success,
    ).toBe(false);
    expect(productSyncSettingsSchema.safeParse({ ...base, runCap: 2_001 }).success).toBe(false);
  });
});

describe('money compared at cents', () => {
  it.each([
    [10, 10.004, true],
    [10, 10.006, false],
    [null, null, true],
    [undefined, null, true],
    [null, 0, false], // a blank is never zero
    [0, undefined, false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(sameMoney(a, b)).toBe(same);
  });
});
