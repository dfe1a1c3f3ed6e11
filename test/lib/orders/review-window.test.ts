// Issue 3 §2: `order.submit` is accepted only from the review window itself, top-level — never from
// the sidebar (a page can frame it), a content script, or another of our pages.
import { describe, expect, it } from 'vitest';
import { assertFromReviewWindow } from '../../../lib/orders/review-window';
import type { SenderInfo } from '../../../lib/messaging/sender';

const BASE = 'chrome-extension://abcdefghijklmnop';

describe('who may place an order', () => {
  it('accepts the review window in its own top-level frame', () => {
    expect(() =>
      assertFromReviewWindow({ kind: 'extension', url: `${BASE}/review.html?poId=1042`, frameId: 0 }),
    ).not.toThrow();
  });

  it.each<[string, SenderInfo]>([
    ['the sidebar', { kind: 'sidebar', url: `${BASE}/sidebar.html?poId=1042`, frameId: 3 }],
    ['a content script', { kind: 'content', url: 'https://ww22.autotask.net/Mvc/x', frameId: 0 }],
    ['the options page', { kind: 'extension', url: `${BASE}/options.html`, frameId: 0 }],
    ['the popup', { kind: 'extension', url: `${BASE}/popup.html` }],
    ['a framed review page', { kind: 'extension', url: `${BASE}/review.html?poId=1042`, frameId: 2 }],
  ])('refuses %s', (_, sender) => {
    expect(() => assertFromReviewWindow(sender)).toThrow(/review window/);
  });
});
