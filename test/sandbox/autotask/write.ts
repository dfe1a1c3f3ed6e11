// Create, PATCH and PUT (API.md §2.1): one entity per request, `id` in the body (never the URL)
// for updates, field names matched case-insensitively. Every refusal is a 500 with errors[]
// (API.md §1.3): an unknown field, a wrong type (booleans must be booleans), a missing required
// field, an unknown picklist id or reference, a string over its length, or an entity rule (rules/).
import { ENTITIES, fieldOf, type EntityDef, type FieldDef } from './entities';
import { ruleError } from './http';
import { parseUtc, unknownField } from './query';
import { ENTITY_RULES } from './rules/index';
import { isoNow, type RuleContext } from './rules/types';
import { nextId, type Row, type Udf } from './store';

export type WriteMode = 'create' | 'patch' | 'put';

export interface WriteRequest {
  def: EntityDef;
  ctx: RuleContext;
  body: unknown;
  mode: WriteMode;
  /** Set when the write came through the parent's URL (API.md §2.5). */
  parent?: { field: string; id: number };
}

interface ParsedBody {
  id?: unknown;
  values: Record<string, unknown>;
  udfs?: Udf[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Writes one row and returns its id (`{"itemId": N}`). */
export function write(req: WriteRequest): number {
  const { def, ctx } = req;
  if (!isObject(req.body)) throw ruleError(`The request body must be a ${def.infoName} JSON object.`);
  const parsed = parseBody(def, req.body, ctx);
  if (req.parent) {
    const given = parsed.values[req.parent.field];
    if (given !== undefined && given !== null && given !== req.parent.id) {
      throw ruleError(
        `${req.parent.field} ${String(given)} does not match the parent id ${req.parent.id} in the URL.`,
      );
    }
    parsed.values[req.parent.field] = req.parent.id;
  }
  return req.mode === 'create' ? create(def, ctx, parsed) : update(req, parsed);
}

function create(def: EntityDef, ctx: RuleContext, parsed: ParsedBody): number {
  const table = ctx.tenant.tables[def.name];
  const row: Row = { id: 0, userDefinedFields: parsed.udfs ?? [] };
  for (const field of def.fields) {
    if (field.name !== 'id') row[field.name] = parsed.values[field.name] ?? field.default ?? null;
  }
  const rules = ENTITY_RULES[def.name];
  rules?.prepareCreate?.(ctx, row);
  checkRow(def, ctx, row);
  rules?.beforeCreate?.(ctx, row);
  row.id = nextId(table);
  table.set(row.id, row);
  rules?.afterCreate?.(ctx, row);
  return row.id;
}

function update(req: WriteRequest, parsed: ParsedBody): number {
  const { def, ctx } = req;
  const id = parsed.id;
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    throw ruleError(`An update needs the ${def.infoName} id in the request body.`);
  }
  const live = ctx.tenant.tables[def.name].get(id);
  if (!live || (req.parent && live[req.parent.field] !== req.parent.id)) {
    throw ruleError(`${def.infoName} ${id} does not exist${req.parent ? ' under this parent' : ''}.`);
  }
  const before: Row = structuredClone(live);
  const after: Row = {
    ...structuredClone(live),
    userDefinedFields: mergeUdfs(live.userDefinedFields, parsed.udfs),
  };
  for (const field of def.fields) {
    if (field.name === 'id' || field.readOnly) continue;
    if (field.name in parsed.values) after[field.name] = parsed.values[field.name];
    // PUT replaces the record: what it leaves out is reset (API.md §2.1 notes, [U]).
    else if (req.mode === 'put' && field.name !== req.parent?.field)
      after[field.name] = field.default ?? null;
  }
  if (req.mode === 'put' && parsed.udfs === undefined) after.userDefinedFields = [];
  checkRow(def, ctx, after, before);
  const rules = ENTITY_RULES[def.name];
  rules?.beforeUpdate?.(ctx, before, after);
  Object.assign(live, after);
  rules?.afterUpdate?.(ctx, before, live);
  return id;
}

function parseBody(def: EntityDef, body: Record<string, unknown>, ctx: RuleContext): ParsedBody {
  const parsed: ParsedBody = { values: {} };
  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() === 'userdefinedfields') {
      parsed.udfs = parseUdfs(def, value, ctx);
      continue;
    }
    const field = fieldOf(def.name, key);
    if (!field) throw unknownField(key, def);
    if (field.name === 'id') parsed.id = value;
    // Read-only fields in a body are ignored, as the live API does for e.g. quantityBackOrdered [U].
    else if (!field.readOnly) parsed.values[field.name] = checkType(def, field, value);
  }
  return parsed;
}

function checkType(def: EntityDef, field: FieldDef, value: unknown): unknown {
  if (value === null) return null;
  const bad = (expected: string) =>
    ruleError(
      `Invalid value ${JSON.stringify(value)} for ${def.infoName}.${field.name}: expected ${expected}.`,
    );
  switch (field.type) {
    case 'integer':
      if (!Number.isInteger(value) || Math.abs(value as number) > 2_147_483_647)
        throw bad('a 32-bit integer');
      return value;
    case 'long':
      if (!Number.isSafeInteger(value)) throw bad('an integer');
      return value;
    case 'double':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad('a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw bad('true or false');
      return value;
    case 'datetime': {
      const ms = typeof value === 'string' ? parseUtc(value) : NaN;
      if (Number.isNaN(ms)) throw bad('an ISO 8601 date-time');
      return isoNow(ms);
    }
    case 'string':
      if (typeof value !== 'string') throw bad('a string');
      if (field.length !== undefined && value.length > field.length) {
        throw ruleError(
          `${def.infoName}.${field.name} exceeds its maximum length of ${field.length} characters.`,
        );
      }
      return value;
  }
}

/**
 * Required fields, picklist ids and references of the row as it would be stored. On an update only
 * changed values are checked against picklists and references, so a row holding a since-retired
 * picklist value can still be edited.
 */
function checkRow(def: EntityDef, ctx: RuleContext, row: Row, before?: Row): void {
  for (const field of def.fields) {
    const value = row[field.name];
    if (field.required && !field.readOnly && (value === null || value === undefined || value === '')) {
      throw ruleError(`${def.infoName}.${field.name} is required.`);
    }
    if (value === null || value === undefined || (before && before[field.name] === value)) continue;
    if (field.picklist) {
      const list = ctx.tenant.picklists[`${def.name}.${field.name}`] ?? [];
      if (!list.some((entry) => entry.value === value && entry.isActive)) {
        throw ruleError(
          `${String(value)} is not a valid value for the picklist ${def.infoName}.${field.name}.`,
        );
      }
    }
    if (field.ref && !ctx.tenant.tables[field.ref].has(value as number)) {
      throw ruleError(
        `${def.infoName}.${field.name}: ${ENTITIES[field.ref].infoName} ${String(value)} does not exist.`,
      );
    }
  }
  for (const udf of ctx.tenant.udfs[def.name] ?? []) {
    const value = row.userDefinedFields.find((u) => u.name === udf.name)?.value;
    if (udf.isRequired && (value === undefined || value === null || value === '')) {
      throw ruleError(`The user-defined field "${udf.name}" is required.`);
    }
  }
}

/** `"userDefinedFields":[{"name":"<label>","value":"<string>"}]` (API.md §2.1 notes). */
function parseUdfs(def: EntityDef, value: unknown, ctx: RuleContext): Udf[] {
  if (!Array.isArray(value)) throw ruleError('userDefinedFields must be an array of {name, value}.');
  if (value.length > 0 && !def.hasUserDefinedFields) {
    throw ruleError(`${def.infoName} does not support user-defined fields.`);
  }
  return value.map((item) => {
    if (!isObject(item) || typeof item.name !== 'string') {
      throw ruleError('userDefinedFields must be an array of {name, value}.');
    }
    const udf = ctx.tenant.udfs[def.name]?.find(
      (u) => u.name.toLowerCase() === String(item.name).toLowerCase(),
    );
    if (!udf) throw ruleError(`Unable to find user-defined field ${item.name} in the ${def.name} Entity.`);
    if (item.value !== null && typeof item.value !== 'string') {
      throw ruleError(`The value of user-defined field "${udf.name}" must be a string.`);
    }
    return { name: udf.name, value: item.value };
  });
}

function mergeUdfs(current: Udf[], patch: Udf[] | undefined): Udf[] {
  if (!patch) return current.map((u) => ({ ...u }));
  const merged = new Map(current.map((u) => [u.name, { ...u }]));
  for (const u of patch) merged.set(u.name, u);
  return [...merged.values()];
}
