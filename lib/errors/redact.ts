// Redaction: what of a request may appear in an error, a log or the activity view. Headers never
// leave the policy (Autotask sends `Secret` on every call, API.md §1.1); bodies only through a
// redactor (a distributor may put a password in every XML body).
import type { RedactedRequest } from './app-error';

export const REDACTED = '[redacted]';

/** Header and field names whose values are secrets, compared case-insensitively. */
const SECRET_NAME =
  /^(secret|password|passwd|authorization|proxy-authorization|cookie|set-cookie|api[-_]?key|token|access[-_]?token|refresh[-_]?token|client[-_]?secret)$/i;

/**
 * Headers are redacted by name too, and these besides: Autotask's API user name and tracking
 * identifier travel beside `Secret` on every call (API.md §1.1) and together identify the API user.
 */
const SECRET_HEADER = /^(apiintegrationcode|username|user[-_]name|x-api-key)$/i;

/** The only headers the clients send that may appear as they are (test/security/headers.security.ts). */
export const PLAIN_HEADERS = ['accept', 'content-type'] as const;

/** Query parameters are kept (Autotask paging needs none of them secret) except these. */
const SECRET_QUERY = /^(secret|password|passwd|token|access_token|api[-_]?key|key|signature|sig)$/i;

/** Long `nextPageUrl`s embed the whole query; an error does not need all of it. */
const MAX_URL_LENGTH = 512;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.trim());
}

export function redactHeaders(headers: Record<string, string> | Headers | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries)
    out[name] = isSecretName(name) || SECRET_HEADER.test(name.trim()) ? REDACTED : value;
  return out;
}

export function redactUrl(url: string): string {
  let redacted = url;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (SECRET_QUERY.test(name)) parsed.searchParams.set(name, REDACTED);
    }
    redacted = parsed.toString();
  } catch {
    // not an absolute URL: keep as is, still length-capped below
  }
  return redacted.length > MAX_URL_LENGTH ? `${redacted.slice(0, MAX_URL_LENGTH)}…` : redacted;
}

/**
 * Generic body redaction for bodies we did not build a redactor for: JSON keys and XML elements
 * named like secrets lose their values. Unknown formats are replaced entirely — safer than leaking.
 */
export function redactBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(
        JSON.parse(trimmed, (key, value: unknown) => (isSecretName(key) ? REDACTED : value)),
      );
    } catch {
      return REDACTED;
    }
  }
  if (trimmed.startsWith('<')) {
    return trimmed.replace(
      /<((?:[\w-]+:)?(password|passwd|secret|token))(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi,
      (_m, tag: string, _local: string, attrs: string | undefined) =>
        `<${tag}${attrs ?? ''}>${REDACTED}</${tag}>`,
    );
  }
  return trimmed.length === 0 ? '' : REDACTED;
}

export function redactRequest(req: { method: string; url: string; operation?: string }): RedactedRequest {
  const out: RedactedRequest = { method: req.method, url: redactUrl(req.url) };
  if (req.operation !== undefined) out.operation = req.operation;
  return out;
}
