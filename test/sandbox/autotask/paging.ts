// Query responses and the paging cursor (API.md §2.3, §2.4). Results come in id order; a page holds
// at most MaxRecords rows; `nextPageUrl` is absolute, on the same zone host, at
// `/V1.0/{Entity}/query/next?paging=<json>` and is present only while rows remain. The router makes
// a GET on it a 405 unless the first page itself came from a GET (then `search=` is embedded).
import type { EntityDef } from './entities';
import { ruleError } from './http';
import { present, type Viewer } from './present';
import { parseQuery } from './query';
import type { Row } from './store';

export interface PageDetails {
  count: number;
  requestCount: number;
  prevPageUrl: string | null;
  nextPageUrl: string | null;
}

export interface QueryPage {
  items: Record<string, unknown>[];
  pageDetails: PageDetails;
}

export interface PageRequest {
  def: EntityDef;
  viewer: Viewer;
  body: unknown;
  /** `https://webservices<N>.autotask.net` of the request. */
  origin: string;
  /** From the `paging` cursor of a next-page request. */
  afterId?: number;
  /** The raw `search` JSON when the query came by GET; it is carried into nextPageUrl. */
  search?: string;
}

function matchingRows(
  req: PageRequest,
  afterId = -Infinity,
): { rows: Row[]; maxRecords: number; include?: string[] } {
  const query = parseQuery(req.def, req.viewer.tenant, req.body);
  // A restricted security level silently returns no rows (API.md §1.1) — still validated first.
  const rows = req.viewer.security.emptyRows(req.def.name)
    ? []
    : [...req.viewer.tenant.tables[req.def.name].values()]
        .filter((row) => row.id > afterId && query.matches(row))
        .sort((a, b) => a.id - b.id);
  return {
    rows,
    maxRecords: query.maxRecords,
    ...(query.includeFields ? { include: query.includeFields } : {}),
  };
}

export function queryPage(req: PageRequest): QueryPage {
  const { rows, maxRecords, include } = matchingRows(req, req.afterId);
  const page = rows.slice(0, maxRecords);
  const more = rows.length > maxRecords;
  // "When more than 500 rows match, id must be included or paging breaks" (API.md §2.2, HELP
  // Advanced Query): without `id` in IncludeFields the cursor has nothing to continue from, so the
  // result silently ends after this page — the truncation a careless client would see live.
  const canContinue = !include || include.includes('id');
  const last = page[page.length - 1];
  const nextPageUrl =
    more && canContinue && last
      ? nextUrl(req.origin, req.def.name, { lastId: last.id, pageSize: maxRecords }, req.search)
      : null;
  return {
    items: page.map((row) => present(req.def, row, req.viewer, include)),
    // prevPageUrl is never needed by a forward reader; the simulator always reports null.
    pageDetails: { count: page.length, requestCount: maxRecords, prevPageUrl: null, nextPageUrl },
  };
}

export function queryCount(req: PageRequest): { queryCount: number } {
  return { queryCount: matchingRows(req).rows.length };
}

function nextUrl(
  origin: string,
  entity: string,
  paging: { lastId: number; pageSize: number },
  search?: string,
) {
  const base = `${origin}/atservicesrest/V1.0/${entity}/query/next?paging=${encodeURIComponent(JSON.stringify(paging))}`;
  return search === undefined ? base : `${base}&search=${encodeURIComponent(search)}`;
}

/** The `paging` parameter of a next-page URL. */
export function parsePaging(param: string | null): number {
  try {
    const value: unknown = JSON.parse(param ?? '');
    const lastId = (value as { lastId?: unknown }).lastId;
    if (typeof lastId === 'number' && Number.isInteger(lastId)) return lastId;
  } catch {
    // fall through to the error below
  }
  throw ruleError('The paging parameter of this next-page URL is missing or invalid.');
}

/** Child list `GET /{Parent}/{id}/{Child}`: the same page envelope (API.md §2.1). */
export function childPage(def: EntityDef, viewer: Viewer, parentField: string, parentId: number): QueryPage {
  const rows = viewer.security.emptyRows(def.name)
    ? []
    : [...viewer.tenant.tables[def.name].values()]
        .filter((row) => row[parentField] === parentId)
        .sort((a, b) => a.id - b.id);
  return {
    items: rows.map((row) => present(def, row, viewer)),
    pageDetails: { count: rows.length, requestCount: rows.length, prevPageUrl: null, nextPageUrl: null },
  };
}
