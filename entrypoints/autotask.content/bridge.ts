// What the content script does in a top frame on ww<N>.autotask.net: recognise the purchase order or
// product the page shows (its own URL or a same-origin child frame's, UI.md), report it, and keep
// exactly one sidebar host in sync with it. A page that shows nothing we know is left untouched: no
// element, no attribute, no style — only passive observers that add nothing to the DOM.
import { findPageInFrames } from '../../lib/autotask-page/find-in-frames';
import { isBridgePage, sidebarQuery } from '../../lib/autotask-page/page-shapes';
import type { RecognisedPage } from '../../lib/autotask-page/page-shapes';
import type { TabMessage } from '../../lib/autotask-page/tab-messages';
import { send } from '../../lib/messaging/client';
import type { LineBadgeView } from '../../lib/orders/views';
import { createInlineBadges } from './inline-badges';
import { withSyncStatus } from '../../lib/products/badge-sync';
import { HOST_TAG, mountSidebarHost } from './sidebar-host';
import type { SidebarHost } from './sidebar-host';

// Autotask grids re-render in bursts; one recognition per quiet 250 ms is plenty and cheap.
export const RECHECK_DEBOUNCE_MS = 250;

/** The parts of WXT's ContentScriptContext we use (so tests can pass the real class). */
export interface BridgeContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

export interface BridgeDeps {
  win: Window;
  /** Tells the background what the page shows; its answer may veto the sidebar. */
  report(page: RecognisedPage | null): Promise<{ showSidebar: boolean } | undefined>;
  /** `browser.runtime.getURL('/sidebar.html') + '?' + query`. */
  sidebarUrl(query: string): string;
  /** The last check's badges of a PO (issue 3 inline badges); display data only. */
  badges?(poId: number): Promise<LineBadgeView[]>;
  /** Data-free change signals (lib/settings/changes.ts): a PO was ordered, a distributor disconnected. */
  watchChanges?(onChange: (signal: { topic: 'order' | 'connection'; poId?: number }) => void): () => void;
}

export interface Bridge {
  recheck(): void;
  handle(message: TabMessage): void;
}

const INACTIVE: Bridge = { recheck() {}, handle() {} };

const keyOf = (page: RecognisedPage | null) => (page ? `${page.kind}:${page.id}` : 'none');

export function startBridge(ctx: BridgeContext, deps: BridgeDeps): Bridge {
  const { win } = deps;
  // Only the top frame mounts: one sidebar per tab even when the PO sits in a child frame.
  if (win !== win.top || !isBridgePage(win.location.href)) return INACTIVE;

  let host: SidebarHost | null = null;
  let openedByUser = false;
  let lastKey: string | undefined;
  let page: RecognisedPage | null = null;
  let timer: number | undefined;
  const inline = createInlineBadges(win, (cb, ms) => ctx.setTimeout(cb, ms));
  const fetchBadges =
    deps.badges ??
    (async (poId: number) =>
      // Issue 4: the badges also say each SKU's Product Sync status (the PO's distributor's).
      withSyncStatus(await send('order.badges', { poId }), (skus, distributor) =>
        send('sku.syncStatus', { skus, ...(distributor ? { distributor } : {}) }),
      ));
  const refreshBadges = () => {
    const shown = page;
    if (!host || shown?.kind !== 'purchaseOrder') return;
    void fetchBadges(shown.id).then(
      (badges) => {
        if (ctx.isValid && host && page === shown) inline.show(badges);
      },
      () => undefined, // badges are an enhancement: no background, no badges
    );
  };

  const unmount = () => {
    inline.remove();
    host?.remove();
    host = null;
  };
  const show = (target: RecognisedPage | null, expand: boolean) => {
    const src = deps.sidebarUrl(sidebarQuery(target));
    if (host) host.setSrc(src);
    else host = mountSidebarHost(win.document, src);
    if (expand) host.setCollapsed(false);
    refreshBadges();
  };

  const recheck = () => {
    if (!ctx.isValid) return;
    const found = findPageInFrames(win);
    const key = keyOf(found);
    if (key === lastKey) return;
    lastKey = key;
    page = found;
    void deps.report(found).then(
      (answer) => {
        // The page may have moved on while the background answered.
        if (!ctx.isValid || keyOf(page) !== key) return;
        if (found && answer?.showSidebar !== false) show(found, false);
        else if (!openedByUser) unmount();
      },
      // No background answer (worker restarting): still show the sidebar; it reports its own errors.
      () => {
        if (ctx.isValid && keyOf(page) === key && found) show(found, false);
      },
    );
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(recheck, RECHECK_DEBOUNCE_MS);
  };

  // Same-document navigation, child-frame navigation (`load` does not bubble, so capture it), and
  // frames being added or re-pointed. Mutations of our own host are ignored.
  ctx.addEventListener(win, 'wxt:locationchange', schedule);
  ctx.addEventListener(win, 'popstate', schedule);
  ctx.addEventListener(win.document, 'load', schedule, { capture: true });
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !(record.target as Element).closest?.(HOST_TAG))) schedule();
  });
  observer.observe(win.document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['src'],
  });

  // After Confirm (in the review window) or a Disconnect, the badges follow without a reload.
  const stopWatching = deps.watchChanges?.((signal) => {
    if (signal.topic === 'connection' || (page?.kind === 'purchaseOrder' && signal.poId === page.id)) {
      refreshBadges();
    }
  });

  ctx.onInvalidated(() => {
    stopWatching?.();
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    unmount();
  });

  recheck();

  return {
    recheck,
    handle(message) {
      if (!ctx.isValid) return;
      if (message.type === 'autotask-bridge.open') {
        openedByUser = true;
        show(page, true);
      } else if (message.type === 'autotask-bridge.collapse') {
        host?.setCollapsed(true);
      } else if (message.type === 'autotask-bridge.badges-changed') {
        // The sidebar's data-free nudge after a check; the badges themselves come from the background.
        refreshBadges();
      }
    },
  };
}
