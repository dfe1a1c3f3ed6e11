// Generic raw-failure → AppError helpers (STYLE.md §6). Service classifiers (lib/autotask/classify.ts,
// the TD SYNNEX adapter) build on these; the HTTP policy uses classifyThrown for failures without a
// response.
import { AppError } from './app-error';
import type { AppErrorData, ErrorKind, ErrorService } from './app-error';
import { redactRequest } from '../http/redact';

const SERVICE_NAME: Record<ErrorService, string> = {
  autotask: 'Autotask',
  tdsynnex: 'TD SYNNEX',
  distributor: 'The distributor',
  extension: 'The extension',
};

export interface StatusDetails {
  message?: string;
  code?: string;
  apiErrors?: string[];
  request?: { method: string; url: string; operation?: string };
  retryAfterMs?: number;
  outcomeUnknown?: boolean;
}

export function kindForStatus(status: number): ErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'network';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  if (status >= 400) return 'validation'; // 400, 405 (wrong verb), 413, 422…
  return 'server'; // a non-error status that the caller still could not use
}

const DEFAULT_MESSAGE: Record<ErrorKind, string> = {
  auth: 'rejected the credentials',
  permission: 'denied access to this resource',
  validation: 'rejected the request',
  'not-found': 'could not find the resource',
  throttled: 'is throttling requests',
  network: 'could not be reached',
  server: 'had an internal error',
  'malformed-response': 'sent a response the extension could not read',
  storage: 'could not store data',
  conflict: 'reported a conflict',
  cancelled: 'request was cancelled',
};

/** When a service that is down is worth trying again: its Retry-After, or a few minutes from now. */
export const UNAVAILABLE_RETRY_MS = 5 * 60_000;

/** "try again at 14:35" — a clock time the user can act on (issue 10 §4). */
export function tryAgainAt(retryAfterMs: number | undefined, now = Date.now()): string {
  const at = new Date(now + (retryAfterMs ?? UNAVAILABLE_RETRY_MS));
  return `try again at ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

function defaultMessage(
  kind: ErrorKind,
  service: ErrorService,
  status: number,
  retryAfterMs?: number,
): string {
  // A distributor answering 5xx is down or in maintenance, not "an internal error" of ours.
  if (service === 'tdsynnex' && kind === 'server')
    return `TD SYNNEX is unavailable (HTTP ${status}): ${tryAgainAt(retryAfterMs)}.`;
  return `${SERVICE_NAME[service]} ${DEFAULT_MESSAGE[kind]} (HTTP ${status}).`;
}

export function classifyStatus(status: number, service: ErrorService, details: StatusDetails = {}): AppError {
  const kind = kindForStatus(status);
  const data: AppErrorData = {
    kind,
    service,
    status,
    message: details.message ?? defaultMessage(kind, service, status, details.retryAfterMs),
  };
  if (details.code !== undefined) data.code = details.code;
  if (details.apiErrors !== undefined) data.apiErrors = details.apiErrors;
  if (details.request !== undefined) data.request = redactRequest(details.request);
  if (details.retryAfterMs !== undefined) data.retryAfterMs = details.retryAfterMs;
  if (details.outcomeUnknown !== undefined) data.outcomeUnknown = details.outcomeUnknown;
  return new AppError(data);
}

export interface ThrownContext {
  method: string;
  url: string;
  operation?: string;
  /** A write whose request may have left the browser has an unknown outcome. */
  intent?: 'read' | 'write';
}

function errorName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err)
    return String((err as { name: unknown }).name);
  return '';
}

/**
 * A failure without a response: network error, timeout, abort. Status 0. Writes get
 * outcomeUnknown=true — the request may have reached the server before the connection was lost.
 */
export function classifyThrown(err: unknown, service: ErrorService, request: ThrownContext): AppError {
  if (isAppErrorInstance(err)) return err;
  // ofetch wraps the fetch failure in a FetchError whose cause is the original error.
  const cause =
    errorName(err) === 'FetchError' && err instanceof Error && err.cause !== undefined ? err.cause : err;
  const name = errorName(cause);
  const write = request.intent === 'write';
  const base = { service, status: 0, request: redactRequest(request) };
  const unknown = write ? { outcomeUnknown: true } : {};
  const who = SERVICE_NAME[service];
  if (name === 'TimeoutError') {
    return new AppError(
      { ...base, ...unknown, kind: 'network', code: 'timeout', message: `${who} did not answer in time.` },
      { cause },
    );
  }
  if (name === 'AbortError') {
    return new AppError(
      { ...base, ...unknown, kind: 'cancelled', message: 'The request was cancelled.' },
      { cause },
    );
  }
  return new AppError(
    { ...base, ...unknown, kind: 'network', message: `${who} could not be reached (network error).` },
    { cause },
  );
}

function isAppErrorInstance(err: unknown): err is AppError {
  return err instanceof Error && errorName(err) === 'AppError' && 'kind' in err;
}

/** True when a body meant to be JSON or XML is an HTML page (a login page, a proxy error, a maintenance page). */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  if (contentType && /\bhtml\b/i.test(contentType) && !/xhtml\+xml/i.test(contentType)) return true;
  const head = text.trimStart().slice(0, 512).toLowerCase();
  // A JSON or XML document is not a page, whatever its values hold: a product named
  // "<body onload=…>" must not turn an Autotask answer into "an HTML page" (issue 7 §1).
  if (/^(\{|\[|<\?xml)/.test(head)) return false;
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body)[\s>]/.test(head);
}

/**
 * Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when
 * absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
