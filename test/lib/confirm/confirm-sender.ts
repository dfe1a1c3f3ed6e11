// SenderInfo as the router hands it to a handler, for the confirmation window and for the pages
// that must not be able to write (issue 11 §1).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { confirmQuery } from '../../../lib/confirm/window';
import type { ConfirmTarget } from '../../../lib/confirm/window';
import type { SenderInfo } from '../../../lib/messaging/sender';

const base = `chrome-extension://${fakeBrowser.runtime.id}`;

export function confirmWindow(target: ConfirmTarget, frameId = 0): SenderInfo {
  return { kind: 'extension', url: `${base}/confirm.html?${confirmQuery(target)}`, tabId: 41, frameId };
}

export const notConfirmWindow: Record<string, SenderInfo> = {
  sidebar: { kind: 'sidebar', url: `${base}/sidebar.html?productId=72`, tabId: 7, frameId: 4 },
  optionsPage: { kind: 'extension', url: `${base}/options.html`, tabId: 40, frameId: 0 },
  reviewWindow: { kind: 'extension', url: `${base}/review.html?poId=1042`, tabId: 41, frameId: 0 },
};
