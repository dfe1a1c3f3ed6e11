// The memo block is rebuilt, never appended: the user's text stays, our block appears once.
import { describe, expect, it } from 'vitest';
import { carrierFor } from '../../../lib/order-status/carriers';
import { memoMarkers, withMemoBlock } from '../../../lib/order-status/memo';

const MARKERS = memoMarkers('tdsynnex');
const { begin: MEMO_BEGIN, end: MEMO_END } = MARKERS;

describe('the managed memo block', () => {
  it('is appended below the user’s text the first time and replaced afterwards', () => {
    const once = withMemoBlock('Call before delivery', ['Order 1: Accepted'], 8000, MARKERS);
    expect(once).toBe(`Call before delivery\n\n${MEMO_BEGIN}\nOrder 1: Accepted\n${MEMO_END}`);
    const twice = withMemoBlock(once, ['Order 1: Shipped'], 8000, MARKERS);
    expect(twice).toBe(`Call before delivery\n\n${MEMO_BEGIN}\nOrder 1: Shipped\n${MEMO_END}`);
    expect(withMemoBlock(twice, ['Order 1: Shipped'], 8000, MARKERS)).toBe(twice);
  });

  it('keeps the markers earlier versions wrote, so an existing memo is rewritten, not given a second block', () => {
    const before = [
      'Call before delivery',
      '',
      '--- TD SYNNEX (kept up to date by Autotask Bridge) ---',
      'Order 1: Accepted',
      '--- end TD SYNNEX ---',
    ].join('\n');
    expect(withMemoBlock(before, ['Order 1: Shipped'], 8000, MARKERS)).toBe(
      before.replace('Order 1: Accepted', 'Order 1: Shipped'),
    );
  });

  it('names each distributor in its own markers', () => {
    expect(memoMarkers('ingram')).toEqual({
      begin: '--- Ingram Micro (kept up to date by Autotask Bridge) ---',
      end: '--- end Ingram Micro ---',
    });
  });

  it('stays within the field length, cutting its own text and saying so', () => {
    const memo = withMemoBlock(
      'note',
      Array.from({ length: 500 }, (_, i) => `line ${i}`),
      400,
      MARKERS,
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
