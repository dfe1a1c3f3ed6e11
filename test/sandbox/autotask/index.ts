// The Autotask simulator (API.md §7 and more): one `fetch(Request)` serving the production URLs —
// the REST API on webservices<N>.autotask.net and stand-in web pages on ww<N>.autotask.net — so the
// same object runs in-process in vitest and behind the loopback HTTPS server (test/sandbox/server.ts).
import { handleApi, INVALID_JSON, type ApiDeps } from './api';
import { errorResponse, SimError } from './http';
import {
  HOURLY_THRESHOLD,
  LATENCY_AT_50_MS,
  LATENCY_AT_75_MS,
  THREAD_LIMIT,
  ThreadLimiter,
  windowCount,
  type LimitKnobs,
} from './limits';
import { handlePage } from './pages';
import { seedDemo } from './seed';
import { seedLinkedProducts, type LinkedProduct } from './seed-linked';
import { Db, type SecuritySwitches, type TenantOptions, type User } from './store';
import { zoneOfHost } from './zones';

export { DEMO } from './seed';
export type { Row, Tenant, User, SecuritySwitches } from './store';
export type { EntityName } from './entities';

export interface AutotaskSimOptions {
  seed?: 'demo' | 'empty';
  now?: () => number;
  latencyMs?: number;
}

export type AutotaskKnobs = LimitKnobs & SecuritySwitches;

export interface LoggedRequest {
  method: string;
  url: string;
  /** Lower-cased names; the Secret header's value is "***". */
  headers: Record<string, string>;
  /** Parsed JSON, the raw text when it is not JSON, or undefined. */
  body: unknown;
  /** Set once the simulator has answered. */
  status?: number;
}

export interface AutotaskRequestEvent {
  method: string;
  url: string;
  body: unknown;
}

type Listener = (event: AutotaskRequestEvent) => void;
const listeners = new Set<Listener>();

/** Every simulator reports each API request here (the lead's swagger contract test listens). */
export function onAnyAutotaskRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function redactedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = name.toLowerCase() === 'secret' ? '***' : value;
  });
  return out;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createAutotaskSim(opts: AutotaskSimOptions = {}) {
  const db = new Db();
  const clock = opts.now ?? Date.now;
  let offset = 0;
  const now = () => clock() + offset;
  const knobs: AutotaskKnobs = {
    threshold: HOURLY_THRESHOLD,
    latencyMs: opts.latencyMs ?? 0,
    latencyAt50Ms: LATENCY_AT_50_MS,
    latencyAt75Ms: LATENCY_AT_75_MS,
    maxConcurrentPerEntity: THREAD_LIMIT,
    threadLimitStatus: 429,
    forbidden: new Set(),
    emptyRows: new Set(),
    noCosts: false,
    access: {},
  };
  const deps: ApiDeps = { db, knobs, limiter: new ThreadLimiter(), now };
  const requests: LoggedRequest[] = [];
  if (opts.seed === 'demo') seedDemo(db);

  async function fetch(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const text = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
    const body = parseBody(text);
    const entry: LoggedRequest = {
      method: req.method,
      url: req.url,
      headers: redactedHeaders(req.headers),
      body,
    };
    requests.push(entry);
    let response: Response;
    if (zoneOfHost(url.hostname, 'api') !== undefined) {
      for (const listener of listeners) listener({ method: req.method, url: req.url, body });
      const apiBody = text !== '' && typeof body === 'string' ? INVALID_JSON : body;
      try {
        response = await handleApi(req, apiBody, deps);
      } catch (error) {
        if (!(error instanceof SimError)) throw error;
        response = errorResponse(error);
      }
    } else if (zoneOfHost(url.hostname, 'web') !== undefined) {
      response = handlePage(url, db);
    } else {
      response = new Response(`No Autotask host ${url.hostname}`, { status: 404 });
    }
    entry.status = response.status;
    return response;
  }

  return {
    fetch,
    knobs,
    db,
    requests,
    now,
    /** Moves the simulator's clock forward (the rolling hour, timestamps). */
    advance(ms: number): void {
      offset += ms;
    },
    addTenant: (tenant: TenantOptions) => db.addTenant(tenant),
    addUser: (user: Parameters<Db['addUser']>[0]): User => db.addUser(user),
    /** After this the old zone host answers 401 for the tenant's users (API.md §1.3, §6.3). */
    moveTenant(ci: number, zone: number): void {
      db.tenant(ci).zone = zone;
    },
    /** Every authenticated request the tenant has made (not only the rolling hour). */
    requestCount: (ci: number): number => db.tenant(ci).totalRequests,
    /** Requests in the current rolling hour, as ThresholdInformation reports them. */
    usage: (ci: number): number => windowCount(db.tenant(ci), now()),
    seedLinkedProducts: (n: number, options?: Parameters<typeof seedLinkedProducts>[2]): LinkedProduct[] =>
      seedLinkedProducts(db, n, options),
  };
}

export type AutotaskSim = ReturnType<typeof createAutotaskSim>;
