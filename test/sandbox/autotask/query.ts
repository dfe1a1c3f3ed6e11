// The QueryModel engine (API.md §2.2): every operator, and/or groups, top-level AND, `udf: true`,
// IncludeFields, MaxRecords, the 500-OR limit. Anything the live API refuses becomes a 500 with
// errors[] (API.md §1.3): an unknown field, a missing filter, a non-boolean for a boolean field.
import { fieldOf, type EntityDef, type FieldType } from './entities';
import { ruleError } from './http';
import type { Row, Tenant, UdfDef } from './store';

/** Page size: default and maximum (API.md §2.2, HELP REST_Advanced_Query_Features). */
export const MAX_RECORDS = 500;
/** OR conditions per query, each `in` element counting as one (API.md §2.2, HELP Thresholds). */
export const MAX_OR_CONDITIONS = 500;
export const OR_LIMIT_MESSAGE = "Queries are limited to 500 or fewer 'OR' conditions.";

export interface ParsedQuery {
  matches(row: Row): boolean;
  /** Canonical field names, when IncludeFields was given. */
  includeFields?: string[];
  maxRecords: number;
}

type Comparable = number | string | boolean;
type Predicate = (row: Row) => boolean;

const OPS = [
  'eq',
  'noteq',
  'gt',
  'gte',
  'lt',
  'lte',
  'beginswith',
  'endswith',
  'contains',
  'exist',
  'notexist',
  'in',
  'notin',
] as const;
type LeafOp = (typeof OPS)[number];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `Filter`/`filter`, `MaxRecords`/`maxRecords`… are both accepted (API.md §2.2). */
function key(obj: Record<string, unknown>, name: string): unknown {
  const k = Object.keys(obj).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : obj[k];
}

export const unknownField = (field: string, def: EntityDef) =>
  ruleError(`Unable to find ${field} in the ${def.name} Entity.`);

export function parseQuery(def: EntityDef, tenant: Tenant, raw: unknown): ParsedQuery {
  if (!isObject(raw)) throw ruleError('The query body must be a JSON QueryModel object.');
  const filter = key(raw, 'filter');
  // "A filter is required" (API.md §2.2); list everything with {"op":"gte","field":"id","value":0}.
  if (!Array.isArray(filter) || filter.length === 0) {
    throw ruleError('A query must contain at least one filter condition.');
  }
  const state = { udfConditions: 0 };
  const predicates = filter.map((node) => compile(def, tenant, node, state));
  if (filter.reduce((sum: number, node) => sum + orConditions(node), 0) > MAX_OR_CONDITIONS) {
    throw ruleError(OR_LIMIT_MESSAGE);
  }
  // HELP: only one UDF condition per query (API.md §2.2 operator table, [U]).
  if (state.udfConditions > 1) throw ruleError('A query may contain only one user-defined field condition.');
  return {
    matches: (row) => predicates.every((p) => p(row)),
    maxRecords: parseMaxRecords(key(raw, 'maxRecords')),
    ...includeFields(def, key(raw, 'includeFields')),
  };
}

function parseMaxRecords(value: unknown): number {
  if (value === undefined || value === null) return MAX_RECORDS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RECORDS) {
    throw ruleError(`MaxRecords must be an integer between 1 and ${MAX_RECORDS}.`);
  }
  return value;
}

function includeFields(def: EntityDef, value: unknown): { includeFields?: string[] } {
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value)) throw ruleError('IncludeFields must be an array of field names.');
  const names = value.map((name) => {
    if (typeof name !== 'string') throw ruleError('IncludeFields must be an array of field names.');
    if (name.toLowerCase() === 'userdefinedfields') return 'userDefinedFields';
    const field = fieldOf(def.name, name);
    if (!field) throw unknownField(name, def);
    return field.name;
  });
  return names.length > 0 ? { includeFields: names } : {};
}

/** OR conditions: the children of every `or` group plus every `in`/`notIn` element. */
function orConditions(node: unknown, insideOr = false): number {
  if (!isObject(node)) return 0;
  const op = String(node.op ?? '').toLowerCase();
  const items = Array.isArray(node.items) ? node.items : [];
  if (op === 'in' || op === 'notin') return Array.isArray(node.value) ? node.value.length : 0;
  if (op === 'or') return items.reduce((sum: number, child) => sum + orConditions(child, true), 0);
  if (op === 'and') return items.reduce((sum: number, child) => sum + orConditions(child, false), 0);
  return insideOr ? 1 : 0;
}

function compile(def: EntityDef, tenant: Tenant, node: unknown, state: { udfConditions: number }): Predicate {
  if (!isObject(node)) throw ruleError('Each filter must be an object with an "op".');
  const op = typeof node.op === 'string' ? node.op.toLowerCase() : '';
  if (op === 'and' || op === 'or') {
    if (!Array.isArray(node.items) || node.items.length === 0) {
      throw ruleError(`The "${op}" filter needs a non-empty "items" array.`);
    }
    const children = node.items.map((child) => compile(def, tenant, child, state));
    return op === 'and' ? (row) => children.every((c) => c(row)) : (row) => children.some((c) => c(row));
  }
  if (!(OPS as readonly string[]).includes(op))
    throw ruleError(`Unknown filter operator "${String(node.op)}".`);
  if (typeof node.field !== 'string' || node.field === '')
    throw ruleError(`The "${op}" filter needs a field.`);

  let type: FieldType;
  let read: (row: Row) => unknown;
  if (node.udf === true) {
    state.udfConditions += 1;
    const udf = findUdf(tenant, def, node.field);
    type = udf.dataType === 'decimal' ? 'double' : udf.dataType;
    read = (row) => row.userDefinedFields.find((u) => u.name === udf.name)?.value ?? null;
  } else {
    const field = fieldOf(def.name, node.field);
    if (!field) throw unknownField(node.field, def);
    type = field.type;
    read = (row) => row[field.name];
  }
  return leaf(op as LeafOp, type, node.field, node.value, read);
}

function findUdf(tenant: Tenant, def: EntityDef, name: string): UdfDef {
  const udf = tenant.udfs[def.name]?.find((u) => u.name.toLowerCase() === name.toLowerCase());
  if (!udf) throw ruleError(`Unable to find user-defined field ${name} in the ${def.name} Entity.`);
  return udf;
}

function leaf(
  op: LeafOp,
  type: FieldType,
  field: string,
  value: unknown,
  read: (row: Row) => unknown,
): Predicate {
  const get = (row: Row) => normalise(type, read(row));
  if (op === 'exist') return (row) => get(row) !== null;
  if (op === 'notexist') return (row) => get(row) === null;
  if (op === 'in' || op === 'notin') {
    if (!Array.isArray(value) || value.length === 0) {
      throw ruleError(`The "${op}" filter on ${field} needs a non-empty array value.`);
    }
    const set = new Set(value.map((v) => operand(type, field, v)));
    // SQL semantics [G]: a null never matches a comparison, not even notIn / noteq.
    return op === 'in'
      ? (row) => set.has(get(row) as Comparable)
      : (row) => get(row) !== null && !set.has(get(row) as Comparable);
  }
  const v = operand(type, field, value);
  if (op === 'beginswith' || op === 'endswith' || op === 'contains') {
    const needle = String(v).toLowerCase();
    const test =
      op === 'beginswith'
        ? (s: string) => s.startsWith(needle)
        : op === 'endswith'
          ? (s: string) => s.endsWith(needle)
          : (s: string) => s.includes(needle);
    return (row) => {
      const actual = get(row);
      return actual !== null && test(String(actual).toLowerCase());
    };
  }
  const compare: Record<string, (a: Comparable) => boolean> = {
    eq: (a) => a === v,
    noteq: (a) => a !== v,
    gt: (a) => a > v,
    gte: (a) => a >= v,
    lt: (a) => a < v,
    lte: (a) => a <= v,
  };
  const test = compare[op]!;
  return (row) => {
    const actual = get(row);
    return actual !== null && test(actual);
  };
}

/**
 * A filter value in the field's comparable form. Strings compare case-insensitively
 * (SQL Server collation, API.md §2.2 [U]); dates as UTC instants (API.md §2.2: no offset = UTC);
 * booleans must be true/false — anything else, null included, is an error (HELP Basic Query).
 */
function operand(type: FieldType, field: string, value: unknown): Comparable {
  if (type === 'boolean') {
    if (typeof value !== 'boolean') throw ruleError(`The value for ${field} must be true or false.`);
    return value;
  }
  if (value === null || value === undefined || typeof value === 'object') {
    throw ruleError(`The filter on ${field} needs a value.`);
  }
  if (type === 'integer' || type === 'long' || type === 'double') {
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : NaN;
    if (!Number.isFinite(n))
      throw ruleError(`The value ${JSON.stringify(value)} is not a number for ${field}.`);
    return n;
  }
  if (type === 'datetime') {
    const ms = typeof value === 'string' ? parseUtc(value) : NaN;
    if (Number.isNaN(ms)) throw ruleError(`The value ${JSON.stringify(value)} is not a date for ${field}.`);
    return ms;
  }
  return String(value).toLowerCase();
}

function normalise(type: FieldType, value: unknown): Comparable | null {
  if (value === null || value === undefined) return null;
  if (type === 'string') return String(value).toLowerCase();
  if (type === 'datetime') return typeof value === 'string' ? parseUtc(value) : null;
  if (type === 'double' && typeof value === 'string') return Number(value);
  return value as Comparable;
}

/** ISO 8601; without an offset the API reads UTC (API.md §2.2). */
export function parseUtc(value: string): number {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return Date.parse(dateOnly ? `${value}T00:00:00Z` : hasZone ? value : `${value}Z`);
}
