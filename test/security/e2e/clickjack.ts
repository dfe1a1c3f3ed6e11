// Issue 11 §1: the clickjack and flood tricks a hostile *.autotask.net page can play with the
// web-accessible sidebar.html. The page frames the sidebar (ids of its choosing) almost transparent
// over a decoy button; the user's real (trusted) clicks meant for the decoy land on the sidebar's
// controls. The list of controls is read from the framed sidebar at run time (every role=button,
// link and checkbox), so a control added later is attacked too.
import type { Frame, Page } from 'playwright-core';

export const CLICKJACK_FRAME = 'autotask-bridge-clickjack';

/** Frames sidebar.html?<query> at opacity .01 over a decoy; returns the framed sidebar once it shows `ready`. */
export async function frameSidebarTransparently(
  page: Page,
  extensionId: string,
  query: string,
  ready: (frame: Frame) => Promise<unknown>,
): Promise<Frame> {
  await page.evaluate(
    ({ src, name }) => {
      const decoy = document.createElement('button');
      decoy.textContent = 'Claim your free gift card';
      decoy.style.cssText = 'position:fixed;left:20px;top:20px;z-index:2147483646;font-size:24px';
      document.body.append(decoy);
      const frame = document.createElement('iframe');
      frame.name = name;
      frame.src = src;
      frame.style.cssText =
        'position:fixed;left:0;top:0;width:400px;height:860px;opacity:0.01;border:0;z-index:2147483647';
      document.body.append(frame);
    },
    { src: `chrome-extension://${extensionId}/sidebar.html?${query}`, name: CLICKJACK_FRAME },
  );
  const handle = await page.waitForSelector(`iframe[name="${CLICKJACK_FRAME}"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the page could not frame sidebar.html');
  await ready(frame);
  return frame;
}

export const SIDEBAR_CONTROLS =
  'button, a[href], [role=button], [role=link], [role=checkbox], input[type=checkbox]';

/** A label for a control, for the report: its role and accessible-ish name. */
async function describe(frame: Frame, index: number): Promise<string> {
  return frame
    .locator(SIDEBAR_CONTROLS)
    .nth(index)
    .evaluate((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    .catch(() => `control ${index}`);
}

/**
 * Every control of the framed sidebar, clicked with real mouse clicks at its place on the page (the
 * frame is transparent: the user believes they click the page). Returns the controls clicked.
 */
export async function clickjackEveryControl(page: Page, frame: Frame): Promise<string[]> {
  const clicked: string[] = [];
  const count = await frame.locator(SIDEBAR_CONTROLS).count();
  for (let i = 0; i < count; i++) {
    const control = frame.locator(SIDEBAR_CONTROLS).nth(i);
    if (!(await control.isVisible().catch(() => false))) continue;
    await control.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => {});
    const box = await control.boundingBox().catch(() => null);
    if (!box) continue;
    const name = await describe(frame, i);
    // A double click too: the trick of landing the second click on whatever the first one opened.
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    clicked.push(name);
    await page.waitForTimeout(300);
  }
  return clicked;
}

/** API requests (Autotask REST and TD SYNNEX XML) among the front's requests since `from`. */
export function apiCallsSince(requests: readonly { url: string }[], from: number): number {
  return requests.slice(from).filter((r) => {
    const host = new URL(r.url).hostname;
    return host.startsWith('webservices') || host.endsWith('.tdsynnex.com');
  }).length;
}

/** Frames sidebar.html?<query(i)> `count` times in one tab (the flood), as fast as the page can. */
export async function frameSidebarMany(
  page: Page,
  extensionId: string,
  query: (i: number) => string,
  count: number,
) {
  const base = `chrome-extension://${extensionId}/sidebar.html?`;
  await page.evaluate(
    (sources) => {
      for (const src of sources) {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width:40px;height:40px;opacity:0.01;border:0';
        document.body.append(frame);
      }
    },
    Array.from({ length: count }, (_, i) => `${base}${query(i)}`),
  );
}

/**
 * Waits at least `minMs`, then until no request has been made for `quietMs` (or `maxMs` passed);
 * returns the ms waited.
 */
export async function waitForQuiet(
  requests: readonly unknown[],
  quietMs: number,
  maxMs: number,
  minMs = 0,
): Promise<number> {
  const started = Date.now();
  let seen = requests.length;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (requests.length !== seen) {
      seen = requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && Date.now() - started >= minMs) break;
  }
  return Date.now() - started;
}
