// The memo block is rebuilt, never appended: the user's text stays, our block appears once.
import { describe, expect, it } from 'vitest';
import { carrierFor } from '../../../lib/order-status/carriers';
import { MEMO_BEGIN, MEMO_END, withMemoBlock } from '../../../lib/order-status/memo';

describe('the managed memo block', () => {
  it('is appended below the user’s text the first time and replaced afterwards', () => {
    const once = withMemoBlock('Call before delivery', ['Order 1: Accepted'], 8000);
    expect(once).toBe(`Call before delivery\n\n${MEMO_BEGIN}\nOrder 1: Accepted\n${MEMO_END}`);
    const twice = withMemoBlock(once, ['Order 1: Shipped'], 8000);
    expect(twice).toBe(`Call before delivery\n\n${MEMO_BEGIN}\nOrder 1: Shipped\n${MEMO_END}`);
    expect(withMemoBlock(twice, ['Order 1: Shipped'], 8000)).toBe(twice);
  });

  it('stays within the field length, cutting its own text and saying so', () => {
    const memo = withMemoBlock(
      'note',
      Array.from({ length: 500 }, (_, i) => `line ${i}`),
      400,
    );
    expect(memo.length).toBeLessThanOrEqual(400);
    expect(memo).toContain('…');
    expect(memo.endsWith(MEMO_END)).toBe(true);
  });
});

describe('carriers', () => {
  it.each([
    ['FG', '781234567890', 'FedEx', 'https://www.fedex.com/fedextrack/?trknbr=781234567890'],
    [undefined, '1Z999AA10123456784', 'UPS', 'https://www.ups.com/track?tracknum=1Z999AA10123456784'],
  ])('ship method %s, tracking %s → %s', (method, number, name, url) => {
    const carrier = carrierFor(method, number);
    expect(carrier?.name).toBe(name);
    expect(carrier?.trackingUrl(number)).toBe(url);
  });

  it('offers no link for a carrier it does not know', () => {
    expect(carrierFor('ZZ', 'ABC-1')).toBeUndefined();
  });
});
