// Who sent a message (issue 2 §4 "Messages"). Only three kinds exist; anything else is rejected.
// - extension: our own top-level pages (popup, options, log, review window) — on our origin.
// - sidebar: our sidebar.html, which a hostile Autotask page can frame with ids of its choosing, so
//   it may read but never act.
// - content: our content script in a ww<N>.autotask.net tab (the web UI hosts, API.md §5).
import type { SenderKind } from './protocol';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface SenderInfo {
  kind: SenderKind;
  url: string;
  tabId?: number;
  frameId?: number;
}

export const SIDEBAR_PATH = '/sidebar.html';
const AUTOTASK_WEB_HOST = /^ww\d+\.autotask\.net$/i;

function parse(url: string | undefined): URL | undefined {
  try {
    return url === undefined ? undefined : new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * `extensionBaseUrl` is `runtime.getURL('/')`. Origins are compared as protocol + host: the URL
 * standard gives `chrome-extension:` URLs an opaque origin ("null") outside the browser.
 */
export function classifySender(
  sender: MessageSenderLike,
  runtimeId: string,
  extensionBaseUrl: string,
): SenderInfo | undefined {
  if (sender.id !== runtimeId) return undefined;
  const url = parse(sender.url);
  const base = parse(extensionBaseUrl);
  if (!url || !base || url.username || url.password) return undefined;
  const origin = `${url.protocol}//${url.host}`;
  // Chrome also reports the sender's origin; when present it must agree with the URL.
  if (sender.origin !== undefined && sender.origin !== origin) return undefined;
  const where = { url: url.href, tabId: sender.tab?.id, frameId: sender.frameId };

  if (url.protocol === base.protocol && url.host === base.host) {
    return { ...where, kind: url.pathname === SIDEBAR_PATH ? 'sidebar' : 'extension' };
  }
  if (url.protocol === 'https:' && AUTOTASK_WEB_HOST.test(url.hostname) && url.port === '' && sender.tab) {
    return { ...where, kind: 'content' };
  }
  return undefined;
}
