// The ONE table of Autotask page shapes (reference/autotask/UI.md). Autotask documents no URL for the
// purchase-order or product pages (API.md §5, [G]) and changes its UI without notice, so recognition is
// data: when a real page shape becomes known, add a row here — never special-case it elsewhere.

export type PageKind = 'purchaseOrder' | 'product';

export interface RecognisedPage {
  kind: PageKind;
  id: number;
}

interface PageShape {
  kind: PageKind;
  /** Query parameter names, compared case-insensitively (UI.md: `purchaseOrderID`, `purchaseOrderId`…). */
  params: readonly string[];
  /** Only when the path contains this text (case-insensitive); `orderID` alone is too generic. */
  pathContains?: string;
}

// Order matters: the first matching row wins.
export const PAGE_SHAPES: readonly PageShape[] = [
  { kind: 'purchaseOrder', params: ['purchaseOrderID', 'poID'] },
  { kind: 'purchaseOrder', params: ['orderID'], pathContains: 'PurchaseOrder' },
  { kind: 'product', params: ['productID'], pathContains: 'Product' },
];

// The web UI lives on ww<N>.autotask.net (API.md §5). The manifest matches *.autotask.net because a
// match pattern cannot say `ww*`; webservices<N> (the API), the marketing site and others are ignored.
const UI_HOST = /^ww\d{1,3}\.autotask\.net$/i;

// Pages where the sidebar has no business (UI.md: "do nothing on login, print and help pages").
const EXCLUDED_PATHS: readonly RegExp[] = [/^\/help\//i, /login/i, /authentication/i, /logout/i, /print/i];

// A record id is a positive integer; anything else (`1042abc`, `-1`, `0`, `1e3`) is not a page id.
const ID = /^[0-9]{1,15}$/;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when the content script may act on this URL at all. */
export function isBridgePage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || !UI_HOST.test(parsed.hostname)) return false;
  return !EXCLUDED_PATHS.some((pattern) => pattern.test(parsed.pathname));
}

function idParam(search: URLSearchParams, names: readonly string[]): number | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const [key, raw] of search) {
    const value = raw.trim();
    if (!wanted.has(key.toLowerCase()) || !ID.test(value)) continue;
    const id = Number(value);
    if (id > 0 && Number.isSafeInteger(id)) return id;
  }
  return undefined;
}

/** What a frame's URL shows, or null when it shows no purchase order or product we know of. */
export function recognisePage(url: string): RecognisedPage | null {
  if (!isBridgePage(url)) return null;
  const { pathname, searchParams } = new URL(url);
  const path = pathname.toLowerCase();
  for (const shape of PAGE_SHAPES) {
    if (shape.pathContains && !path.includes(shape.pathContains.toLowerCase())) continue;
    const id = idParam(searchParams, shape.params);
    if (id !== undefined) return { kind: shape.kind, id };
  }
  return null;
}

/** The extension-page query that tells the sidebar what to show (`poId=…` or `productId=…`). */
export function sidebarQuery(page: RecognisedPage | null): string {
  if (!page) return '';
  return page.kind === 'purchaseOrder' ? `poId=${page.id}` : `productId=${page.id}`;
}
