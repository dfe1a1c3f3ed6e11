import { describe, expect, it } from 'vitest';
import { createHttp } from '../../../lib/http/policy';
import { classifyStatus, parseRetryAfter } from '../../../lib/errors/classify';
import type { HttpRequest, ResponseClassifier } from '../../../lib/http/types';
import type { AppError } from '../../../lib/errors/app-error';

// A tiny scripted server: each request gets the next answer from the script ('hang' never answers,
// 'drop' fails like a lost connection). Every request is recorded with the signal it carried.
type Answer = number | { status: number; headers?: Record<string, string>; body?: string } | 'hang' | 'drop';

function fakeServer(script: Answer[], fallback: Answer = 200) {
  const seen: Request[] = [];
  let active = 0;
  let maxActive = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : new Request(input, init);
    seen.push(req);
    const answer = script.shift() ?? fallback;
    active += 1;
    maxActive = Math.max(maxActive, active);
    try {
      if (answer === 'hang') {
        return await new Promise<Response>((_resolve, reject) => {
          req.signal.addEventListener('abort', () => reject(req.signal.reason), { once: true });
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (answer === 'drop') throw new TypeError('fetch failed');
      const a = typeof answer === 'number' ? { status: answer } : answer;
      return new Response(a.body ?? (a.status < 400 ? '{"ok":true}' : '{"errors":["boom"]}'), {
        status: a.status,
        headers: { 'content-type': 'application/json', ...a.headers },
      });
    } finally {
      active -= 1;
    }
  };
  return { fetch: fetch as typeof globalThis.fetch, seen, maxActive: () => maxActive };
}

const classify: ResponseClassifier = (res, req) =>
  res.status >= 400
    ? classifyStatus(res.status, req.service, {
        request: req,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
      })
    : undefined;

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

const read = (extra: Partial<HttpRequest> = {}): HttpRequest => ({
  service: 'autotask',
  method: 'GET',
  url: 'https://webservices22.autotask.net/atservicesrest/V1.0/Products/1',
  headers: { Secret: 'demo-secret-1', UserName: 'api@contoso-msp.example' },
  intent: 'read',
  operation: 'Products.get',
  ...extra,
});

const write = (extra: Partial<HttpRequest> = {}): HttpRequest =>
  read({
    method: 'POST',
    url: 'https://webservices22.autotask.net/atservicesrest/V1.0/Products',
    intent: 'write',
    body: '{"name":"x"}',
    operation: 'Products.create',
    ...extra,
  });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the request to fail');
}

describe('the HTTP policy', () => {
  it('returns the status, headers and text of a usable response', async () => {
    const server = fakeServer([{ status: 200, body: '{"item":null}' }]);
    const send = createHttp({ fetch: server.fetch, classify });
    const res = await send(read());
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"item":null}');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(server.seen[0]?.headers.get('Secret')).toBe('demo-secret-1');
  });

  it('retries a read on 5xx with exponential backoff and full jitter', async () => {
    const server = fakeServer([503, 502, 500]);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 0.5 });
    const res = await send(read());
    expect(res.status).toBe(200);
    expect(server.seen).toHaveLength(4);
    // ceilings 1 s, 2 s, 4 s; random 0.5 picks the middle of each
    expect(delays).toEqual([500, 1000, 2000]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const server = fakeServer([
      { status: 429, headers: { 'retry-after': '7' } },
      { status: 429, headers: { 'retry-after': inTenSeconds } },
    ]);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 0 });
    await send(read());
    expect(delays[0]).toBe(7000);
    expect(delays[1]).toBeGreaterThan(8000);
    expect(delays[1]).toBeLessThanOrEqual(10_000);
  });

  it('gives up on a read after maxAttempts and says why', async () => {
    const server = fakeServer([], 503);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 1, maxAttempts: 3 });
    const error = await failure(send(read()));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
    expect(server.seen).toHaveLength(3);
    expect(delays).toEqual([1000, 2000]);
  });

  it('fails a read at once when the server asks for a wait longer than the policy allows', async () => {
    const server = fakeServer([{ status: 429, headers: { 'retry-after': '300' } }]);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep });
    const error = await failure(send(read()));
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterMs).toBe(300_000);
    expect(server.seen).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('does not retry a read that was rejected as invalid', async () => {
    const server = fakeServer([400]);
    const send = createHttp({ fetch: server.fetch, classify, sleep: recordingSleep().sleep });
    const error = await failure(send(read()));
    expect(error.kind).toBe('validation');
    expect(server.seen).toHaveLength(1);
  });

  it('retries a read whose connection dropped', async () => {
    const server = fakeServer(['drop']);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 0.25 });
    const res = await send(read());
    expect(res.status).toBe(200);
    expect(server.seen).toHaveLength(2);
    expect(delays).toEqual([250]);
  });

  it('sends a write exactly once and marks a 5xx as outcome unknown', async () => {
    const server = fakeServer([503]);
    const send = createHttp({ fetch: server.fetch, classify, sleep: recordingSleep().sleep });
    const error = await failure(send(write()));
    expect(error.kind).toBe('server');
    expect(error.outcomeUnknown).toBe(true);
    expect(server.seen).toHaveLength(1);
  });

  it('does not mark a rejected write (429) as outcome unknown, and does not resend it', async () => {
    const server = fakeServer([{ status: 429, headers: { 'retry-after': '1' } }]);
    const send = createHttp({ fetch: server.fetch, classify, sleep: recordingSleep().sleep });
    const error = await failure(send(write()));
    expect(error.kind).toBe('throttled');
    expect(error.outcomeUnknown).toBeUndefined();
    expect(server.seen).toHaveLength(1);
  });

  it('sends a write that times out once, and reports its outcome as unknown', async () => {
    const server = fakeServer(['hang']);
    const send = createHttp({ fetch: server.fetch, classify, sleep: recordingSleep().sleep });
    const error = await failure(send(write({ timeoutMs: 30 })));
    expect(error.kind).toBe('network');
    expect(error.code).toBe('timeout');
    expect(error.status).toBe(0);
    expect(error.outcomeUnknown).toBe(true);
    expect(server.seen).toHaveLength(1);
  });

  it('sends a write whose connection dropped once, outcome unknown', async () => {
    const server = fakeServer(['drop']);
    const send = createHttp({ fetch: server.fetch, classify, sleep: recordingSleep().sleep });
    const error = await failure(send(write()));
    expect(error.kind).toBe('network');
    expect(error.outcomeUnknown).toBe(true);
    expect(server.seen).toHaveLength(1);
  });

  it('gives every attempt a fresh timeout', async () => {
    const server = fakeServer(['hang', 'hang']);
    const { delays, sleep } = recordingSleep();
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 0 });
    const res = await send(read({ timeoutMs: 40 }));
    expect(res.status).toBe(200);
    expect(server.seen).toHaveLength(3);
    expect(delays).toEqual([0, 0]);
    // the first two attempts were aborted by their own timers; the third carried a live signal
    expect(server.seen[0]?.signal.aborted).toBe(true);
    expect(server.seen[1]?.signal.aborted).toBe(true);
    expect(server.seen[2]?.signal.aborted).toBe(false);
  });

  it('stops at once when the caller aborts during a backoff wait', async () => {
    const server = fakeServer([], 503);
    const controller = new AbortController();
    const sleep = (ms: number) => {
      controller.abort();
      return new Promise<void>((resolve) => setTimeout(resolve, ms * 1000)); // would wait far too long
    };
    const send = createHttp({ fetch: server.fetch, classify, sleep, random: () => 1 });
    const started = Date.now();
    const error = await failure(send(read({ signal: controller.signal })));
    expect(error.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.seen).toHaveLength(1);
  });

  it('stops at once when the caller aborts a request in flight; a write so aborted is outcome unknown', async () => {
    const server = fakeServer(['hang']);
    const controller = new AbortController();
    const send = createHttp({ fetch: server.fetch, classify });
    const pending = failure(send(write({ signal: controller.signal })));
    setTimeout(() => controller.abort(), 10);
    const error = await pending;
    expect(error.kind).toBe('cancelled');
    expect(error.outcomeUnknown).toBe(true);
  });

  it('sends nothing when the caller has already aborted', async () => {
    const server = fakeServer([]);
    const send = createHttp({ fetch: server.fetch, classify });
    const error = await failure(send(read({ signal: AbortSignal.abort() })));
    expect(error.kind).toBe('cancelled');
    expect(error.outcomeUnknown).toBeUndefined();
    expect(server.seen).toHaveLength(0);
  });

  it('keeps at most three requests in flight per limit key, and other keys run alongside', async () => {
    const server = fakeServer([]);
    const send = createHttp({ fetch: server.fetch, classify });
    const products = Array.from({ length: 7 }, () => send(read({ limitKey: 'autotask:Products' })));
    await Promise.all(products);
    expect(server.maxActive()).toBe(3);

    const mixed = fakeServer([]);
    const sendMixed = createHttp({ fetch: mixed.fetch, classify });
    await Promise.all([
      ...Array.from({ length: 3 }, () => sendMixed(read({ limitKey: 'autotask:Products' }))),
      ...Array.from({ length: 3 }, () => sendMixed(read({ limitKey: 'autotask:Companies' }))),
    ]);
    expect(mixed.maxActive()).toBe(6);
  });

  it('puts a redacted request in every error: no headers, no body, no secret', async () => {
    const server = fakeServer([401]);
    const send = createHttp({ fetch: server.fetch, classify });
    const error = await failure(send(write({ body: '{"secret":"demo-secret-1"}' })));
    expect(error.kind).toBe('auth');
    expect(error.request).toEqual({
      method: 'POST',
      url: 'https://webservices22.autotask.net/atservicesrest/V1.0/Products',
      operation: 'Products.create',
    });
    expect(JSON.stringify(error)).not.toContain('demo-secret-1');
    expect(error.message).not.toContain('demo-secret-1');
  });
});
