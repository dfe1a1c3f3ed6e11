// Who sent a message (issue 2 §4 "Messages", issue 11 §2). Only three kinds exist; anything else is
// rejected.
// - extension: one of our own pages (EXTENSION_PAGES) as the top-level document of an extension tab
//   or window — never framed, never under a web page.
// - sidebar: exactly our sidebar.html, which a hostile Autotask page can frame with ids of its
//   choosing, so it may read but never act. Nothing framed in a web page is ever more than this.
// - content: our content script in a ww<N>.autotask.net tab (the web UI hosts, API.md §5).
// Paths are compared exactly: Chrome loads `/%73idebar.html`, `/Options.html`, `/options.html/` or
// `//options.html` as pages of ours too, so any percent-encoding, other case, trailing or double
// slash is refused, and so is a query or hash the page does not expect.
import type { SenderKind } from './protocol';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SenderInfo {
  kind: SenderKind;
  url: string;
  tabId?: number;
  frameId?: number;
}

interface PageRule {
  /** Query parameter names the page reads (any other name refuses the sender). */
  query: readonly string[];
  /** What the hash may be ('' always allowed). */
  hash?: RegExp;
}

export const SIDEBAR_PATH = '/sidebar.html';

/**
 * The one allowlist of our pages (entrypoints/<name>/index.html → /<name>.html), with what each
 * reads from its URL. A new page is refused until it is listed here.
 */
export const EXTENSION_PAGES: Readonly<Record<string, PageRule>> = {
  '/popup.html': { query: [] },
  '/options.html': { query: [], hash: /^#[\w-]{1,80}$/ }, // options.html#autotask, #template-<id>
  '/help.html': { query: [], hash: /^#[\w%.-]{1,120}$/ }, // help.html#<hint id>
  '/log.html': { query: ['from', 'to', 'template', 'result', 'search', 'export'], hash: /^#entry-\d{1,15}$/ },
  '/review.html': { query: ['poId', 'resubmit'] },
  '/confirm.html': { query: ['action', 'productId', 'poId'] },
};
const SIDEBAR_RULE: PageRule = { query: ['poId', 'productId'] };

const AUTOTASK_WEB_HOST = /^ww\d+\.autotask\.net$/i;

function parse(url: string | undefined): URL | undefined {
  try {
    return url === undefined ? undefined : new URL(url);
  } catch {
    return undefined;
  }
}

/** The page's exact path when the URL is one of ours as that page expects it; else undefined. */
function exactPage(url: URL): string | undefined {
  const path = url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  // Any encoding at all is a trick: none of our paths needs one.
  if (decoded !== path) return undefined;
  const rule =
    path === SIDEBAR_PATH
      ? SIDEBAR_RULE
      : Object.hasOwn(EXTENSION_PAGES, path)
        ? EXTENSION_PAGES[path]
        : undefined;
  if (!rule) return undefined;
  for (const name of url.searchParams.keys()) if (!rule.query.includes(name)) return undefined;
  if (url.hash !== '' && !rule.hash?.test(url.hash)) return undefined;
  return path;
}

/** A top-level extension tab or window (or the popup, which has no tab): frame 0, no web page above. */
function topLevelOfOurs(sender: MessageSenderLike, extensionOrigin: string): boolean {
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  if (!sender.tab) return true;
  if (sender.frameId !== 0) return false;
  const tabUrl = parse(sender.tab.url);
  // Chrome gives the tab's URL only where we have host access; when it does, it must be ours.
  return (
    sender.tab.url === undefined ||
    (tabUrl !== undefined && `${tabUrl.protocol}//${tabUrl.host}` === extensionOrigin)
  );
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
    const page = exactPage(url);
    if (page === SIDEBAR_PATH) return { ...where, kind: 'sidebar' };
    if (page === undefined || !topLevelOfOurs(sender, origin)) return undefined;
    return { ...where, kind: 'extension' };
  }
  if (url.protocol === 'https:' && AUTOTASK_WEB_HOST.test(url.hostname) && url.port === '' && sender.tab) {
    return { ...where, kind: 'content' };
  }
  return undefined;
}
