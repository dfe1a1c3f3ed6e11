/**
 * @vitest-environment-options { "url": "https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042" }
 */
/// <reference types="vitest/jsdom" />
// Issue 3 §1 "Inline badges": next to each SKU the page's grid shows, once; kept through a grid
// re-render (debounced observer); removed on teardown; a page that matches nothing is untouched.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BADGE_ATTR,
  BADGE_DEBOUNCE_MS,
  createInlineBadges,
  MARK_ATTR,
} from '../../../entrypoints/autotask.content/inline-badges';
import type { InlineBadges } from '../../../entrypoints/autotask.content/inline-badges';

const GRID = `<table class="grid"><tbody>
<tr><td>5432101</td><td>ThinkPad</td></tr>
<tr><td>5432102</td><td>EliteBook</td></tr>
<tr><td>Note 5432101 inside text</td><td>x</td></tr>
</tbody></table>`;

const settle = () => new Promise((resolve) => setTimeout(resolve, BADGE_DEBOUNCE_MS + 50));
const badges = () => [...document.querySelectorAll(`[${BADGE_ATTR}]`)].map((b) => b.getAttribute(BADGE_ATTR));
let current: InlineBadges | undefined;
const start = () => (current = createInlineBadges(window, (cb, ms) => window.setTimeout(cb, ms)));
afterEach(() => current?.remove());

describe('inline badges in the host page grid', () => {
  it('puts one badge next to each SKU cell, and nowhere else', () => {
    document.body.innerHTML = GRID;
    const inline = start();
    inline.show([
      { sku: '5432101', badge: 'ok' },
      { sku: '5432102', badge: 'low-stock' },
    ]);
    inline.show([
      { sku: '5432101', badge: 'ok' },
      { sku: '5432102', badge: 'low-stock' },
    ]);
    expect(badges()).toEqual(['ok', 'low-stock']);
    expect([...document.querySelectorAll(`[${MARK_ATTR}]`)].map((c) => c.getAttribute(MARK_ATTR))).toEqual([
      '5432101',
      '5432102',
    ]);
  });

  it('updates a badge in place when the check result changes', () => {
    document.body.innerHTML = GRID;
    const inline = start();
    inline.show([{ sku: '5432101', badge: 'ok' }]);
    inline.show([{ sku: '5432101', badge: 'price-changed' }]);
    expect(badges()).toEqual(['price-changed']);
  });

  it('adds the badges back after the grid re-renders', async () => {
    document.body.innerHTML = GRID;
    const inline = start();
    inline.show([{ sku: '5432102', badge: 'invalid-sku' }]);
    document.querySelector('tbody')!.innerHTML = '<tr><td>5432102</td><td>EliteBook (re-rendered)</td></tr>';
    expect(badges()).toEqual([]);
    await settle();
    expect(badges()).toEqual(['invalid-sku']);
  });

  it('removes every badge and mark on teardown, and stops following the grid', async () => {
    document.body.innerHTML = GRID;
    const before = document.body.innerHTML;
    const inline = start();
    inline.show([{ sku: '5432101', badge: 'ok' }]);
    inline.remove();
    expect(document.body.innerHTML).toBe(before);
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>5432101</td></tr>');
    await settle();
    expect(badges()).toEqual([]);
  });

  it('leaves a page whose markup matches nothing exactly as it was', async () => {
    document.body.innerHTML = '<table><tr><td>Ticket T2025</td></tr></table>';
    const before = document.documentElement.outerHTML;
    const inline = start();
    inline.show([{ sku: '5432101', badge: 'ok' }]);
    await settle();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('inline badge words (issue 10 §3)', () => {
  const texts = () => [...document.querySelectorAll(`[${BADGE_ATTR}]`)].map((b) => b.textContent);

  it('says an invalid SKU once, not "invalid SKU · Invalid SKU"', () => {
    document.body.innerHTML = GRID;
    start().show([
      { sku: '5432101', badge: 'invalid-sku', sync: 'invalid', distributor: 'tdsynnex' },
      { sku: '5432102', badge: 'ok', sync: 'synced', distributor: 'tdsynnex' },
    ]);
    expect(texts()).toEqual(['TD SYNNEX: invalid SKU', 'TD SYNNEX: OK · Synced']);
  });

  it('names the PO’s distributor with its registry label, and a neutral word when the badge says none', () => {
    document.body.innerHTML = GRID;
    start().show([
      { sku: '5432101', badge: 'low-stock', distributor: 'ingram' },
      { sku: '5432102', badge: 'ok' },
    ]);
    expect(texts()).toEqual(['Ingram Micro: low stock', 'Distributor: OK']);
  });

  it('an ordered line says ordered with its order number, and a disconnect takes every badge away', () => {
    document.body.innerHTML = GRID;
    const inline = start();
    inline.show([{ sku: '5432101', badge: 'price-changed', distributor: 'tdsynnex' }]);
    inline.show([
      { sku: '5432101', badge: 'ok', order: 'ordered', orderNumber: '40981234', distributor: 'tdsynnex' },
    ]);
    expect(texts()).toEqual(['TD SYNNEX: ordered 40981234']);
    expect(badges()).toEqual(['ordered']);
    inline.show([]); // what the background answers when TD SYNNEX is not connected
    expect(texts()).toEqual([]);
    expect(document.querySelectorAll(`[${MARK_ATTR}]`)).toHaveLength(0);
  });
});
