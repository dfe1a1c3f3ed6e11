// @vitest-environment node
// The loopback HTTPS front only translates node ⇄ WHATWG and routes on the Host header; these tests
// drive it over real TLS with small fake simulators, as Chromium would with mapped host names.
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxCertificate } from './cert';
import { listenHttps } from './server';
import type { HttpsFront, Simulator } from './server';
import { DropConnection } from './tdsynnex/index';

// Node, not jsdom: under jsdom WebCrypto rejects the global ArrayBuffer (another realm), which
// selfsigned passes to subtle.sign.

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, host: string, path: string, init: { method?: string; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? 'GET',
        headers: { host },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A fake simulator that records what it was asked and answers with a fixed reply. */
function recordingSim(answer: () => Response | Promise<Response>) {
  const seen: { method: string; url: string; body: string; contentType: string | null }[] = [];
  const sim: Simulator = {
    async fetch(req) {
      seen.push({
        method: req.method,
        url: req.url,
        body: await req.text(),
        contentType: req.headers.get('content-type'),
      });
      return answer();
    },
  };
  return { sim, seen };
}

let front: HttpsFront | undefined;
afterEach(async () => {
  await front?.close();
  front = undefined;
});

describe('the sandbox HTTPS front', () => {
  it('hands a request for a production host name to that simulator, with its real URL', async () => {
    const autotask = recordingSim(() => Response.json({ item: null }, { headers: { 'x-sim': 'autotask' } }));
    front = await listenHttps((host) => (host.endsWith('.autotask.net') ? autotask.sim : undefined));

    const reply = await send(front.port, 'webservices22.autotask.net', '/atservicesrest/v1.0/Products/7?x=1');

    expect(autotask.seen).toEqual([
      {
        method: 'GET',
        url: 'https://webservices22.autotask.net/atservicesrest/v1.0/Products/7?x=1',
        body: '',
        contentType: null,
      },
    ]);
    expect(reply).toMatchObject({ status: 200, body: '{"item":null}', headers: { 'x-sim': 'autotask' } });
    expect(front.requests).toEqual([
      { method: 'GET', url: 'https://webservices22.autotask.net/atservicesrest/v1.0/Products/7?x=1' },
    ]);
  });

  it('passes a POST body and content type through unchanged and returns the status it was given', async () => {
    const xml = '<shipTo>Smith &amp; Sons &lt;HQ&gt;</shipTo>';
    const sim = recordingSim(
      () => new Response('<ok/>', { status: 201, headers: { 'content-type': 'application/xml' } }),
    );
    front = await listenHttps(() => sim.sim);

    const reply = await send(front.port, 'ec.us.tdsynnex.com', '/SynnexXML/PO', {
      method: 'POST',
      body: xml,
    });

    expect(sim.seen[0]).toMatchObject({
      method: 'POST',
      url: 'https://ec.us.tdsynnex.com/SynnexXML/PO',
      body: xml,
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toBe('<ok/>');
  });

  it('answers 404 for a host no simulator serves', async () => {
    front = await listenHttps(() => undefined);
    const reply = await send(front.port, 'example.com', '/');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('example.com');
  });

  it('never keeps a TD SYNNEX connection alive, so a dropped response is not silently re-sent', async () => {
    const sim = recordingSim(() => new Response('<ok/>'));
    front = await listenHttps(() => sim.sim);
    const tdsynnex = await send(front.port, 'ec.us.tdsynnex.com', '/SynnexXML/PriceAvailability', {
      method: 'POST',
    });
    const autotask = await send(front.port, 'webservices22.autotask.net', '/');
    expect(tdsynnex.headers.connection).toBe('close');
    expect(autotask.headers.connection).not.toBe('close');
  });

  it('resets the connection without any response when a simulator drops it', async () => {
    const sim: Simulator = {
      fetch: () => Promise.reject(new DropConnection()),
    };
    front = await listenHttps(() => sim);
    await expect(send(front.port, 'ec.us.tdsynnex.com', '/SynnexXML/PO', { method: 'POST' })).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
  });

  it('answers 500 when a simulator itself crashes', async () => {
    front = await listenHttps(() => ({ fetch: () => Promise.reject(new Error('bug in the simulator')) }));
    const reply = await send(front.port, 'webservices22.autotask.net', '/');
    expect(reply.status).toBe(500);
  });
});

describe('the sandbox certificate', () => {
  it('names every production host the browser is mapped to', async () => {
    const cert = new X509Certificate((await createSandboxCertificate()).cert);
    for (const host of [
      'webservices22.autotask.net',
      'ww22.autotask.net',
      'ec.us.tdsynnex.com',
      'testec.ca.tdsynnex.com',
    ]) {
      expect(cert.checkHost(host), host).toBeDefined();
    }
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkHost('autotask.example.com')).toBeUndefined();
  });
});
