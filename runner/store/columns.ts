// How a record's fields map to a table's columns, both ways. Fields without a column travel in the
// row's `extra` jsonb, so a record type can grow (as the extension's Dexie rows do) without losing
// data before a migration gives the new field a column. Values are normalised here, not per driver:
// node-postgres returns a bigint as a string and PGlite as a number; both become numbers.
import type { Row } from './driver';

type Kind = 'text' | 'bigint' | 'integer' | 'double precision' | 'jsonb' | 'text[]';

export interface Column {
  name: string;
  /** The SQL type, also used to cast parameters so both clients send the same thing. */
  kind: Kind;
}

export interface TableMap<T> {
  table: string;
  columns: { readonly [K in keyof T]?: Column };
}

export const col = (name: string, kind: Kind): Column => ({ name, kind });

/** A parameter for a column: JSON as text (node-postgres would send a JS array as a SQL array). */
export function toParam(kind: Kind, value: unknown): unknown {
  if (value === undefined) return null;
  return kind === 'jsonb' ? JSON.stringify(value) : value;
}

function fromColumn(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  return kind === 'bigint' || kind === 'double precision' ? Number(value) : value;
}

export interface RowValues {
  names: string[];
  values: unknown[];
  casts: string[];
}

/**
 * The record as column name → value, with `extra` holding the fields no column names. `skip` leaves
 * columns out (to their defaults); a missing field stays undefined (SQL NULL).
 */
export function toColumns<T extends object>(
  map: TableMap<T>,
  record: T,
  skip: readonly (keyof T)[] = [],
): Record<string, unknown> {
  const fields = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, column] of entries(map)) {
    if (!skip.includes(field as keyof T)) out[column.name] = fields[field];
  }
  const extra: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!(field in map.columns) && value !== undefined) extra[field] = value;
  }
  out.extra = extra;
  return out;
}

/** toColumns as statement parameters, in column order. */
export function toRow<T extends object>(
  map: TableMap<T>,
  record: T,
  skip: readonly (keyof T)[] = [],
): RowValues {
  const kinds = new Map(entries(map).map(([, column]) => [column.name, column.kind]));
  kinds.set('extra', 'jsonb');
  const out: RowValues = { names: [], values: [], casts: [] };
  for (const [name, value] of Object.entries(toColumns(map, record, skip))) {
    const kind = kinds.get(name) ?? 'jsonb';
    out.names.push(name);
    out.values.push(toParam(kind, value));
    out.casts.push(kind);
  }
  return out;
}

export function fromRow<T>(map: TableMap<T>, row: Row): T {
  const record: Record<string, unknown> = { ...(row.extra as Record<string, unknown> | undefined) };
  for (const [field, column] of entries(map)) {
    const value = fromColumn(column.kind, row[column.name]);
    if (value !== undefined) record[field] = value;
  }
  return record as T;
}

/** `$1::type, $2::type…` for a row's values, numbered from `first`. */
export function placeholders(row: RowValues, first = 1): string {
  return row.casts.map((cast, i) => `$${first + i}::${cast}`).join(', ');
}

export function entries<T>(map: TableMap<T>): [string, Column][] {
  return Object.entries(map.columns).filter((e): e is [string, Column] => e[1] !== undefined);
}
