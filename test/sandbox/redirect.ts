// The redirect fault knob (issue 11 §3) for both simulators, and the place a redirect points to.
// `withRedirects(sim)` answers the next matching requests with a 3xx whose Location is on a
// *second host* — a path under REDIRECT_TARGET_PATH on any host — where `collector` records every
// request that arrives, headers and body included, so a test can say what the redirect target
// received. In the HTTPS sandbox Chromium follows (or not) the redirect itself; in vitest
// `browserFetch` does what a browser's fetch does with `request.redirect` (Fetch standard §4.4
// "HTTP-redirect fetch": custom headers and, for 307/308, the body go along to the new host).
import type { Simulator } from './server';

export const REDIRECT_TARGET_PATH = '/__redirect-target';
export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

export interface CollectedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface RedirectKnobs {
  /** The next `count` requests whose URL contains `urlPart` answer `status` with Location `location`. */
  redirectNext(
    status: RedirectStatus,
    location: string,
    options?: { count?: number; urlPart?: string },
  ): void;
  clear(): void;
}

/** What the second host received. */
export function createCollector() {
  const received: CollectedRequest[] = [];
  return {
    received,
    isTarget: (url: string) => new URL(url).pathname.startsWith(REDIRECT_TARGET_PATH),
    async fetch(req: Request): Promise<Response> {
      const headers: Record<string, string> = {};
      req.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
      received.push({ method: req.method, url: req.url, headers, body });
      return new Response('collected', { status: 200, headers: { 'content-type': 'text/plain' } });
    },
  };
}
export type Collector = ReturnType<typeof createCollector>;

export function withRedirects<S extends Simulator>(sim: S): S & { redirects: RedirectKnobs } {
  const queue: { status: RedirectStatus; location: string; urlPart: string; remaining: number }[] = [];
  const redirects: RedirectKnobs = {
    redirectNext(status, location, options = {}) {
      queue.push({ status, location, urlPart: options.urlPart ?? '', remaining: options.count ?? 1 });
    },
    clear: () => void (queue.length = 0),
  };
  const fetch = async (req: Request): Promise<Response> => {
    const index = queue.findIndex((entry) => req.url.includes(entry.urlPart));
    const entry = queue[index];
    if (!entry) return sim.fetch(req);
    entry.remaining -= 1;
    if (entry.remaining === 0) queue.splice(index, 1);
    return new Response(null, { status: entry.status, headers: { location: entry.location } });
  };
  // Own properties copied as descriptors: a simulator's getters (live counters) stay getters.
  const copy = Object.create(sim, Object.getOwnPropertyDescriptors(sim)) as S;
  return Object.assign(copy, { fetch, redirects });
}

/**
 * A fetch that treats redirects as a browser does: `follow` re-sends the request to Location —
 * headers kept, body kept for 307/308 — `error` rejects, `manual` hands back the 3xx (as Node does;
 * a browser hands back a status-0 "opaqueredirect", which the policy refuses the same way).
 */
export function browserFetch(route: (url: string) => (req: Request) => Promise<Response>) {
  return async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let req = new Request(input, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.clone().text();
      const res = await route(req.url)(req);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || location === null) {
        if (hops > 0) Object.defineProperties(res, { url: { value: req.url }, redirected: { value: true } });
        return res;
      }
      if (req.redirect === 'error') throw new TypeError('Failed to fetch (redirect mode is "error")');
      if (req.redirect === 'manual') return res;
      const keepsBody = res.status === 307 || res.status === 308;
      const method = keepsBody || req.method === 'GET' ? req.method : 'GET';
      req = new Request(new URL(location, req.url), {
        method,
        headers: req.headers,
        ...(keepsBody && body !== undefined ? { body } : {}),
      });
    }
    throw new TypeError('Failed to fetch (too many redirects)');
  };
}
