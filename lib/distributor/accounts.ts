// Each distributor's account schema (zod), by id: what Options › Connections and the runner's config
// parse an account with. Kept apart from the registry's DistributorInfo (data only) so that pages
// which only name a distributor — the log page, the hints — load no zod (issue 14: open → first
// rows). A new distributor adds its line here as well as in registry.ts.
import type { z } from 'zod';
import { ingramAccountSchema } from './ingram/account';
import { INGRAM_ID } from './ingram/errors';
import type { AccountInput } from './module';
import { distributorById } from './registry';
import { tdsynnexAccountSchema } from './tdsynnex/account';
import { TDSYNNEX_REF } from './tdsynnex/hosts';

const SCHEMAS = new Map<string, z.ZodType<AccountInput>>([
  [TDSYNNEX_REF.id, tdsynnexAccountSchema],
  [INGRAM_ID, ingramAccountSchema],
]);

/** Parses the whole account (the form's fields, secrets included); the error names the field. */
export function accountSchemaOf(id: string): z.ZodType<AccountInput> {
  const schema = SCHEMAS.get(id);
  // Same RangeError as the registry's for an id no folder registers.
  if (!schema) throw new RangeError(`Unknown distributor ${distributorById(id).id} has no account schema`);
  return schema;
}
