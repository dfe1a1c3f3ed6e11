// Loaded with `--import` into a runner child process: sends the production host names of Autotask,
// TD SYNNEX and Ingram Micro to the loopback sandbox (test/sandbox/server.ts) on
// BRIDGE_TEST_SANDBOX_PORT — what Chromium's --host-resolver-rules do for the e2e suite. The runner
// itself is unchanged: its clients call the real URLs through the global fetch.
import { request } from 'node:https';
import { INGRAM_SIM_HOST } from '../../sandbox/ingram/index';

const port = Number(process.env.BRIDGE_TEST_SANDBOX_PORT);
const original = globalThis.fetch;

const routed = (host: string) =>
  host.endsWith('.autotask.net') || host.endsWith('.tdsynnex.com') || host === INGRAM_SIM_HOST;

async function sandboxFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const req = new Request(input, init);
  const url = new URL(req.url);
  if (!routed(url.hostname)) return original(input, init);
  const body =
    req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.from(await req.arrayBuffer());
  return new Promise<Response>((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        servername: url.hostname,
        // The sandbox's certificate is made at its start and trusted by nobody.
        rejectUnauthorized: false,
        method: req.method,
        path: url.pathname + url.search,
        headers: { ...Object.fromEntries(req.headers), host: url.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of [value ?? []].flat()) headers.append(name, one);
          }
          const status = res.statusCode ?? 502;
          const empty = status === 204 || status === 304 || req.method === 'HEAD';
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    req.signal.addEventListener('abort', () => outgoing.destroy(req.signal.reason as Error));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

if (!Number.isInteger(port) || port <= 0) throw new Error('BRIDGE_TEST_SANDBOX_PORT is not set');
globalThis.fetch = sandboxFetch as typeof fetch;
