// The support report's redactor (issue 6 §3 "every secret redacted"). Log entries should never hold a
// secret in the first place (AppErrorData is redacted at the source, lib/errors/redact.ts); this is the
// second line, applied to everything a report contains, in three layers:
//   1. the stored secrets themselves, exactly (the background passes them in from the vault), also
//      as they look JSON-escaped or URL-encoded;
//   2. anything *named* like a secret: `secret=…`, `"password": "…"`, `<password>…</password>`,
//      `Authorization: Basic …`, secret query parameters of URLs;
//   3. anything *shaped* like our stored secrets even when we do not know its value: Autotask API
//      integration codes (API tracking identifiers: 20–40 upper-case letters and digits) and generated
//      API secrets / tokens (16+ characters mixing upper case, lower case and digits, no spaces).
import { REDACTED, isSecretName, redactUrl } from '../errors/redact';

/** Secrets shorter than this are not replaced as plain text: "1" would shred every number. */
const MIN_KNOWN_SECRET = 4;

const NAMED =
  /(["']?)\b(secret|password|passwd|pwd|authorization|api[-_]?key|token|access[-_]?token|refresh[-_]?token|client[-_]?secret|integration[-_ ]?code|apiintegrationcode)\b\1(\s*[:=]\s*)(["']?)(?!Basic\b|Bearer\b|\[redacted\])([^"'\s&,;<>]+)\4/gi;
const XML_SECRET = /<((?:[\w-]+:)?(?:password|passwd|secret|token))(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi;
const AUTH_SCHEME = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g;
const URL = /\bhttps?:\/\/[^\s"'<>]+/g;
const INTEGRATION_CODE = /\b[A-Z0-9]{20,40}\b/g;
const T = '[A-Za-z0-9!$%*@#~^&_-]';
const TOKEN = new RegExp(`(?<!${T})(?=${T}*[a-z])(?=${T}*[A-Z])(?=${T}*\\d)${T}{16,}`, 'g');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function knownForms(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  return [...forms].filter((f) => f.length >= MIN_KNOWN_SECRET);
}

/** Redacts one piece of text. */
export function redactText(text: string, known: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  const forms = known.flatMap(knownForms).sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.replace(new RegExp(escapeRegExp(form), 'g'), REDACTED);
  out = out.replace(URL, (url) => redactUrl(url));
  out = out.replace(
    XML_SECRET,
    (_m, tag: string, attrs: string | undefined) => `<${tag}${attrs ?? ''}>${REDACTED}</${tag}>`,
  );
  out = out.replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  out = out.replace(
    NAMED,
    (_m, q: string, name: string, sep: string, vq: string) => `${q}${name}${q}${sep}${vq}${REDACTED}${vq}`,
  );
  out = out.replace(INTEGRATION_CODE, REDACTED);
  out = out.replace(TOKEN, REDACTED);
  return out;
}

/** Redacts every string of a plain-data value; a key named like a secret loses its value entirely. */
export function redactDeep<T>(value: T, known: readonly string[] = []): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (key !== undefined && (isSecretName(key) || /integration[-_]?code/i.test(key))) return REDACTED;
    if (typeof v === 'string') return redactText(v, known);
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value) as T;
}
