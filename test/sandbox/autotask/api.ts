// The REST routes on webservices<N>.autotask.net (API.md §2.1, §7). Order of checks per request:
// the unauthenticated routes (versionInformation, zoneInformation), then authentication (401), the
// tenant's hourly threshold (429), the per-entity thread limit (Itgenatr005), latency, the route.
import { childOf, entityByName, type EntityDef } from './entities';
import { json, notFound, ruleError, wrongVerb } from './http';
import {
  admit,
  latencyFor,
  sleep,
  THRESHOLD_TIMEFRAME_MINUTES,
  windowCount,
  type LimitKnobs,
  type ThreadLimiter,
} from './limits';
import { entityInformation, fieldsInformation, udfInformation } from './metadata';
import { childPage, parsePaging, queryCount, queryPage, type PageRequest } from './paging';
import { present, type Viewer } from './present';
import { isoNow, type RuleContext } from './rules/types';
import { effectiveSecurity, requireAccess } from './security';
import type { Db, SecuritySwitches } from './store';
import { write } from './write';
import { authenticate, lookupZone, zoneOfHost, type Caller } from './zones';

/** IIS rejects longer query strings with a 404 (API.md §1.3, §2.4: long GET next-URLs). */
const MAX_QUERY_STRING = 2048;

export interface ApiDeps {
  db: Db;
  knobs: LimitKnobs & SecuritySwitches;
  limiter: ThreadLimiter;
  now: () => number;
}

/** `undefined` for no body; INVALID_JSON when the body is not JSON. */
export const INVALID_JSON = Symbol('invalid JSON');

interface Call {
  method: string;
  url: URL;
  /** Path segments after `/atservicesrest/V1.0/`, original case. */
  path: string[];
  body: unknown;
  caller: Caller;
  viewer: Viewer;
  ctx: RuleContext;
}

export async function handleApi(req: Request, body: unknown, deps: ApiDeps): Promise<Response> {
  const url = new URL(req.url);
  const zone = zoneOfHost(url.hostname, 'api');
  const segs = url.pathname.split('/').filter(Boolean);
  const lower = segs.map((s) => s.toLowerCase());
  if (zone === undefined || lower[0] !== 'atservicesrest') throw notFound(req.url);
  if (lower[1] === 'versioninformation' && segs.length === 2) {
    if (req.method !== 'GET') throw wrongVerb(req.method);
    // Lists V2.0 since 2026; clients must still pin V1.0 (API.md §0, §6.4).
    return json({ apiVersions: ['V1.0', 'V2.0'] });
  }
  // V2.0 (its zoneInformation included) is a 404 (API.md §0).
  if (lower[1] !== 'v1.0' || segs.length < 3) throw notFound(req.url);
  if (url.search.length > MAX_QUERY_STRING) throw notFound(req.url);
  if (lower[2] === 'zoneinformation' && segs.length === 3) {
    if (req.method !== 'GET') throw wrongVerb(req.method);
    // No auth headers, any zone host answers, not counted (API.md §1.2, §3).
    return json(lookupZone(deps.db, url.searchParams.get('user')));
  }

  const caller = authenticate(deps.db, req.headers, zone);
  const usage = admit(caller.tenant, deps.now(), deps.knobs.threshold);
  const release = deps.limiter.acquire(caller.user.integrationCode, limitedEntity(segs.slice(2)), deps.knobs);
  try {
    await sleep(latencyFor(usage, deps.knobs));
    const security = effectiveSecurity(deps.knobs, caller.user);
    const call: Call = {
      method: req.method,
      url,
      path: segs.slice(2),
      body,
      caller,
      viewer: { tenant: caller.tenant, security },
      ctx: { db: deps.db, tenant: caller.tenant, user: caller.user, now: isoNow(deps.now()) },
    };
    return json(route(call, deps));
  } finally {
    release();
  }
}

/** The "object endpoint" of the thread limit (API.md §3): the child entity on a parent URL. */
function limitedEntity(path: string[]): string {
  const root = path[0] ?? '';
  const def = entityByName(root);
  const child = def && path[2] !== undefined ? childOf(def.name, path[2]) : undefined;
  return child?.name ?? def?.name ?? root;
}

function route(call: Call, deps: ApiDeps): unknown {
  const [root = '', ...rest] = call.path;
  if (root.toLowerCase() === 'thresholdinformation' && rest.length === 0) {
    verb(call, 'GET');
    return {
      externalRequestThreshold: deps.knobs.threshold,
      requestThresholdTimeframe: THRESHOLD_TIMEFRAME_MINUTES,
      currentTimeframeRequestCount: windowCount(call.caller.tenant, deps.now()),
    };
  }
  const def = entityByName(root);
  if (!def) throw notFound(call.url.href);
  const first = rest[0]?.toLowerCase();
  if (rest.length === 0) return rootWrite(call, def);
  if (first === 'query') return queryRoute(call, def, rest.slice(1));
  if (first === 'entityinformation') return metadataRoute(call, def, rest.slice(1));
  if (!/^\d+$/.test(rest[0]!)) throw notFound(call.url.href);
  const id = Number(rest[0]);
  if (rest.length === 1) {
    // No DELETE on any simulated entity (API.md §2.5 operation matrix).
    verb(call, 'GET');
    return getById(call, def, id);
  }
  const child = childOf(def.name, rest[1]!);
  if (!child) throw notFound(call.url.href);
  return childRoute(call, child, id, rest.slice(2));
}

function verb(call: Call, ...allowed: string[]): void {
  if (!allowed.includes(call.method)) throw wrongVerb(call.method);
}

function rootWrite(call: Call, def: EntityDef): unknown {
  verb(call, 'POST', 'PUT', 'PATCH');
  const creating = call.method === 'POST';
  // Children are written only through the parent's URL (API.md §2.5, §6.10); the issue asks 500.
  if (def.parent) {
    throw ruleError(
      `${def.name} cannot be ${creating ? 'created' : 'updated'} here: use /${def.parent.entity}/{parentId}/${def.parent.segment}.`,
    );
  }
  return writeCall(call, def, undefined);
}

function writeCall(call: Call, def: EntityDef, parent: { field: string; id: number } | undefined) {
  const creating = call.method === 'POST';
  if (creating ? !def.canCreate : !def.canUpdate) throw wrongVerb(call.method);
  requireAccess(call.viewer.security, def, creating ? 'create' : 'update');
  const body = requireBody(call);
  const mode = creating ? 'create' : call.method === 'PUT' ? 'put' : 'patch';
  return { itemId: write({ def, ctx: call.ctx, body, mode, ...(parent ? { parent } : {}) }) };
}

function requireBody(call: Call): unknown {
  if (call.body === INVALID_JSON || call.body === undefined) {
    throw ruleError('The request body is missing or is not valid JSON.');
  }
  return call.body;
}

function queryRoute(call: Call, def: EntityDef, rest: string[]): unknown {
  const sub = rest.map((s) => s.toLowerCase()).join('/');
  if (sub !== '' && sub !== 'count' && sub !== 'next') throw notFound(call.url.href);
  const search = call.url.searchParams.get('search');
  // query/next answers GET only when the first page was a GET and embedded `search=`; a POSTed
  // query's next URL must be POSTed with the same body (API.md §2.4, §6.1).
  if (call.method === 'GET' && sub === 'next' && search === null) throw wrongVerb('GET');
  verb(call, 'GET', 'POST');
  requireAccess(call.viewer.security, def, 'query');
  const body = call.method === 'GET' ? parseSearch(search) : requireBody(call);
  const req: PageRequest = {
    def,
    viewer: call.viewer,
    body,
    origin: call.url.origin,
    ...(call.method === 'GET' && search !== null ? { search } : {}),
  };
  if (sub === 'count') return queryCount(req);
  if (sub === 'next') req.afterId = parsePaging(call.url.searchParams.get('paging'));
  return queryPage(req);
}

function parseSearch(search: string | null): unknown {
  if (search === null) throw ruleError('A GET query needs a search parameter holding the QueryModel JSON.');
  try {
    return JSON.parse(search) as unknown;
  } catch {
    throw ruleError('The search parameter is not valid JSON.');
  }
}

function metadataRoute(call: Call, def: EntityDef, rest: string[]): unknown {
  verb(call, 'GET');
  const sub = rest.map((s) => s.toLowerCase()).join('/');
  if (sub === '') return entityInformation(def, call.viewer.security);
  if (sub === 'fields') return fieldsInformation(def, call.caller.tenant);
  if (sub === 'userdefinedfields') return udfInformation(def, call.caller.tenant);
  throw notFound(call.url.href);
}

/** A missing id, or one the level hides, is 200 `{"item":null}`, never 404 (API.md §1.3, §6.5). */
function getById(call: Call, def: EntityDef, id: number, parentField?: string, parentId?: number) {
  requireAccess(call.viewer.security, def, 'query');
  const row = call.caller.tenant.tables[def.name].get(id);
  const visible =
    row &&
    !call.viewer.security.emptyRows(def.name) &&
    (parentField === undefined || row[parentField] === parentId);
  return { item: visible ? present(def, row, call.viewer) : null };
}

function childRoute(call: Call, child: EntityDef, parentId: number, rest: string[]): unknown {
  const parent = child.parent!;
  if (rest.length === 0) {
    verb(call, 'GET', 'POST', 'PUT', 'PATCH');
    if (call.method !== 'GET') return writeCall(call, child, { field: parent.field, id: parentId });
    requireAccess(call.viewer.security, child, 'query');
    return childPage(child, call.viewer, parent.field, parentId);
  }
  if (rest[0]!.toLowerCase() === 'entityinformation') return metadataRoute(call, child, rest.slice(1));
  if (rest.length === 1 && /^\d+$/.test(rest[0]!)) {
    verb(call, 'GET');
    return getById(call, child, Number(rest[0]), parent.field, parentId);
  }
  throw notFound(call.url.href);
}
