// The review opens in an extension popup window (issue 3 §2): a top-level extension page that an
// Autotask page can neither frame (review.html is not web-accessible, wxt.config.ts) nor overlay
// (it is its own window). `windows.create` needs no manifest permission.
import { browser } from 'wxt/browser';
import { AppError } from '../errors/app-error';
import type { SenderInfo } from '../messaging/sender';

export const REVIEW_PATH = '/review.html';

export async function openReviewWindow(poId: number, resubmit = false): Promise<{ opened: boolean }> {
  const query = new URLSearchParams({ poId: String(poId), ...(resubmit ? { resubmit: '1' } : {}) });
  await browser.windows.create({
    // getURL('/') + path: the page's typed public path exists only after `wxt prepare`.
    url: `${browser.runtime.getURL('/').replace(/\/$/, '')}${REVIEW_PATH}?${query.toString()}`,
    type: 'popup',
    width: 620,
    height: 780,
    focused: true,
  });
  return { opened: true };
}

/**
 * `order.submit` is allowed only for 'extension' senders (protocol.ts); on top of that it must be
 * the review page itself, in a top-level frame: no other page of ours submits, and a framed copy
 * (were one ever possible) would not be top-level.
 */
export function assertFromReviewWindow(sender: SenderInfo): void {
  let path = '';
  try {
    path = new URL(sender.url).pathname;
  } catch {
    path = '';
  }
  if (sender.kind === 'extension' && path === REVIEW_PATH && (sender.frameId ?? 0) === 0) return;
  throw new AppError({
    kind: 'permission',
    service: 'extension',
    status: 0,
    code: 'sender-not-allowed',
    message: 'Orders are placed only from the review window’s Confirm order.',
  });
}
