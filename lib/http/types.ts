// The contract of the one HTTP policy (lib/http/policy.ts). Both API clients send every request
// through it; nothing else in the extension calls fetch.
import type { AppError, DistributorRef, ErrorService } from '../errors/app-error';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRequest {
  service: ErrorService;
  /** Set on every request to a distributor: errors name it and its label. */
  distributor?: DistributorRef;
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Already serialised (JSON or XML). */
  body?: string;
  /** Reads are retried by the policy (backoff + jitter); writes are sent exactly once, never retried. */
  intent: 'read' | 'write';
  /** Concurrency key: at most `maxConcurrentPerKey` requests in flight per key (e.g. `autotask:Products`). */
  limitKey?: string;
  /** Entity or operation, for errors and logs (e.g. `Products.query`, `PriceAvailability`). */
  operation?: string;
  /** Per attempt; every attempt gets a fresh timer. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Removes secrets from a body before it may appear in an error (an XML body may carry a distributor password). */
  redactBody?: (body: string) => string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

/**
 * Decides what a response means for one service: undefined = a usable response (the caller parses
 * it), an AppError = a failure. The policy retries reads whose error kind is throttled, server or
 * network; it honours `retryAfterMs`.
 */
export type ResponseClassifier = (res: HttpResponse, req: HttpRequest) => AppError | undefined;

export type HttpSend = (req: HttpRequest) => Promise<HttpResponse>;
