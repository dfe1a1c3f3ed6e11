// The Autotask transport (API.md §1): zone discovery and caching, the auth headers, the one-host
// rule for credentials, the re-resolve-once-on-401 rule, and the API budget around the HTTP policy.
// lib/autotask/client.ts builds the entity operations on top of `json()`.
import { AppError, isAppError } from '../errors/app-error';
import { createHttp } from '../http/policy';
import type { HttpMethod, HttpResponse } from '../http/types';
import { createAutotaskBudget } from './budget';
import type { AutotaskBudget } from './budget';
import { classifyAutotask } from './classify';
import { API_VERSION, CONCURRENCY_PER_ENTITY, ZONE_LOOKUP_URL } from './limits';
import { parseJson } from './parse';
import type { ParseContext } from './parse';
import type { AutotaskCredentials, ZoneInfo } from './types';
import { createMemoryZoneCache, isTrustedAutotaskUrl, resolveZone } from './zone';
import type { ZoneCache } from './zone';

export interface AutotaskClientOptions {
  credentials: AutotaskCredentials;
  fetch?: typeof fetch;
  zoneCache?: ZoneCache;
  /** Shared by every client of the extension; the lead persists it (see budget.ts for the precedence). */
  budget?: AutotaskBudget;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Per attempt. */
  timeoutMs?: number;
}

export interface Call {
  /** Entity whose endpoint this is: the thread-limit key (API.md §3). */
  entity: string;
  method: HttpMethod;
  /** Relative to `<zone>/V1.0/`. */
  path?: string;
  /** An absolute URL Autotask gave us (nextPageUrl); must be on the zone's host. */
  url?: string;
  body?: unknown;
  intent: 'read' | 'write';
  operation: string;
}

export interface Transport {
  zone(signal?: AbortSignal): Promise<ZoneInfo>;
  /** Sends one call and returns its parsed JSON body with the context for zod errors. */
  json(call: Call, signal?: AbortSignal): Promise<{ body: unknown; ctx: ParseContext }>;
  budget: AutotaskBudget;
}

export function createTransport(options: AutotaskClientOptions): Transport {
  const { credentials } = options;
  const user = credentials.userName;
  const cache = options.zoneCache ?? createMemoryZoneCache();
  const budget = options.budget ?? createAutotaskBudget(options.now ? { now: options.now } : {});
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  // Counts what is really sent, retries included (Autotask counts every request); zoneInformation is free.
  const countingFetch: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.toLowerCase().startsWith(ZONE_LOOKUP_URL.toLowerCase())) budget.recordCall();
    return baseFetch(input, init);
  };
  const http = createHttp({
    fetch: countingFetch,
    classify: classifyAutotask,
    maxConcurrentPerKey: CONCURRENCY_PER_ENTITY,
    // The policy refuses redirects and any answer from another origin than the one asked (issue 11 §3),
    // so a response can only come from the zone host checked in target(); this is the outer fence.
    isAllowedUrl: isTrustedAutotaskUrl,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.timeoutMs ? { defaultTimeoutMs: options.timeoutMs } : {}),
  });

  // One resolution at a time per client, so concurrent 401s re-resolve the zone exactly once.
  let resolving: Promise<ZoneInfo> | undefined;
  const resolve = (signal?: AbortSignal) =>
    (resolving ??= (async () => {
      try {
        const zone = await resolveZone(http, user, signal);
        await cache.set(user, zone);
        return zone;
      } finally {
        resolving = undefined;
      }
    })());

  async function zone(signal?: AbortSignal): Promise<ZoneInfo> {
    return (await cache.get(user)) ?? resolve(signal);
  }

  async function reResolve(stale: ZoneInfo, signal?: AbortSignal): Promise<ZoneInfo> {
    const cached = await cache.get(user);
    if (cached && cached.url !== stale.url) return cached; // another request already re-resolved
    if (!resolving) await cache.delete(user);
    return resolve(signal);
  }

  function target(call: Call, zoneInfo: ZoneInfo): string {
    const url = call.url ?? `${zoneInfo.url}${API_VERSION}/${call.path ?? ''}`;
    // Credentials go only to https *.autotask.net, and only to the zone we resolved (API.md §2.4).
    if (!isTrustedAutotaskUrl(url) || new URL(url).host !== new URL(zoneInfo.url).host) {
      throw new AppError({
        kind: 'malformed-response',
        service: 'autotask',
        status: 0,
        code: 'untrusted-host',
        ...(call.url ? { field: 'pageDetails.nextPageUrl' } : { field: 'url' }),
        message: `Refused to send Autotask credentials to ${new URL(url, zoneInfo.url).host}: not the tenant's zone host.`,
        request: { method: call.method, url: new URL(url, zoneInfo.url).origin, operation: call.operation },
      });
    }
    return url;
  }

  function sendTo(zoneInfo: ZoneInfo, call: Call, signal?: AbortSignal): Promise<HttpResponse> {
    const url = target(call, zoneInfo);
    const headers: Record<string, string> = {
      ApiIntegrationCode: credentials.integrationCode,
      UserName: credentials.userName,
      Secret: credentials.secret,
      Accept: 'application/json',
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    return http({
      service: 'autotask',
      method: call.method,
      url,
      headers,
      intent: call.intent,
      limitKey: `autotask:${call.entity}`,
      operation: call.operation,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      ...(signal ? { signal } : {}),
    });
  }

  async function send(call: Call, signal?: AbortSignal): Promise<{ res: HttpResponse; ctx: ParseContext }> {
    await budget.beforeCall();
    const first = await zone(signal);
    const ctx = (z: ZoneInfo): ParseContext => ({
      endpoint: `${call.method} ${call.path ?? `${call.entity}/query/next`}`,
      method: call.method,
      url: call.url ?? `${z.url}${API_VERSION}/${call.path ?? ''}`,
      operation: call.operation,
    });
    try {
      return { res: await sendTo(first, call, signal), ctx: ctx(first) };
    } catch (err) {
      // A 401 may mean the tenant moved zones: drop the cached zone, re-resolve once, retry once.
      // A 401 means the request was not processed, so this is the one retry a write may get.
      if (!isAppError(err) || err.kind !== 'auth' || err.status !== 401) throw err;
      const fresh = await reResolve(first, signal);
      if (fresh.url === first.url || call.url) throw err; // same zone: the credentials are wrong
      await budget.beforeCall();
      return { res: await sendTo(fresh, call, signal), ctx: ctx(fresh) };
    }
  }

  async function json(call: Call, signal?: AbortSignal): Promise<{ body: unknown; ctx: ParseContext }> {
    const { res, ctx } = await send(call, signal);
    return { body: parseJson(res, ctx), ctx };
  }

  return { zone, json, budget };
}
