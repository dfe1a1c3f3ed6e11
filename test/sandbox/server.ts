// The loopback HTTPS server that puts both simulators behind their real production host names
// (E2E.md "End-to-end in real Chromium"). Chromium maps *.autotask.net and *.tdsynnex.com to this
// port, so the extension's unchanged production URLs reach the same `sim.fetch` the unit tests call
// in-process. The server only translates node ⇄ WHATWG; every behaviour lives in the simulators.
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAutotaskSim } from './autotask/index';
import { createTdSynnexSim, DropConnection } from './tdsynnex/index';
import { createIngramSim, INGRAM_SIM_HOST } from './ingram/index';
import { createSandboxCertificate } from './cert';
import { createCollector, withRedirects } from './redirect';
import type { Collector, RedirectKnobs } from './redirect';

export interface SandboxOptions {
  /** 0 (the default) picks any free port; the `npm run sandbox` CLI uses 8443. */
  port?: number;
  seed?: 'demo';
}

export interface Sandbox {
  port: number;
  autotask: ReturnType<typeof createAutotaskSim> & { redirects: RedirectKnobs };
  tdsynnex: ReturnType<typeof createTdSynnexSim> & { redirects: RedirectKnobs };
  ingram: ReturnType<typeof createIngramSim> & { redirects: RedirectKnobs };
  /** What arrived at a redirect's target (any host, path `/__redirect-target…`; redirect.ts). */
  redirectTarget: Collector;
  /** Every request that reached the server, oldest first — what the browser really sent. */
  requests: SandboxRequest[];
  /** The Chromium flag that sends the production host names to this server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

export interface SandboxRequest {
  method: string;
  /** `https://<production host><path>` as the simulator saw it. */
  url: string;
}

export interface Simulator {
  fetch(req: Request): Promise<Response>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const simOptions = options.seed ? { seed: options.seed } : {};
  const autotask = withRedirects(createAutotaskSim(simOptions));
  const tdsynnex = withRedirects(createTdSynnexSim(simOptions));
  const ingram = withRedirects(createIngramSim(simOptions));
  const redirectTarget = createCollector();
  // The redirect knob's second host: its path, on any host the server answers.
  const orTarget = (sim: Simulator): Simulator => ({
    fetch: (req) => (redirectTarget.isTarget(req.url) ? redirectTarget.fetch(req) : sim.fetch(req)),
  });
  const server = await listenHttps((hostname) => {
    if (hostname === 'autotask.net' || hostname.endsWith('.autotask.net')) return orTarget(autotask);
    if (hostname === 'tdsynnex.com' || hostname.endsWith('.tdsynnex.com')) return orTarget(tdsynnex);
    if (hostname === INGRAM_SIM_HOST) return orTarget(ingram);
    return undefined;
  }, options.port);
  return { ...server, autotask, tdsynnex, ingram, redirectTarget };
}

export interface HttpsFront {
  port: number;
  requests: SandboxRequest[];
  hostResolverRules: string;
  close(): Promise<void>;
}

/** One loopback HTTPS server routing on the Host header; exported for its own tests. */
export async function listenHttps(
  route: (hostname: string) => Simulator | undefined,
  port = 0,
): Promise<HttpsFront> {
  const requests: SandboxRequest[] = [];
  const server = createServer(await createSandboxCertificate(), (req, res) => {
    void serve(req, res, route, requests);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    requests,
    hostResolverRules: `MAP *.autotask.net 127.0.0.1:${actualPort},MAP *.tdsynnex.com 127.0.0.1:${actualPort},MAP ${INGRAM_SIM_HOST} 127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  route: (hostname: string) => Simulator | undefined,
  requests: SandboxRequest[],
): Promise<void> {
  // The Host header carries the production name Chromium asked for (the port is ours, not theirs).
  const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  requests.push({ method: req.method ?? 'GET', url: `https://${hostname}${req.url ?? '/'}` });
  const sim = route(hostname);
  if (!sim) {
    res
      .writeHead(404, { 'content-type': 'text/plain' })
      .end(`No simulator serves ${hostname || '(no host)'}`);
    return;
  }
  let response: Response;
  try {
    response = await sim.fetch(await toRequest(req, hostname));
  } catch (error) {
    if (error instanceof DropConnection) {
      // "Order created, connection dropped before the response" (TDSYNNEX-XML.md rule 7): the
      // client must see a reset socket, never a status line.
      req.socket.destroy();
      return;
    }
    console.error(`sandbox: ${req.method} https://${hostname}${req.url}:`, error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Sandbox simulator crashed; see the server log.');
    return;
  }
  // Ingram too: its order create is the other write whose dropped answer must stay lost.
  await send(
    response,
    res,
    req.method === 'HEAD',
    hostname.endsWith('.tdsynnex.com') || hostname === INGRAM_SIM_HOST,
  );
}

async function toRequest(req: IncomingMessage, hostname: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    // Buffered: sandbox bodies are small, and a buffered body keeps Request construction simple.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(`https://${hostname}${req.url ?? '/'}`, { method, headers, body });
}

async function send(response: Response, res: ServerResponse, isHead: boolean, neverKeepAlive: boolean) {
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  // Chromium silently re-sends a POST when a *reused* keep-alive connection is reset before any
  // response (TDSYNNEX-XML.md rule 7). A fresh connection per TD SYNNEX request means a dropped
  // order response is seen as lost — the case the exactly-once outbox must settle — not replayed.
  if (neverKeepAlive) res.setHeader('connection', 'close');
  res.writeHead(response.status, response.statusText || undefined);
  if (isHead || !response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch (error) {
    // A simulator that breaks its body mid-stream (a truncated-body fault) reaches the client as a
    // connection cut short, which is what such a fault looks like in the wild.
    console.error('sandbox: response body failed:', error);
    res.destroy();
  }
}
