import { describe, expect, it } from 'vitest';
import { assertSchemaFitsFields } from '../../../lib/autotask/include-fields';
import { productSchema } from '../../../lib/autotask/schemas';

describe('a query’s IncludeFields and its row schema', () => {
  const partRow = productSchema.pick({ id: true, manufacturerProductName: true });
  const withName = productSchema.pick({ id: true, name: true });

  it('accepts a schema whose required fields are all asked for (any casing)', () => {
    expect(() =>
      assertSchemaFitsFields('Products', partRow, ['ID', 'manufacturerProductName']),
    ).not.toThrow();
    expect(() => assertSchemaFitsFields('Products', withName, ['id', 'name'])).not.toThrow();
  });

  it('accepts any schema when the query asks for every field', () => {
    expect(() => assertSchemaFitsFields('Products', withName, undefined)).not.toThrow();
  });

  it('refuses a schema that requires a field the query does not ask for, naming it', () => {
    expect(() => assertSchemaFitsFields('Products', withName, ['id', 'manufacturerProductName'])).toThrow(
      /requires name/,
    );
  });
});
