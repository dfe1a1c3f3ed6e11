// What a user can actually see (issue 10 "Done when"): an element counts as seen only when its box
// lies inside its own frame's viewport AND, for a framed page (the sidebar), inside the part of the
// iframe the top page shows. A test that merely finds an element in the DOM is not a user who can see
// it — a line pushed off to the right of a 380 px sidebar fails here.
import assert from 'node:assert/strict';
import type { Frame, Locator, Page } from 'playwright-core';
import { eventually } from './wait';

export interface VisibleOptions {
  /** How long to wait for the element to appear and settle. */
  timeoutMs?: number;
  /** Allow the element to be below the fold (vertical scrolling is fine); sideways never is. */
  allowVerticalScroll?: boolean;
  /** The frame the locator lives in, when framed (the sidebar): its iframe must be on screen too. */
  frame?: Frame;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The element's box and its frame's viewport, both in the frame's own CSS pixels. */
async function boxInFrame(locator: Locator): Promise<{ box: Box; viewport: Box; hidden: string | null }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    let hidden: string | null = null;
    if (r.width === 0 || r.height === 0) hidden = 'it has no size';
    else if (style.visibility === 'hidden') hidden = 'visibility: hidden';
    else if (Number(style.opacity) === 0) hidden = 'opacity 0';
    return {
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
      hidden,
    };
  });
}

function describe(box: Box): string {
  const r = (n: number) => Math.round(n);
  return `[${r(box.left)},${r(box.top)} → ${r(box.right)},${r(box.bottom)}]`;
}

/**
 * Asserts that `locator` (first match) is visible to the user: non-empty, not hidden, not cut off
 * sideways (its box fits the frame's width), and on screen vertically unless `allowVerticalScroll`.
 * When the frame is the sidebar iframe, the iframe itself must be inside the top page's viewport too.
 */
export async function expectVisibleToUser(locator: Locator, options: VisibleOptions = {}): Promise<void> {
  const target = locator.first();
  await target.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 10_000 });
  await target.scrollIntoViewIfNeeded().catch(() => undefined);
  const { box, viewport, hidden } = await boxInFrame(target);
  const what = (await target.textContent().catch(() => ''))?.trim().slice(0, 80) ?? '';
  assert.equal(hidden, null, `"${what}" is not visible: ${hidden ?? ''}`);
  const slack = 1; // sub-pixel rounding
  assert.ok(
    box.left >= viewport.left - slack && box.right <= viewport.right + slack,
    `"${what}" is cut off sideways: box ${describe(box)} outside the frame's width ${Math.round(viewport.right)} px`,
  );
  if (!options.allowVerticalScroll) {
    assert.ok(
      box.top >= viewport.top - slack && box.bottom <= viewport.bottom + slack,
      `"${what}" is off screen: box ${describe(box)} outside the frame's viewport ${describe(viewport)}`,
    );
  }
  // A framed page: the iframe element must itself be inside the top page's viewport.
  const iframe = await options.frame?.frameElement();
  if (iframe && options.frame?.parentFrame()) {
    const outer = await iframe.evaluate((el: Element) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        w: window.innerWidth,
        h: window.innerHeight,
      };
    });
    assert.ok(
      outer.left >= -slack && outer.right <= outer.w + slack && outer.top < outer.h && outer.bottom > 0,
      `the sidebar frame itself is off screen: ${describe(outer)} in ${outer.w}×${outer.h}`,
    );
  }
}

/** The frame's document has no horizontal overflow (nothing to scroll sideways to). */
export async function expectNoSidewaysScroll(frame: Frame | Page): Promise<void> {
  const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(
    scrollWidth <= clientWidth + 1,
    `the page scrolls sideways: content ${scrollWidth} px wide in a ${clientWidth} px viewport`,
  );
  // Inner scrollers (e.g. a table wrapper with overflow-x: auto) count too.
  const inner = await frame.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`),
  );
  assert.deepEqual(inner, [], `inner elements scroll sideways: ${inner.join(', ')}`);
}

/** Fails if the frame shows the generic error or the given raw codes anywhere in its visible text. */
export async function expectNoGenericError(frame: Frame | Page, rawCodes: string[] = []): Promise<void> {
  const text = await frame.locator('body').innerText();
  assert.doesNotMatch(text, /Something went wrong/i, `the generic error is shown:\n${text}`);
  for (const code of rawCodes) {
    assert.ok(!text.includes(code), `the raw code "${code}" is shown:\n${text}`);
  }
}

/** Waits until `locator` is visible to the user (retrying the whole check). */
export async function eventuallyVisible(locator: Locator, what: string, timeoutMs = 10_000): Promise<void> {
  await eventually(
    async () => {
      try {
        await expectVisibleToUser(locator, { timeoutMs: 500 });
        return true;
      } catch {
        return false;
      }
    },
    (ok) => ok,
    { what, timeoutMs },
  );
}
