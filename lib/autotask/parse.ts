// Response text → zod-checked value, or an AppError 'malformed-response' naming endpoint and field.
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { looksLikeHtml } from '../errors/classify';
import { redactRequest } from '../http/redact';
import type { HttpResponse } from '../http/types';

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
  if (looksLikeHtml(res.text, res.headers.get('content-type')))
    throw malformed(ctx, 'an HTML page instead of JSON.');
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    throw malformed(ctx, 'the body is not JSON.');
  }
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
  throw malformed(ctx, `field "${path || '(body)'}" ${issue?.message ?? 'is invalid'}.`, path || undefined);
}
