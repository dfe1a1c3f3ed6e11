// The one HTTP policy (issue 2 §2, STYLE.md §8). Every request of both API clients goes through
// `createHttp(...)`:
// - ofetch with its own retry OFF: ofetch would retry POSTs, report network errors as 500 and reuse
//   an aborted timeout signal on retry.
// - Reads are retried here, with exponential backoff and full jitter, on throttled / server /
//   network errors (Autotask `Itgenatr005` included, whatever its status — the classifier marks it
//   throttled), honouring Retry-After.
// - Writes are sent exactly once. A write that timed out, lost its connection or got a 5xx server
//   error throws with outcomeUnknown=true: only the caller (the outbox) may decide to look and resend.
// - Every attempt gets a fresh timeout merged with the caller's signal; a caller abort ends
//   everything at once with kind 'cancelled'.
// - At most `maxConcurrentPerKey` requests in flight per limitKey (API.md §3 thread limit).
// - Redirects are never followed (issue 11 §3): every request of both clients carries credentials
//   (Autotask's headers, a distributor's XML password or OAuth secret), and a browser following a 307/308 re-sends
//   them — custom headers and body included — to wherever `Location` points. `redirect: 'manual'`
//   stops the browser; the 3xx (or the browser's opaque redirect) is refused here, never retried,
//   and the final `response.url` must still be the requested origin and pass `isAllowedUrl`.
import { ofetch } from 'ofetch';
import { AppError } from '../errors/app-error';
import { classifyThrown } from '../errors/classify';
import { createLimiter } from './limiter';
import { redactRequest } from '../errors/redact';
import type { HttpRequest, HttpResponse, HttpSend, ResponseClassifier } from './types';

/** API.md §3: 3 concurrent requests per integration code + entity. */
export const DEFAULT_MAX_CONCURRENT_PER_KEY = 3;
/** First try + 3 retries for a read. */
export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Backoff ceiling doubles from here: 1 s, 2 s, 4 s… (full jitter picks uniformly below it). */
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
/**
 * Autotask has been seen asking for up to 300 s (API.md §1.3). Longer than this and we fail the read
 * with retryAfterMs set, so the caller (sync scheduler) can come back later instead of hanging a UI.
 */
export const MAX_RETRY_AFTER_MS = 120_000;

export interface HttpPolicyOptions {
  fetch?: typeof fetch;
  classify: ResponseClassifier;
  maxConcurrentPerKey?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  maxAttempts?: number;
  defaultTimeoutMs?: number;
  maxRetryAfterMs?: number;
  /** The hosts this client may talk to; a response from anywhere else is refused. */
  isAllowedUrl?: (url: string) => boolean;
}

const RETRYABLE_KINDS = new Set(['throttled', 'server', 'network']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHttp(options: HttpPolicyOptions): HttpSend {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const classify = options.classify;
  const limiter = createLimiter(options.maxConcurrentPerKey ?? DEFAULT_MAX_CONCURRENT_PER_KEY);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const isAllowedUrl = options.isAllowedUrl ?? (() => true);

  // Simulators implement `fetch(req: Request)`; a Request works with the browser's fetch too.
  const requestFetch: typeof fetch = (input, init) => baseFetch(new Request(input, init));
  const $http = ofetch.create(
    { retry: 0, ignoreResponseError: true, responseType: 'text' },
    { fetch: requestFetch },
  );

  async function attempt(req: HttpRequest): Promise<HttpResponse> {
    if (req.signal?.aborted) throw cancelled(req, false);
    let release: () => void = () => {};
    if (req.limitKey !== undefined) {
      try {
        release = await limiter.acquire(req.limitKey, req.signal);
      } catch {
        throw cancelled(req, false);
      }
    }
    try {
      const timeout = AbortSignal.timeout(req.timeoutMs ?? defaultTimeoutMs);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
      let res: Awaited<ReturnType<typeof $http.raw<string, 'text'>>>;
      try {
        // Raced against the signal too, so a fetch that ignores its signal cannot hang us.
        res = await raceSignal(
          $http.raw<string, 'text'>(req.url, {
            method: req.method,
            headers: req.headers ?? {},
            body: req.body,
            redirect: 'manual',
            signal,
          }),
          signal,
        );
      } catch (err) {
        if (req.signal?.aborted) throw cancelled(req, req.intent === 'write');
        if (timeout.aborted) throw classifyThrown(timeout.reason, req.service, req);
        throw classifyThrown(err, req.service, req);
      }
      const response: HttpResponse = {
        status: res.status,
        headers: res.headers,
        text: res._data ?? '',
        url: res.url || req.url,
      };
      const refused = refuseRedirect(res, response, req, isAllowedUrl);
      if (refused) throw refused;
      const error = classify(response, req);
      if (error) throw enrich(error, req);
      return response;
    } finally {
      release();
    }
  }

  function retryDelay(error: AppError, attemptNo: number): number | undefined {
    if (error.retryAfterMs !== undefined) {
      return error.retryAfterMs > maxRetryAfterMs ? undefined : error.retryAfterMs;
    }
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attemptNo - 1));
    return Math.floor(random() * ceiling); // full jitter (AWS architecture blog, "Exponential Backoff And Jitter")
  }

  return async function send(req: HttpRequest): Promise<HttpResponse> {
    // The service's own answer to an earlier attempt (5xx, 429). When a later retry then loses its
    // connection, the service was reachable: the user reads its answer ("<distributor> is unavailable"),
    // not "could not be reached — check the internet connection" (issue 10 §4).
    let answered: AppError | undefined;
    for (let attemptNo = 1; ; attemptNo += 1) {
      try {
        return await attempt(req);
      } catch (err) {
        const error = classifyThrown(err, req.service, req); // passes our AppErrors through
        const retryable =
          req.intent === 'read' &&
          RETRYABLE_KINDS.has(error.kind) &&
          error.code !== 'budget' &&
          attemptNo < maxAttempts;
        const delay = retryable ? retryDelay(error, attemptNo) : undefined;
        if (delay === undefined) {
          const lostAfterAnswer =
            answered && error.kind === 'network' && error.code !== 'timeout' && !req.signal?.aborted;
          throw lostAfterAnswer ? answered : error;
        }
        if (error.status > 0) answered = error;
        try {
          await raceSignal(sleep(delay), req.signal);
        } catch {
          throw cancelled(req, false);
        }
      }
    }
  };
}

/** 3xx, or the browser's status-0 opaque redirect, or an answer from another origin than asked. */
function refuseRedirect(
  raw: Response,
  res: HttpResponse,
  req: HttpRequest,
  isAllowedUrl: (url: string) => boolean,
): AppError | undefined {
  const redirected =
    raw.type === 'opaqueredirect' || raw.redirected || (res.status >= 300 && res.status < 400);
  const elsewhere = !sameOrigin(res.url, req.url) || !isAllowedUrl(res.url);
  if (!redirected && !elsewhere) return undefined;
  return new AppError({
    kind: 'malformed-response',
    service: req.service,
    ...(req.distributor ? { distributor: req.distributor.id } : {}),
    status: res.status,
    code: 'redirect-refused',
    field: 'location',
    message: `${req.distributor?.label ?? 'Autotask'} answered with a redirect${
      raw.type === 'opaqueredirect' ? '' : ` (HTTP ${res.status})`
    }; the extension does not follow redirects with credentials.`,
    request: redactRequest(req),
  });
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function cancelled(req: HttpRequest, inFlightWrite: boolean): AppError {
  return new AppError({
    kind: 'cancelled',
    service: req.service,
    ...(req.distributor ? { distributor: req.distributor.id } : {}),
    status: 0,
    message: 'The request was cancelled.',
    request: redactRequest(req),
    ...(inFlightWrite ? { outcomeUnknown: true } : {}),
  });
}

/** Adds the redacted request, and marks a write whose fate the server's answer does not tell. */
function enrich(error: AppError, req: HttpRequest): AppError {
  const data = error.toJSON();
  data.request ??= redactRequest(req);
  if (req.intent === 'write' && (error.kind === 'server' || error.kind === 'network'))
    data.outcomeUnknown = true;
  return new AppError(data, { cause: error.cause });
}

function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
