// The simulator's data: tenants (one Autotask database each, identified by `ci`), their tables,
// picklists and UDF definitions, and the API users. Exposed as `sim.db` so tests can set up and
// assert directly; `insert`/`update` here skip the API's validation on purpose (setup only).
import { ENTITIES, ENTITY_NAMES, type EntityName } from './entities';
import { standardPicklists, valueForLabel, type Picklists } from './picklists';

export interface Udf {
  name: string;
  value: string | null;
}

export interface Row {
  id: number;
  userDefinedFields: Udf[];
  [field: string]: unknown;
}

export interface UdfDef {
  name: string;
  dataType: 'string' | 'decimal' | 'datetime';
  isRequired: boolean;
  length: number;
  description: string;
}

export type AccessLevel = 'All' | 'None' | 'Mine' | 'MyCompany';
export interface AccessFlags {
  create: AccessLevel;
  delete: AccessLevel;
  query: AccessLevel;
  update: AccessLevel;
}

/** What an API user's security level lets it see (API.md §1.1). Entity names are case-insensitive. */
export interface SecuritySwitches {
  /** Entities that answer 403. */
  forbidden: Set<string>;
  /** Entities whose queries silently return no rows (a restricted copy of the level). */
  emptyRows: Set<string>;
  /** "Can't Read Costs": cost fields come back null. */
  noCosts: boolean;
  /** entityInformation userAccessFor* overrides; "None" also refuses that operation with 403. */
  access: Partial<Record<string, Partial<AccessFlags>>>;
}

export interface User {
  userName: string;
  secret: string;
  integrationCode: string;
  ci: number;
  /** The API-only resource; stamped as creatorResourceID. */
  resourceId: number;
  security: Partial<SecuritySwitches>;
}

export interface Tenant {
  ci: number;
  /** webservices<zone> / ww<zone> (API.md §1.2). */
  zone: number;
  tables: Record<EntityName, Map<number, Row>>;
  picklists: Picklists;
  udfs: Partial<Record<EntityName, UdfDef[]>>;
  /** Times of the requests counted toward the rolling hour, ascending (limits.ts). */
  hits: number[];
  /** Every authenticated request ever attributed to this tenant. */
  totalRequests: number;
}

export interface TenantOptions {
  ci: number;
  zone: number;
  picklists?: Picklists;
  udfs?: Partial<Record<EntityName, UdfDef[]>>;
}

export class Db {
  readonly tenants = new Map<number, Tenant>();
  /** Keyed by lower-cased user name. */
  readonly users = new Map<string, User>();

  addTenant(opts: TenantOptions): Tenant {
    if (this.tenants.has(opts.ci)) throw new Error(`Tenant ${opts.ci} already exists`);
    const tables = Object.fromEntries(ENTITY_NAMES.map((n) => [n, new Map<number, Row>()])) as Record<
      EntityName,
      Map<number, Row>
    >;
    const tenant: Tenant = {
      ci: opts.ci,
      zone: opts.zone,
      tables,
      picklists: { ...standardPicklists(), ...opts.picklists },
      udfs: opts.udfs ?? {},
      hits: [],
      totalRequests: 0,
    };
    this.tenants.set(opts.ci, tenant);
    return tenant;
  }

  addUser(
    user: Omit<User, 'resourceId' | 'security'> & Partial<Pick<User, 'resourceId' | 'security'>>,
  ): User {
    this.tenant(user.ci);
    const full: User = { resourceId: 29682885, security: {}, ...user };
    this.users.set(user.userName.toLowerCase(), full);
    return full;
  }

  tenant(ci: number): Tenant {
    const t = this.tenants.get(ci);
    if (!t) throw new Error(`No tenant ${ci} in the simulator`);
    return t;
  }

  /** Rows in id order (API.md §2.3): the live objects. */
  rows(ci: number, entity: EntityName): Row[] {
    return [...this.tenant(ci).tables[entity].values()].sort((a, b) => a.id - b.id);
  }

  get(ci: number, entity: EntityName, id: number): Row | undefined {
    return this.tenant(ci).tables[entity].get(id);
  }

  /** Setup helper: every field not given is null (or its default); the id is the next free one. */
  insert(ci: number, entity: EntityName, values: Partial<Row>): Row {
    const table = this.tenant(ci).tables[entity];
    const row: Row = { id: values.id ?? nextId(table), userDefinedFields: [] };
    for (const field of ENTITIES[entity].fields) {
      if (field.name !== 'id') row[field.name] = field.default ?? null;
    }
    Object.assign(row, values);
    if (table.has(row.id)) throw new Error(`${entity} ${row.id} already exists in tenant ${ci}`);
    table.set(row.id, row);
    if (row.id > (maxIds.get(table) ?? 0)) maxIds.set(table, row.id);
    return row;
  }

  update(ci: number, entity: EntityName, id: number, values: Partial<Row>): Row {
    const row = this.get(ci, entity, id);
    if (!row) throw new Error(`${entity} ${id} does not exist in tenant ${ci}`);
    return Object.assign(row, values);
  }

  /** The tenant's id for a picklist label, e.g. ('PurchaseOrders.status', 'Submitted'). */
  picklistValue(ci: number, key: string, label: string): number {
    return valueForLabel(this.tenant(ci).picklists, key, label);
  }
}

// Highest id handed out per table, so seeding 10,000 products stays linear.
const maxIds = new WeakMap<Map<number, Row>, number>();

/** max(id) + 1, as Autotask's ids only grow. */
export function nextId(table: Map<number, Row>): number {
  let max = maxIds.get(table);
  if (max === undefined) {
    max = 0;
    for (const key of table.keys()) if (key > max) max = key;
  }
  while (table.has(max + 1)) max += 1; // rows set straight into the Map by a test
  maxIds.set(table, max + 1);
  return max + 1;
}
