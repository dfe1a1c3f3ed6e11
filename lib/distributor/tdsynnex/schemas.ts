// TD SYNNEX's check of its normalised results against the shared schemas (../result-schemas.ts).
import type { z } from 'zod';
import { malformed } from './errors';
import type { ExchangeContext } from './errors';

export { orderResultSchema, orderStatusSchema, priceAvailabilitySchema } from '../result-schemas';

/** Parses with `schema` or throws 'malformed-response' naming the first wrong field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, ctx: ExchangeContext, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw malformed(ctx, field, issue?.message ?? 'invalid value');
}
