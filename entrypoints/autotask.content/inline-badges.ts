// Inline badges in the host page's own line grid (issue 3 §1, UI.md "Inline badges"): next to each
// SKU the page shows, the line's last check result. Only cells whose text is exactly a known SKU
// are touched, each marked with a data- attribute so nothing is added twice; a debounced
// MutationObserver re-applies them after the grid re-renders; `remove()` takes every trace away.
// A page whose markup matches nothing gets no element and no attribute. The badge names the PO's
// distributor with its registry label (a neutral "Distributor" when the badge does not say which);
// one badge per SKU, so a product linked to several distributors shows the PO's distributor's only.
import { distributorById, isDistributorId } from '../../lib/distributor/registry';
import type { LineBadge, LineBadgeView } from '../../lib/orders/views';
import { SYNC_STATUS_TEXT } from '../../lib/products/sync-status-text';

export const BADGE_ATTR = 'data-autotask-bridge-badge';
export const MARK_ATTR = 'data-autotask-bridge-sku';
/** Issue 4: the SKU's Product Sync status on the same badge. */
export const SYNC_ATTR = 'data-autotask-bridge-sync';
export const BADGE_DEBOUNCE_MS = 250;
// Autotask nests frames two or three deep (find-in-frames.ts); same bound.
const MAX_FRAME_DEPTH = 6;

const TEXT: Record<LineBadge, string> = {
  ok: 'OK',
  'price-changed': 'price changed',
  'low-stock': 'low stock',
  'out-of-stock': 'out of stock',
  'invalid-sku': 'invalid SKU',
  discontinued: 'discontinued',
};
const COLOURS: Record<LineBadge, string> = {
  ok: '#1b7f3b',
  'price-changed': '#9a6700',
  'low-stock': '#9a6700',
  'out-of-stock': '#b42318',
  'invalid-sku': '#b42318',
  discontinued: '#b42318',
};

/** A badge as the background sends it; `distributor` (registry id) is the PO's distributor. */
export type BadgeView = LineBadgeView;

/** The badge's label: the registry's for the PO's distributor, a neutral word otherwise. */
export function badgeLabel(distributor: string | undefined): string {
  return isDistributorId(distributor) ? distributorById(distributor).label : 'Distributor';
}

/** The words and colour of one badge: an ordered PO's lines say "ordered", not the last check. */
export function badgeText(
  view: Pick<BadgeView, 'badge' | 'sync' | 'order' | 'orderNumber' | 'distributor'>,
): string {
  const label = badgeLabel(view.distributor);
  if (view.order === 'ordered') return `${label}: ordered${view.orderNumber ? ` ${view.orderNumber}` : ''}`;
  if (view.order === 'rejected') return `${label}: rejected`;
  const text = `${label}: ${TEXT[view.badge]}`;
  if (!view.sync) return text;
  const sync = SYNC_STATUS_TEXT[view.sync];
  // "invalid SKU · Invalid SKU" says one thing twice (issue 10 §3).
  return text.toLowerCase().endsWith(sync.toLowerCase()) ? text : `${text} · ${sync}`;
}

function badgeColour(view: Pick<LineBadgeView, 'badge' | 'order'>): string {
  if (view.order === 'ordered') return COLOURS.ok;
  if (view.order === 'rejected') return COLOURS['invalid-sku'];
  return COLOURS[view.badge];
}

export interface InlineBadges {
  show(badges: readonly BadgeView[]): void;
  remove(): void;
}

/** Same-origin documents of the tab: the grid may sit in a child frame (UI.md). */
function documentsOf(win: Window, depth = 0, out: Document[] = []): Document[] {
  let doc: Document;
  try {
    doc = win.document;
  } catch {
    return out; // cross-origin
  }
  out.push(doc);
  if (depth >= MAX_FRAME_DEPTH) return out;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    const child = (frame as HTMLIFrameElement).contentWindow;
    if (child) documentsOf(child, depth + 1, out);
  }
  return out;
}

/** The cell's own text, without a badge of ours. */
function cellText(cell: Element): string {
  let text = '';
  for (const node of Array.from(cell.childNodes)) {
    if (node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTR)) continue;
    text += node.textContent ?? '';
  }
  return text.trim();
}

const ours = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute?.(BADGE_ATTR);

export function createInlineBadges(
  win: Window,
  setTimer: (cb: () => void, ms: number) => number,
): InlineBadges {
  let current = new Map<string, BadgeView>();
  const observers: MutationObserver[] = [];
  let timer: number | undefined;

  const apply = () => {
    for (const doc of documentsOf(win)) {
      for (const cell of Array.from(doc.querySelectorAll('td'))) {
        const sku = cellText(cell);
        const badge = current.get(sku);
        const existing = cell.querySelector(`:scope > [${BADGE_ATTR}]`);
        if (!badge) {
          if (existing || cell.hasAttribute(MARK_ATTR)) {
            existing?.remove();
            cell.removeAttribute(MARK_ATTR);
          }
          continue;
        }
        const sync = badge.sync;
        const kind = badge.order ?? badge.badge;
        const text = badgeText(badge);
        if (
          existing?.getAttribute(BADGE_ATTR) === kind &&
          existing.getAttribute(SYNC_ATTR) === (sync ?? null) &&
          existing.textContent === text
        )
          continue;
        existing?.remove();
        const span = doc.createElement('span');
        span.setAttribute(BADGE_ATTR, kind);
        if (sync) span.setAttribute(SYNC_ATTR, sync);
        span.textContent = text;
        span.style.cssText = `margin-left:6px;padding:0 6px;border-radius:8px;font:600 11px system-ui,sans-serif;color:#fff;background:${badgeColour(badge)};white-space:nowrap`;
        cell.setAttribute(MARK_ATTR, sku);
        cell.append(span);
      }
    }
    watch();
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimer(() => {
      timer = undefined;
      apply();
    }, BADGE_DEBOUNCE_MS);
  };

  // Observers are added only once there is something to show, and follow frames that appear later.
  const watched = new WeakSet<Document>();
  const watch = () => {
    for (const doc of documentsOf(win)) {
      if (watched.has(doc)) continue;
      watched.add(doc);
      const observer = new MutationObserver((records) => {
        const foreign = records.some(
          (r) => ![...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every(ours) && !ours(r.target),
        );
        if (foreign) schedule();
      });
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    }
  };

  return {
    show(badges) {
      current = new Map(badges.map((b) => [b.sku, b]));
      if (current.size) apply();
      else if (observers.length) apply(); // takes away badges a previous check added
    },
    remove() {
      if (timer !== undefined) clearTimeout(timer);
      for (const observer of observers.splice(0)) observer.disconnect();
      current = new Map();
      for (const doc of documentsOf(win)) {
        for (const el of Array.from(doc.querySelectorAll(`[${BADGE_ATTR}]`))) el.remove();
        for (const el of Array.from(doc.querySelectorAll(`[${MARK_ATTR}]`))) el.removeAttribute(MARK_ATTR);
      }
    },
  };
}
