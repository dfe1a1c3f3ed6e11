// Strict readers over the lower-cased tree of xml.ts. Element names are passed in their documented
// casing (that is what an error shows) and looked up lower-cased (TDSYNNEX-XML.md rule 1). One child
// or many both read (rule 2). Numbers are text and are parsed strictly (rule 3): "12.50" is 12.5;
// "", "N/A", "1,043.17", "1e3" and negatives are refused, never NaN.
import { malformed } from './errors';
import type { ExchangeContext } from './errors';
import { ATTR } from './xml';
import type { XmlTree } from './xml';

export interface Cursor {
  node: unknown;
  /** Documented path of `node`, e.g. `PriceAvailabilityList[2]`. */
  path: string;
  ctx: ExchangeContext;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function raw(cursor: Cursor, name: string): unknown {
  const { node } = cursor;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const key = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(node, key) ? (node as XmlTree)[key] : undefined;
}

/** Every `name` child, whether the document has none, one or many. */
export function many(cursor: Cursor, name: string): Cursor[] {
  const value = raw(cursor, name);
  if (value === undefined || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((node, index) => ({
    node,
    path: `${join(cursor.path, name)}[${index + 1}]`,
    ctx: cursor.ctx,
  }));
}

export function optionalChild(cursor: Cursor, name: string): Cursor | undefined {
  const list = many(cursor, name);
  if (list.length > 1)
    throw malformed(cursor.ctx, join(cursor.path, name), `expected one element, got ${list.length}`);
  const first = list[0];
  return first && { ...first, path: join(cursor.path, name) };
}

export function child(cursor: Cursor, name: string): Cursor {
  const found = optionalChild(cursor, name);
  if (!found) throw malformed(cursor.ctx, join(cursor.path, name), 'missing');
  return found;
}

/** Trimmed text of a child element (or of an attribute when `name` starts with `@`); undefined when absent or empty. */
export function optionalText(cursor: Cursor, name: string): string | undefined {
  if (name.startsWith('@')) {
    const value = raw(cursor, ATTR + name.slice(1));
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }
  const found = optionalChild(cursor, name);
  return found && nodeText(found);
}

/** Trimmed text of the element under the cursor itself (e.g. one of many `SerialNo`); undefined when empty. */
export function nodeText(cursor: Cursor): string | undefined {
  const { node, path, ctx } = cursor;
  let value: unknown = node;
  if (typeof node === 'object' && node !== null) {
    const entries = Object.keys(node).filter((key) => !key.startsWith(ATTR));
    if (entries.some((key) => key !== '#text')) throw malformed(ctx, path, 'expected text, got elements');
    value = (node as XmlTree)['#text'] ?? '';
  }
  if (typeof value !== 'string') throw malformed(ctx, path, 'expected text');
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function text(cursor: Cursor, name: string): string {
  const value = optionalText(cursor, name);
  if (value === undefined) throw malformed(cursor.ctx, join(cursor.path, name), 'missing or empty');
  return value;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function parseStrict(cursor: Cursor, name: string, value: string, pattern: RegExp, what: string): number {
  const parsed = pattern.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed)) {
    throw malformed(cursor.ctx, join(cursor.path, name), `${quote(value)} is not ${what}`);
  }
  return parsed;
}

/** A non-negative decimal (prices); undefined when the element is absent or empty. */
export function optionalDecimal(cursor: Cursor, name: string): number | undefined {
  const value = optionalText(cursor, name);
  return value === undefined ? undefined : parseStrict(cursor, name, value, DECIMAL, 'a non-negative number');
}

export function decimal(cursor: Cursor, name: string): number {
  return parseStrict(cursor, name, text(cursor, name), DECIMAL, 'a non-negative number');
}

/** A non-negative whole number (quantities, line numbers); undefined when absent or empty. */
export function optionalCount(cursor: Cursor, name: string): number | undefined {
  const value = optionalText(cursor, name);
  return value === undefined
    ? undefined
    : parseStrict(cursor, name, value, INTEGER, 'a non-negative whole number');
}

export function count(cursor: Cursor, name: string): number {
  return parseStrict(cursor, name, text(cursor, name), INTEGER, 'a non-negative whole number');
}

/** The cursor on the document's root element, which must be `name`. */
export function root(tree: XmlTree, name: string, ctx: ExchangeContext): Cursor {
  const top: Cursor = { node: tree, path: '', ctx };
  const found = optionalChild(top, name);
  if (!found) {
    const got = Object.keys(tree).filter((key) => !key.startsWith('?'));
    throw malformed(
      ctx,
      name,
      `expected root element <${name}>, got ${got.length ? `<${got.join('>, <')}>` : 'none'}`,
    );
  }
  return { ...found, path: name };
}
