// Issue 11 §1: actions that write (sync one product now, look a PO's order status up and write it
// back) are confirmed in an extension window, like the order review (lib/orders/review-window.ts).
// The sidebar — web-accessible, so any *.autotask.net page can frame it — may only ask to OPEN
// this window; the write messages are extension-only and their handlers check, with
// assertFromConfirmWindow, that the sender is confirm.html in a top-level frame. confirm.html is
// not web-accessible (wxt.config.ts lists only sidebar.html), so no page can frame or overlay it.
import { browser } from 'wxt/browser';
import { AppError } from '../errors/app-error';
import type { SenderInfo } from '../messaging/sender';

export const CONFIRM_PATH = '/confirm.html';

export type ConfirmTarget =
  { action: 'product-sync'; productId: number } | { action: 'status-refresh'; poId: number };

export function confirmQuery(target: ConfirmTarget): string {
  const params: Record<string, string> =
    target.action === 'product-sync'
      ? { action: target.action, productId: String(target.productId) }
      : { action: target.action, poId: String(target.poId) };
  return new URLSearchParams(params).toString();
}

/** Reads confirm.html's query; undefined for anything but the two shapes confirmQuery writes. */
export function parseConfirmQuery(search: string): ConfirmTarget | undefined {
  const query = new URLSearchParams(search);
  const id = (name: string) => {
    const raw = query.get(name) ?? '';
    return /^[1-9]\d{0,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
  };
  const action = query.get('action');
  const productId = id('productId');
  const poId = id('poId');
  if (action === 'product-sync' && productId !== undefined) return { action, productId };
  if (action === 'status-refresh' && poId !== undefined) return { action, poId };
  return undefined;
}

export async function openConfirmWindow(target: ConfirmTarget): Promise<{ opened: boolean }> {
  await browser.windows.create({
    // getURL('/') + path: the page's typed public path exists only after `wxt prepare`.
    url: `${browser.runtime.getURL('/').replace(/\/$/, '')}${CONFIRM_PATH}?${confirmQuery(target)}`,
    type: 'popup',
    width: 560,
    height: 640,
    focused: true,
  });
  return { opened: true };
}

/**
 * The write messages are allowed only for 'extension' senders (protocol.ts); on top of that the
 * sender must be confirm.html itself, top-level, and (when the URL says which) for this very target.
 */
export function assertFromConfirmWindow(sender: SenderInfo, target: ConfirmTarget): void {
  let url: URL | undefined;
  try {
    url = new URL(sender.url);
  } catch {
    url = undefined;
  }
  const shown = url ? parseConfirmQuery(url.search) : undefined;
  const sameTarget = shown !== undefined && confirmQuery(shown) === confirmQuery(target);
  if (
    sender.kind === 'extension' &&
    url?.pathname === CONFIRM_PATH &&
    (sender.frameId ?? 0) === 0 &&
    sameTarget
  )
    return;
  throw new AppError({
    kind: 'permission',
    service: 'extension',
    status: 0,
    code: 'sender-not-allowed',
    message:
      target.action === 'product-sync'
        ? 'A product is synced only from its confirmation window’s Confirm button.'
        : 'Order status is written back only from its confirmation window’s Confirm button.',
  });
}
