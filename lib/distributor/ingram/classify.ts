// The HTTP-level reading of an Ingram Micro answer, run by the policy (lib/http/policy.ts) on every
// response: status codes, Ingram's error bodies, HTML pages and non-JSON content types. What a
// usable JSON answer means is read by the operation files (price-availability.ts …).
//
// Error bodies seen in the reference (APIS.md §2.1, §2.6; IM-SPEC examples):
//   {"errors":[{"id"|"traceid","type","message","fields":[{"field","value","message"}]}]}  (also
//   wrapped in an array), {"message"} from the token endpoint, {"fault":{"faultstring",…}} on a
//   token 500, and {"faultcode","faultstring":"Invalid customer number. …"} (IM-REQ).
import type { AppError, ErrorKind } from '../../errors/app-error';
import { looksLikeHtml, parseRetryAfter, tryAgainAt } from '../../errors/classify';
import { redactRequest } from '../../errors/redact';
import type { HttpRequest, HttpResponse, ResponseClassifier } from '../../http/types';
import { INGRAM_NAME, ingramError, malformed } from './errors';
import { TOKEN_URL } from './hosts';
import { redactIngramBody } from './redact';

/** `application/json` or any `+json` type; a missing header is judged by the body. */
const JSON_CONTENT_TYPE = /^application\/([\w.-]+\+)?json\b/i;

/**
 * Stable codes for refusals the UI explains. Matched against every message and field of the error
 * body. Sources:
 * - invalid-customer-number: IM-REQ faultstring "Invalid customer number. …" and IM-SPEC's field
 *   message "Invalid CustomerNumber" (field IM-CustomerNumber). Documented.
 * - not-authorized-to-purchase, credit-terms-required, duplicate-po: [decision] NOT documented —
 *   IM-SPEC only says order create needs net terms, that PNA reports `productAuthorized`, and that
 *   `allowDuplicateCustomerOrderNumber` exists (so duplicates are refused by default). The patterns
 *   below are our choice; the simulator (test/sandbox/ingram/errors.ts) answers with these texts.
 */
export const INGRAM_ERROR_CODES: { code: string; pattern: RegExp }[] = [
  { code: 'invalid-customer-number', pattern: /invalid customer ?number/i },
  { code: 'not-authorized-to-purchase', pattern: /not authori[sz]ed to (purchase|buy|order)/i },
  { code: 'credit-terms-required', pattern: /net terms|credit (terms|hold|limit)/i },
  { code: 'duplicate-po', pattern: /duplicate (customer )?(order|po)|order number already (exists|used)/i },
];

import { exchangeContext } from '../exchange';

export { exchangeContext };

export const classifyIngramResponse: ResponseClassifier = (
  res: HttpResponse,
  req: HttpRequest,
): AppError | undefined => {
  if (res.status >= 300) return classifyFailure(res, req);
  const ctx = exchangeContext(req, res.status, redactIngramBody);
  const contentType = res.headers.get('content-type');
  if (looksLikeHtml(res.text, contentType))
    return malformed(ctx, undefined, `an HTML page instead of JSON (HTTP ${res.status})`);
  if (res.status === 204 || res.text.trim() === '') return undefined; // the parsers decide
  if (contentType && !JSON_CONTENT_TYPE.test(contentType.trim()))
    return malformed(
      ctx,
      undefined,
      `content type ${JSON.stringify(contentType.slice(0, 80))} instead of JSON`,
    );
  return undefined;
};

function classifyFailure(res: HttpResponse, req: HttpRequest): AppError {
  const isToken = req.url.split('?')[0] === TOKEN_URL || req.operation === 'Token';
  const apiErrors = errorTexts(res.text).map(redactIngramBody);
  const named = INGRAM_ERROR_CODES.find((entry) => apiErrors.some((text) => entry.pattern.test(text)));
  const retryAfterMs = retryAfter(res.headers);
  const base = {
    status: res.status,
    request: redactRequest(req),
    ...(apiErrors.length > 0 ? { apiErrors } : {}),
  };
  const detail = apiErrors.length > 0 ? `: ${apiErrors.join('; ')}` : '';
  const fail = (kind: ErrorKind, code: string, message: string) =>
    ingramError({ ...base, kind, code, message });

  if (isToken && (res.status === 400 || res.status === 401))
    return fail('auth', 'token-refused', `${INGRAM_NAME} refused the client ID or secret${detail}`);
  if (res.status === 401)
    return fail('auth', 'unauthorized', `${INGRAM_NAME} did not accept the access token (HTTP 401)`);
  if (res.status === 429) {
    return ingramError({
      ...base,
      kind: 'throttled',
      code: 'rate-limited',
      message: `${INGRAM_NAME} is throttling requests (HTTP 429): ${tryAgainAt(retryAfterMs)}`,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  // A named refusal is a fact about the account or the order, whatever the status: never retried.
  if (named && res.status !== 403)
    return fail('validation', named.code, `${INGRAM_NAME} refused the request${detail}`);
  if (res.status === 403)
    return fail('permission', named?.code ?? 'forbidden', `${INGRAM_NAME} denied access${detail}`);
  if (res.status === 404) return fail('not-found', 'not-found', `${INGRAM_NAME} found nothing${detail}`);
  if (res.status >= 500) {
    return ingramError({
      ...base,
      kind: 'server',
      code: 'unavailable',
      message: `${INGRAM_NAME} is unavailable (HTTP ${res.status}): ${tryAgainAt(retryAfterMs)}${detail}`,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (res.status >= 300 && res.status < 400)
    return fail('malformed-response', 'redirect-refused', `${INGRAM_NAME} answered with a redirect`);
  return fail(
    'validation',
    'validation-failed',
    `${INGRAM_NAME} refused the request (HTTP ${res.status})${detail}`,
  );
}

/** Retry-After, else IM-RATE's `X-RateLimit-Reset` (epoch seconds). */
function retryAfter(headers: Headers, now = Date.now()): number | undefined {
  const after = parseRetryAfter(headers.get('retry-after'), now);
  if (after !== undefined) return after;
  const reset = Number(headers.get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
}

/** Every message of an Ingram error body, whichever of its shapes; [] when the body is not one. */
export function errorTexts(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isRecord(value)) return;
    if (Array.isArray(value.errors)) return value.errors.forEach(visitError);
    if (isRecord(value.fault)) return visit(value.fault);
    const message = str(value.faultstring) ?? str(value.message);
    if (message) out.push(message);
  };
  const visitError = (error: unknown) => {
    if (!isRecord(error)) return;
    // `messaage` is how one IM-SPEC example spells it.
    const message = str(error.message) ?? str(error.messaage);
    if (message) out.push(message);
    if (!Array.isArray(error.fields)) return;
    for (const field of error.fields) {
      if (!isRecord(field)) continue;
      const name = str(field.field);
      const text = str(field.message);
      if (text) out.push(name ? `${name}: ${text}` : text);
    }
  };
  visit(parsed);
  return out.slice(0, 20).map((text) => text.slice(0, 300));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
