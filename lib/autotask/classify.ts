// Autotask's answers → AppError (API.md §1.3). The HTTP policy retries reads whose kind this returns
// as throttled or server; everything else reaches the caller as is.
import { AppError } from '../errors/app-error';
import { classifyStatus, looksLikeHtml, parseRetryAfter } from '../errors/classify';
import { redactRequest } from '../errors/redact';
import type { ResponseClassifier } from '../http/types';

/** The thread-limit code; it may come with a non-429 status (API.md §1.3, §3). */
export const THREAD_LIMIT_CODE = 'Itgenatr005';

/** `errors[]` of an Autotask error body, or undefined when the body has none. */
export function autotaskErrors(text: string): string[] | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null) return undefined;
    const errors = (body as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) return errors.map(String);
    const aspNet = (body as { Message?: unknown }).Message; // 404/405 bodies (API.md §1.3)
    if (typeof aspNet === 'string') return [aspNet];
  } catch {
    // not JSON
  }
  return undefined;
}

/** `GET PurchaseOrders/1042`: the endpoint as the user and the log name it (path below /V1.0/). */
export function endpointOf(req: { method: string; url: string }): string {
  const path = new URL(req.url).pathname.replace(/^.*?\/v1\.0\//i, '').replace(/^\/atservicesrest\//i, '');
  return `${req.method} ${path}`;
}

export const classifyAutotask: ResponseClassifier = (res, req) => {
  const ok = res.status >= 200 && res.status < 300;
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
  const request = redactRequest(req);

  // Only an error answer carries the code: a product named "Itgenatr005" in a 200 page is data
  // (issue 7 §3), not a reason to retry the read.
  if (
    res.text.includes(THREAD_LIMIT_CODE) &&
    (!ok || autotaskErrors(res.text)?.some((e) => e.includes(THREAD_LIMIT_CODE)))
  ) {
    return new AppError({
      kind: 'throttled',
      service: 'autotask',
      status: res.status,
      code: THREAD_LIMIT_CODE,
      message: 'Autotask refused the request: too many requests at once for this entity (thread limit).',
      apiErrors: autotaskErrors(res.text) ?? [],
      request,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (ok) {
    // A login or maintenance page with 200 is not an answer (STYLE.md §5).
    if (looksLikeHtml(res.text, res.headers.get('content-type'))) {
      return new AppError({
        kind: 'malformed-response',
        service: 'autotask',
        status: res.status,
        message: `Autotask answered ${endpointOf(req)} with an HTML page instead of JSON.`,
        field: '(body)',
        request,
      });
    }
    return undefined;
  }

  const apiErrors = autotaskErrors(res.text);
  const details = {
    request,
    ...(apiErrors ? { apiErrors } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
  const said = apiErrors ? `: ${apiErrors.join(' ')}` : '.';
  switch (res.status) {
    case 401:
      return classifyStatus(401, 'autotask', {
        ...details,
        message: 'Autotask rejected the API user name, secret or integration code (401).',
      });
    case 403:
      return classifyStatus(403, 'autotask', {
        ...details,
        message: "The API user's security level does not allow this (403).",
      });
    case 404:
      // Records that do not exist come back as 200 {"item":null}; a 404 is an unknown route.
      return new AppError({
        kind: 'validation',
        service: 'autotask',
        status: 404,
        code: 'unknown-route',
        message: `Autotask does not know this address (404)${said}`,
        ...details,
      });
    case 405:
      return new AppError({
        kind: 'validation',
        service: 'autotask',
        status: 405,
        code: 'method-not-allowed',
        message: `Autotask does not accept ${req.method} here (405)${said}`,
        ...details,
      });
    case 429:
      return classifyStatus(429, 'autotask', {
        ...details,
        message: 'Autotask is throttling this tenant: the hourly request threshold is used up (429).',
      });
    default:
      break;
  }
  if (res.status >= 500 && apiErrors) {
    // 500 + errors[] is Autotask's way of saying "your request broke a rule" (API.md §1.3, §6.2).
    return new AppError({
      kind: 'validation',
      service: 'autotask',
      status: res.status,
      message: `Autotask rejected the request${said}`,
      ...details,
    });
  }
  return classifyStatus(res.status, 'autotask', details);
};
