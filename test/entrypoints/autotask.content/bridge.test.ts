/**
 * @vitest-environment-options { "url": "https://ww22.autotask.net/Mvc/Framework/Navigation.mvc/Landing" }
 */
/// <reference types="vitest/jsdom" />
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { RECHECK_DEBOUNCE_MS, startBridge } from '../../../entrypoints/autotask.content/bridge';
import { HOST_TAG } from '../../../entrypoints/autotask.content/sidebar-host';
import type { RecognisedPage } from '../../../lib/autotask-page/page-shapes';

const LANDING = 'https://ww22.autotask.net/Mvc/Framework/Navigation.mvc/Landing';
const PO_PAGE = 'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042';
const PO_FRAME_PAGE =
  'https://ww22.autotask.net/Autotask/Popups/Inventory/PurchaseOrderFrame.aspx?purchaseOrderID=1042';
const SIDEBAR = 'chrome-extension://abcdefghijklmnop/sidebar.html';

/** A background that remembers what it was told and answers like page.report does. */
function fakeBackground(answer: { showSidebar: boolean } = { showSidebar: true }) {
  const reports: (RecognisedPage | null)[] = [];
  return {
    reports,
    deps: {
      win: window,
      report: async (page: RecognisedPage | null) => {
        reports.push(page);
        return answer;
      },
      sidebarUrl: (query: string) => (query ? `${SIDEBAR}?${query}` : SIDEBAR),
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, RECHECK_DEBOUNCE_MS + 60));
const hosts = () => document.querySelectorAll(HOST_TAG);

function addFrame(src: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('src', src);
  document.body.append(frame);
  return frame;
}

/** The closed shadow roots we attached, read through a spy on the DOM API (the page cannot do this). */
function shadowRoots(spy: { mock: { results: { value: unknown }[] } }): ShadowRoot[] {
  return spy.mock.results.map((result) => result.value as ShadowRoot);
}

let ctx: ContentScriptContext;
let attachShadow: MockInstance<Element['attachShadow']>;

beforeEach(() => {
  jsdom.reconfigure({ url: LANDING });
  document.body.innerHTML = '<h1>Autotask</h1>';
  ctx = new ContentScriptContext('autotask-test');
  attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
});

afterEach(() => {
  ctx.notifyInvalidated();
  attachShadow.mockRestore();
});

describe('the content script bridge', () => {
  it('mounts one host with a closed shadow root holding the sidebar of the purchase order in the URL', async () => {
    jsdom.reconfigure({ url: PO_PAGE });
    const background = fakeBackground();
    startBridge(ctx, background.deps);
    await settle();

    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    const [shadow] = shadowRoots(attachShadow);
    expect(shadow?.mode).toBe('closed');
    expect(shadow?.querySelectorAll('iframe')).toHaveLength(1);
    expect(shadow?.querySelector('iframe')?.src).toBe(`${SIDEBAR}?poId=1042`);
    expect(background.reports).toEqual([{ kind: 'purchaseOrder', id: 1042 }]);
  });

  it('mounts once in the top frame when the purchase order sits in a child frame, whatever the page mutates', async () => {
    jsdom.reconfigure({ url: PO_FRAME_PAGE.replace('purchaseOrderID=1042', '') });
    addFrame(PO_PAGE);
    startBridge(ctx, fakeBackground().deps);
    await settle();
    document.body.append(document.createElement('div'));
    addFrame('https://ww22.autotask.net/Mvc/Framework/Menu.mvc');
    await settle();

    expect(hosts()).toHaveLength(1);
    expect(shadowRoots(attachShadow)[0]?.querySelector('iframe')?.src).toBe(`${SIDEBAR}?poId=1042`);
  });

  it('leaves a page that shows nothing it knows exactly as it was', async () => {
    addFrame('https://ww22.autotask.net/Mvc/Framework/Menu.mvc');
    const before = document.documentElement.outerHTML;
    const background = fakeBackground();
    startBridge(ctx, background.deps);
    document.body.append(document.createElement('p'));
    await settle();
    document.body.lastElementChild?.remove();

    expect(document.documentElement.outerHTML).toBe(before);
    expect(attachShadow).not.toHaveBeenCalled();
    expect(background.reports).toEqual([null]);
  });

  it('does nothing at all outside ww<N>.autotask.net, even on a purchase-order URL', async () => {
    jsdom.reconfigure({
      url: 'https://webservices22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    });
    const background = fakeBackground();
    startBridge(ctx, background.deps);
    await settle();

    expect(hosts()).toHaveLength(0);
    expect(background.reports).toEqual([]);
  });

  it('does nothing in a child frame, so a framed purchase order never gets a second sidebar', async () => {
    const child = addFrame(PO_PAGE).contentWindow;
    if (!child) throw new Error('no frame window');
    const background = fakeBackground();
    startBridge(ctx, { ...background.deps, win: child });
    await settle();

    expect(hosts()).toHaveLength(0);
    expect(background.reports).toEqual([]);
  });

  it('follows the child frame to another purchase order, and removes the sidebar when it leaves', async () => {
    const frame = addFrame(PO_PAGE);
    const background = fakeBackground();
    startBridge(ctx, background.deps);
    await settle();

    frame.setAttribute('src', PO_PAGE.replace('1042', '1043'));
    await settle();
    expect(shadowRoots(attachShadow)[0]?.querySelector('iframe')?.src).toBe(`${SIDEBAR}?poId=1043`);

    frame.setAttribute('src', 'https://ww22.autotask.net/Mvc/Framework/Menu.mvc');
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(background.reports).toEqual([
      { kind: 'purchaseOrder', id: 1042 },
      { kind: 'purchaseOrder', id: 1043 },
      null,
    ]);
  });

  it('shows no sidebar when the background says not to', async () => {
    jsdom.reconfigure({ url: PO_PAGE });
    startBridge(ctx, fakeBackground({ showSidebar: false }).deps);
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('removes everything when the extension is reloaded (context invalidated)', async () => {
    jsdom.reconfigure({ url: PO_PAGE });
    const background = fakeBackground();
    startBridge(ctx, background.deps);
    await settle();
    expect(hosts()).toHaveLength(1);

    ctx.notifyInvalidated();
    addFrame('https://ww22.autotask.net/Mvc/Inventory/ProductDetail.mvc?productID=77');
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(background.reports).toHaveLength(1);
  });

  it('opens on request from the popup on a page it did not recognise, and collapses on request', async () => {
    const bridge = startBridge(ctx, fakeBackground().deps);
    await settle();
    bridge.handle({ type: 'autotask-bridge.open' });

    expect(hosts()).toHaveLength(1);
    const shadow = shadowRoots(attachShadow)[0];
    const frame = shadow?.querySelector('iframe');
    const showButton = shadow?.querySelector('button');
    expect(frame?.src).toBe(SIDEBAR);
    expect(frame?.hidden).toBe(false);

    bridge.handle({ type: 'autotask-bridge.collapse' });
    expect(frame?.hidden).toBe(true);
    expect(showButton?.hidden).toBe(false);

    // A click the page dispatches is not the user's: it does not expand the sidebar.
    showButton?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(frame?.hidden).toBe(true);

    bridge.handle({ type: 'autotask-bridge.open' });
    expect(frame?.hidden).toBe(false);
    expect(hosts()).toHaveLength(1);
  });
});

describe('the inline badges follow change signals (issue 10 §3)', () => {
  type Signal = { topic: 'order' | 'connection'; poId?: number };

  it('asks for the badges again when this PO was ordered or the connection changed, not for another PO', async () => {
    jsdom.reconfigure({ url: PO_PAGE });
    let emit: (signal: Signal) => void = () => undefined;
    let stopped = false;
    const asked: number[] = [];
    startBridge(ctx, {
      ...fakeBackground().deps,
      badges: async (poId) => {
        asked.push(poId);
        return [];
      },
      watchChanges: (onChange) => {
        emit = onChange;
        return () => (stopped = true);
      },
    });
    await settle();
    const before = asked.length;
    expect(before).toBeGreaterThan(0);

    emit({ topic: 'order', poId: 1043 });
    await settle();
    expect(asked).toHaveLength(before);
    emit({ topic: 'order', poId: 1042 });
    emit({ topic: 'connection' });
    await settle();
    expect(asked).toEqual([...Array(before).fill(1042), 1042, 1042]);

    ctx.notifyInvalidated();
    expect(stopped).toBe(true);
  });
});
