// Noticing an API user that cannot read costs (issue 2 §4). Autotask has a system security level
// "API User (system) Can't Read Costs (API-only)"; under it cost fields such as Products.unitCost come
// back empty instead of failing (API.md §1.1, HELP ProductsEntity.htm). Nothing in the API says which
// level a user has, so this is a heuristic, kept in this one place:
//   products exist, and every product of a small sample has a null unitCost.
// A tenant whose few first products genuinely have no cost would be flagged too; the warning only
// says what to check, it never blocks Connect. Issue 4 must never compare a blank cost as zero.
import type { z } from 'zod';
import { productSchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';

/** Small on purpose: one page, one request, at Connect only. */
export const COST_SAMPLE_SIZE = 10;

const costRow = productSchema.pick({ id: true, unitCost: true });

export async function cannotReadCosts(client: AutotaskClient, signal?: AbortSignal): Promise<boolean> {
  const pages = client.queryPages(
    'Products',
    {
      filter: [{ op: 'gte', field: 'id', value: 0 }],
      includeFields: ['id', 'unitCost'],
      maxRecords: COST_SAMPLE_SIZE,
    },
    costRow,
    signal,
  );
  // First page only: queryAll would follow nextPageUrl through the whole catalogue.
  const first = await pages.next();
  await pages.return(undefined);
  const sample: z.infer<typeof costRow>[] = first.done ? [] : first.value;
  return sample.length > 0 && sample.every((row) => row.unitCost === null || row.unitCost === undefined);
}
