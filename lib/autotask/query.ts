// QueryModel builders (API.md §2.2). Filters are plain data; these helpers keep call sites short and
// the wire form in one place. Top-level filters are ANDed; `or`/`and` group; `udf: true` names a UDF
// by its label.
import { AppError } from '../errors/app-error';
import type { Filter, FilterOp, QueryModel } from './types';
import { OR_CONDITIONS_MAX, PAGE_SIZE_MAX } from './limits';

type Scalar = string | number | boolean;
type Leaf = Extract<Filter, { field: string }>;

const leaf = (op: FilterOp, field: string, value?: Leaf['value']): Filter =>
  value === undefined ? { op, field } : { op, field, value };

export const eq = (field: string, value: Scalar): Filter => leaf('eq', field, value);
export const noteq = (field: string, value: Scalar): Filter => leaf('noteq', field, value);
export const gt = (field: string, value: string | number): Filter => leaf('gt', field, value);
export const gte = (field: string, value: string | number): Filter => leaf('gte', field, value);
export const lt = (field: string, value: string | number): Filter => leaf('lt', field, value);
export const lte = (field: string, value: string | number): Filter => leaf('lte', field, value);
export const beginsWith = (field: string, value: string): Filter => leaf('beginsWith', field, value);
export const endsWith = (field: string, value: string): Filter => leaf('endsWith', field, value);
export const contains = (field: string, value: string): Filter => leaf('contains', field, value);
/** Field is non-null; no value on the wire. */
export const exist = (field: string): Filter => leaf('exist', field);
/** Field is null; no value on the wire. */
export const notExist = (field: string): Filter => leaf('notExist', field);
export const isIn = (field: string, values: (string | number)[]): Filter => leaf('in', field, values);
export const notIn = (field: string, values: (string | number)[]): Filter => leaf('notIn', field, values);
export const and = (...items: Filter[]): Filter => ({ op: 'and', items });
export const or = (...items: Filter[]): Filter => ({ op: 'or', items });
/** The same condition on a user-defined field, named by its label (API.md §2.2, §4.9). */
export const udf = (filter: Filter): Filter => {
  if (!('field' in filter)) throw new TypeError('udf() takes a field condition, not a group');
  return { ...filter, udf: true };
};
/** "Every row": a filter is required, `id >= 0` is the idiom (API.md §2.2). */
export const everything = (): Filter => gte('id', 0);

/**
 * OR conditions a filter list costs against the 500 limit (API.md §2.2): every `in`/`notIn` element,
 * and every branch of an `or` group. Counted generously so a split never lands one over.
 */
export function orConditionCount(filters: Filter[], insideOr = false): number {
  let total = 0;
  for (const f of filters) {
    if (f.op === 'or') total += orConditionCount(f.items, true);
    else if (f.op === 'and') total += Math.max(insideOr ? 1 : 0, orConditionCount(f.items, insideOr));
    else if ((f.op === 'in' || f.op === 'notIn') && Array.isArray(f.value)) total += f.value.length;
    else if (insideOr) total += 1;
  }
  return total;
}

export interface WireQuery {
  filter: Filter[];
  includeFields?: string[];
  maxRecords: number;
}

function invalid(message: string, field?: string): AppError {
  return new AppError({
    kind: 'validation',
    service: 'autotask',
    status: 0,
    message,
    ...(field ? { field } : {}),
  });
}

function checkFilter(f: Filter, path: string): void {
  if (!('field' in f)) {
    if (f.items.length === 0) throw invalid(`An empty "${f.op}" group is not a valid Autotask filter.`, path);
    f.items.forEach((item, i) => checkFilter(item, `${path}.items[${i}]`));
    return;
  }
  if (f.op === 'exist' || f.op === 'notExist') return;
  if (f.value === undefined || f.value === null) {
    // Autotask rejects null values, booleans included (API.md §2.2).
    throw invalid(`Filter "${f.op}" on ${f.field} needs a value.`, path);
  }
  const list = f.op === 'in' || f.op === 'notIn';
  if (list !== Array.isArray(f.value))
    throw invalid(`Filter "${f.op}" on ${f.field} has the wrong value shape.`, path);
  if (list && (f.value as unknown[]).length === 0)
    throw invalid(`Filter "${f.op}" on ${f.field} has an empty list.`, path);
}

/** The camelCase wire form (API.md §2.2), checked against the documented limits before it is sent. */
export function toWireQuery(query: QueryModel): WireQuery {
  if (query.filter.length === 0)
    throw invalid('An Autotask query needs at least one filter (use everything()).');
  query.filter.forEach((f, i) => checkFilter(f, `filter[${i}]`));
  const maxRecords = query.maxRecords ?? PAGE_SIZE_MAX;
  if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > PAGE_SIZE_MAX) {
    throw invalid(`maxRecords must be 1–${PAGE_SIZE_MAX}, got ${maxRecords}.`, 'maxRecords');
  }
  const ors = orConditionCount(query.filter);
  if (ors > OR_CONDITIONS_MAX) {
    throw invalid(
      `Queries are limited to ${OR_CONDITIONS_MAX} OR conditions; this one has ${ors} (use queryIn).`,
    );
  }
  const wire: WireQuery = { filter: query.filter, maxRecords };
  if (query.includeFields && query.includeFields.length > 0) {
    // Paging past 500 rows breaks unless `id` is included (API.md §2.2, §6.12).
    const hasId = query.includeFields.some((name) => name.toLowerCase() === 'id');
    wire.includeFields = hasId ? query.includeFields : ['id', ...query.includeFields];
  }
  return wire;
}

/** `values` deduplicated and cut into chunks that fit next to the other OR conditions of the query. */
export function splitInValues<T extends string | number>(values: T[], otherFilters: Filter[]): T[][] {
  const room = OR_CONDITIONS_MAX - orConditionCount(otherFilters);
  if (room < 1) throw invalid(`The other filters already use ${OR_CONDITIONS_MAX} OR conditions.`);
  const unique = [...new Set(values)];
  const chunks: T[][] = [];
  for (let i = 0; i < unique.length; i += room) chunks.push(unique.slice(i, i + room));
  return chunks;
}
