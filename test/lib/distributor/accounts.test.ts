// Every registered distributor has an account schema (lib/distributor/accounts.ts, kept apart from
// the registry so the log page loads no zod): a new distributor folder that forgets its line fails here.
import { describe, expect, it } from 'vitest';
import { accountSchemaOf } from '../../../lib/distributor/accounts';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';

describe('accountSchemaOf', () => {
  it.each(DISTRIBUTORS.map((d) => [d.id, d] as const))(
    '%s: a schema that names the missing field',
    (id, info) => {
      const parsed = accountSchemaOf(id).safeParse({});
      expect(parsed.success).toBe(false);
      const named = parsed.error?.issues.map((issue) => String(issue.path[0]));
      // Every field the form shows is one the schema checks.
      for (const field of info.fields) expect(named).toContain(field.name);
    },
  );

  it('throws for an id no folder registers', () => {
    expect(() => accountSchemaOf('acme')).toThrow(RangeError);
  });
});
