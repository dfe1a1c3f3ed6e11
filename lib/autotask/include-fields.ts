// A query that names its IncludeFields gets only those fields back (API.md §2.2), so a row schema
// that requires any other field would reject every real answer. Checked before the first call:
// a wrong pairing fails in the tests that run the query, not against a tenant.
import type { z } from 'zod';
import { AppError } from '../errors/app-error';

export function assertSchemaFitsFields(entity: string, schema: z.ZodType, includeFields?: string[]): void {
  if (!includeFields?.length) return;
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return;
  const asked = new Set(includeFields.map((field) => field.toLowerCase()));
  const missing = Object.entries(shape)
    .filter(([key, field]) => !asked.has(key.toLowerCase()) && !field.safeParse(undefined).success)
    .map(([key]) => key);
  if (missing.length === 0) return;
  throw new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    message: `A ${entity} query asks for ${includeFields.join(', ')} but its row schema requires ${missing.join(', ')} (a bug in the extension).`,
  });
}
