// The API user's security level (API.md §1.1): some entities refused (403), some silently empty
// (a restricted copy of the level returns no rows, not 403), cost fields blank for a user that
// "Can't Read Costs", and the userAccessFor* flags entityInformation reports. The sim-wide knobs
// apply to every user; a user's own `security` adds to them.
import { SimError } from './http';
import type { EntityDef } from './entities';
import type { AccessFlags, AccessLevel, Row, SecuritySwitches, User } from './store';

export type Operation = keyof AccessFlags;

export interface EffectiveSecurity {
  forbidden(entity: string): boolean;
  emptyRows(entity: string): boolean;
  noCosts: boolean;
  access(def: EntityDef): AccessFlags;
}

const lowerSet = (...sets: (Set<string> | undefined)[]) =>
  new Set(sets.flatMap((s) => [...(s ?? [])].map((x) => x.toLowerCase())));

function overrideFor(
  access: SecuritySwitches['access'] | undefined,
  entity: string,
): Partial<AccessFlags> | undefined {
  const key = Object.keys(access ?? {}).find((k) => k.toLowerCase() === entity.toLowerCase());
  return key === undefined ? undefined : access?.[key];
}

export function effectiveSecurity(knobs: SecuritySwitches, user: User): EffectiveSecurity {
  const forbidden = lowerSet(knobs.forbidden, user.security.forbidden);
  const empty = lowerSet(knobs.emptyRows, user.security.emptyRows);
  return {
    forbidden: (entity) => forbidden.has(entity.toLowerCase()),
    emptyRows: (entity) => empty.has(entity.toLowerCase()),
    noCosts: knobs.noCosts || Boolean(user.security.noCosts),
    access(def) {
      const level = (can: boolean): AccessLevel =>
        can && !forbidden.has(def.name.toLowerCase()) ? 'All' : 'None';
      return {
        create: level(def.canCreate),
        delete: level(def.canDelete),
        query: level(true),
        update: level(def.canUpdate),
        ...overrideFor(knobs.access, def.name),
        ...overrideFor(user.security.access, def.name),
      };
    },
  };
}

/** 403 when the level refuses the entity or the operation (API.md §1.3: "opaque" body). */
export function requireAccess(security: EffectiveSecurity, def: EntityDef, op: Operation): void {
  if (security.forbidden(def.name) || security.access(def)[op] === 'None') {
    throw new SimError(403, `The logged in resource does not have permission to ${op} ${def.name}.`);
  }
}

/** A copy of the row as this user may see it. */
export function maskCosts(def: EntityDef, row: Row, security: EffectiveSecurity): Row {
  if (!security.noCosts || !def.costFields) return row;
  const copy = { ...row };
  for (const field of def.costFields) copy[field] = null;
  return copy;
}
