// Response text → zod-checked value, or an AppError 'malformed-response' naming endpoint and field.
// Before zod sees a body it must be JSON (by content type and by syntax), of a sane size and depth,
// and free of keys that mean something to JavaScript objects (issue 7 §3): an answer that breaks
// any of these is not Autotask's, whatever its fields say.
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { looksLikeHtml } from '../errors/classify';
import { redactRequest } from '../errors/redact';
import type { HttpResponse } from '../http/types';

/**
 * A full page is 500 entities (API.md §2.2), about 1 MB of products; the largest metadata answer
 * (Products fields with picklists) is far smaller. Anything this large is not a real answer.
 */
export const MAX_RESPONSE_CHARS = 5_000_000;
/** Real answers nest about 5 levels (items[].userDefinedFields[].value); a deep body is an attack on the parser's callers. */
export const MAX_RESPONSE_DEPTH = 32;
/** Own keys that would reach an object's prototype if any caller ever copied the value into one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const JSON_CONTENT_TYPE = /^application\/([\w.-]+\+)?json\b/i;

/** The field named when the whole body is wrong rather than one field in it. */
export const BODY_FIELD = '(body)';

export interface ParseContext {
  /** e.g. `POST Products/query`: what the user or the log sees. */
  endpoint: string;
  method: string;
  url: string;
  operation?: string;
}

export function malformed(ctx: ParseContext, message: string, field?: string): AppError {
  return new AppError({
    kind: 'malformed-response',
    service: 'autotask',
    status: 200,
    message: `Autotask sent an unexpected response to ${ctx.endpoint}: ${message}`,
    request: redactRequest(ctx),
    ...(field !== undefined ? { field } : {}),
  });
}

export function parseJson(res: HttpResponse, ctx: ParseContext): unknown {
  const contentType = res.headers.get('content-type');
  if (looksLikeHtml(res.text, contentType)) throw malformed(ctx, 'an HTML page instead of JSON.', BODY_FIELD);
  if (contentType && !JSON_CONTENT_TYPE.test(contentType.trim()))
    throw malformed(
      ctx,
      `content type ${JSON.stringify(contentType.slice(0, 80))} instead of JSON.`,
      BODY_FIELD,
    );
  if (res.text.length > MAX_RESPONSE_CHARS)
    throw malformed(ctx, `a body of ${res.text.length} characters.`, BODY_FIELD);
  let value: unknown;
  try {
    value = JSON.parse(res.text) as unknown;
  } catch {
    throw malformed(ctx, 'the body is not JSON.', BODY_FIELD);
  }
  const problem = shapeProblem(value);
  if (problem) throw malformed(ctx, problem.message, problem.field);
  return value;
}

/** Depth and key checks without recursion (a deep body must not overflow our own stack). */
function shapeProblem(root: unknown): { message: string; field: string } | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_RESPONSE_DEPTH)
      return {
        message: `the body nests deeper than ${MAX_RESPONSE_DEPTH} levels.`,
        field: path || BODY_FIELD,
      };
    if (Array.isArray(value)) {
      value.forEach((entry, i) => stack.push({ value: entry, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, entry] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key))
        return { message: `field "${at}" is not allowed in an answer.`, field: at };
      stack.push({ value: entry, path: at, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Validates `value`; `prefix` places the field inside its envelope (`items[3]`). */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  ctx: ParseContext,
  prefix = '',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [
    prefix,
    ...(issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)),
  ]
    .join('')
    .replace(/^\./, '');
  throw malformed(
    ctx,
    `field "${path || BODY_FIELD}" ${issue?.message ?? 'is invalid'}.`,
    path || BODY_FIELD,
  );
}
