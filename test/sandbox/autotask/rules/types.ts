// Per-entity business rules (API.md §4): hooks the generic write path calls. A hook refuses a write
// by throwing `ruleError(...)`, which the API answers as 500 + errors[] (API.md §1.3).
import type { Db, Row, Tenant, User } from '../store';

export interface RuleContext {
  db: Db;
  tenant: Tenant;
  user: User;
  /** Current time as the API writes it: ISO 8601 UTC without an offset (API.md §6.7). */
  now: string;
}

export interface EntityRules {
  /** Tenant-dependent defaults and read-only stamps on a new row (before validation of rules). */
  prepareCreate?(ctx: RuleContext, row: Row): void;
  beforeCreate?(ctx: RuleContext, row: Row): void;
  afterCreate?(ctx: RuleContext, row: Row): void;
  beforeUpdate?(ctx: RuleContext, before: Row, after: Row): void;
  afterUpdate?(ctx: RuleContext, before: Row, after: Row): void;
}

export const isoNow = (ms: number): string => new Date(ms).toISOString().replace(/Z$/, '');
