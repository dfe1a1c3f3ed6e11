// What the templates need from the Autotask API user, and how Connect checks it (issue 2 §4
// "Connections"). The one table of required access lives here; every later template that needs a
// new entity or verb adds a row, nothing else changes.
import type { AutotaskClient, EntityInfo } from '../autotask/types';
import { isAppError } from '../errors/app-error';

export type Access = 'query' | 'create' | 'update';

/**
 * Entity → the access the templates need, and why (so a missing row in the options page can say
 * what will not work). Child entities are written through their parent's URL (API.md §2.5) but the
 * security level still grants them separately.
 */
export const REQUIRED_ACCESS: readonly {
  entity: string;
  access: readonly Access[];
  why: string;
  /** Every tenant has rows here, so zero visible rows means a restricted security level (API.md §1.1). */
  mustHaveRows?: boolean;
}[] = [
  { entity: 'Products', access: ['query', 'create', 'update'], why: 'Product Sync' },
  { entity: 'ProductVendors', access: ['query', 'create', 'update'], why: 'distributor SKUs on products' },
  { entity: 'PurchaseOrders', access: ['query', 'update'], why: 'order submission and status' },
  { entity: 'PurchaseOrderItems', access: ['query', 'update'], why: 'ETA write-back' },
  { entity: 'PurchaseOrderItemReceiving', access: ['query', 'create'], why: 'receiving shipped items' },
  { entity: 'InventoryLocations', access: ['query'], why: 'receiving into stock' },
  // The tenant's own company (id 0) always exists.
  { entity: 'Companies', access: ['query'], why: "the distributors' vendor companies", mustHaveRows: true },
];

const USER_ACCESS_FIELD = {
  query: 'userAccessForQuery',
  create: 'userAccessForCreate',
  update: 'userAccessForUpdate',
} as const satisfies Record<Access, keyof EntityInfo>;

const CAN_FIELD = {
  query: 'canQuery',
  create: 'canCreate',
  update: 'canUpdate',
} as const satisfies Record<Access, keyof EntityInfo>;

/**
 * `userAccessFor*` is a string such as "All" or "None" (API.md §2.1 entity info). Anything other than
 * "None"/empty counts as granted: restricted levels ("Mine"…) still let the API user work on what it
 * can see, and the "no rows" case is caught by the probes below.
 */
function granted(info: EntityInfo, access: Access): boolean {
  if (!info[CAN_FIELD[access]]) return false;
  const level = String(info[USER_ACCESS_FIELD[access]] ?? '')
    .trim()
    .toLowerCase();
  return level !== '' && level !== 'none';
}

export interface AccessReport {
  /** `Entity: access` strings, e.g. `PurchaseOrders: update`. */
  missing: string[];
}

const isForbidden = (error: unknown) => isAppError(error) && error.kind === 'permission';

/**
 * Per entity: entityInformation (what the security level grants), then — when query is granted — one
 * count, because a 403 or a silently empty answer is what a restricted level really gives (API.md §1.1,
 * §1.3). A 403 anywhere is a finding; other errors (auth, network, throttling) propagate.
 * Sequential on purpose: 14 small requests once per Connect, far from the 3-per-entity limit.
 */
export async function probeAccess(client: AutotaskClient, signal?: AbortSignal): Promise<AccessReport> {
  const missing: string[] = [];
  for (const row of REQUIRED_ACCESS) {
    let info: EntityInfo | undefined;
    try {
      info = await client.entityInfo(row.entity, signal);
    } catch (error) {
      if (!isForbidden(error)) throw error;
    }
    const lacking = new Set(row.access.filter((access) => !info || !granted(info, access)));
    if (!lacking.has('query')) {
      try {
        const rows = await client.count(row.entity, [{ op: 'gte', field: 'id', value: 0 }], signal);
        if (row.mustHaveRows && rows === 0) lacking.add('query');
      } catch (error) {
        if (!isForbidden(error)) throw error;
        lacking.add('query');
      }
    }
    for (const access of row.access) if (lacking.has(access)) missing.push(`${row.entity}: ${access}`);
  }
  return { missing };
}
