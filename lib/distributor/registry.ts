// The distributors this extension knows, in the order the UI lists them (issue 12 §1). Adding one is
// a folder beside these and a line here; nothing outside lib/distributor/ names a distributor.
import type { DistributorInfo } from './module';
import { ingramInfo } from './ingram/info';
import { tdsynnexInfo } from './tdsynnex/info';

export const DISTRIBUTORS: readonly DistributorInfo[] = [tdsynnexInfo, ingramInfo];

export type DistributorId = string;

const BY_ID = new Map(DISTRIBUTORS.map((module) => [module.id, module]));

export function isDistributorId(id: unknown): id is DistributorId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The module for an id; RangeError for an id no folder registers (a bug, or data from elsewhere). */
export function distributorById(id: DistributorId): DistributorInfo {
  const module = BY_ID.get(id);
  if (!module) throw new RangeError(`Unknown distributor ${id}`);
  return module;
}

/** What the user reads for an id; the id itself for one no longer registered (an old log entry). */
export function distributorLabel(id: string | undefined): string {
  return (id && BY_ID.get(id)?.label) || 'the distributor';
}

/** The distributor whose products carry this external id, and the SKU inside it. */
export function parseExternalKey(key: string): { distributor: DistributorId; sku: string } | undefined {
  for (const module of DISTRIBUTORS) {
    if (key.startsWith(module.externalKeyPrefix)) {
      return { distributor: module.id, sku: key.slice(module.externalKeyPrefix.length) };
    }
  }
  return undefined;
}

export function externalKey(distributor: DistributorId, sku: string): string {
  return `${distributorById(distributor).externalKeyPrefix}${sku}`;
}
