// XML in and out of EC Express. Requests are built by a real serializer so every value is escaped
// (TDSYNNEX-XML.md rule 5); responses are checked to be XML at all, then parsed with every tag and
// attribute name lower-cased (rule 1) and every value kept as text (rule 3: numbers are parsed
// strictly by fields.ts, never by the XML library).
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { errorDetailError, malformed } from './errors';
import type { ExchangeContext } from './errors';
import { MAX_RESPONSE_CHARS } from './limits';

export const ATTR = '@_';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  suppressEmptyNode: false,
});

/** Elements that repeat; single occurrences are wrapped too (rule 2), and fields.ts accepts both anyway. */
const REPEATED = new Set([
  'priceavailabilitylist',
  'availabilitybywarehouse',
  'item',
  'package',
  'serialno',
  'errordetail',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (name) => REPEATED.has(name.toLowerCase()),
});

export type XmlTree = Record<string, unknown>;

export function buildXml(document: XmlTree): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document) as string}`;
}

const RESERVED_NAME = /[<\s/](__proto__|constructor|prototype)\s*[=>/\s]/i;

const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * Text → lower-cased tree, or AppError 'malformed-response' naming the endpoint. An errorDetail
 * anywhere in the document means the whole request failed (rule 4).
 */
export function parseXmlResponse(text: string, ctx: ExchangeContext): XmlTree {
  if (text.length > MAX_RESPONSE_CHARS) throw malformed(ctx, undefined, `body of ${text.length} characters`);
  const body = text.replace(/^\uFEFF/, '');
  if (HTML_START.test(body)) throw malformed(ctx, undefined, 'an HTML page instead of XML');
  if (!body.trimStart().startsWith('<')) throw malformed(ctx, undefined, 'the body is not XML');
  // An API answer never declares a DTD; refusing one rules out entity-expansion tricks.
  if (/<!DOCTYPE/i.test(body)) throw malformed(ctx, undefined, 'a document type declaration');
  // fast-xml-parser refuses these as tag names but keeps them as attribute names; no answer has them.
  if (RESERVED_NAME.test(body))
    throw malformed(ctx, undefined, 'a reserved JavaScript name as a tag or attribute');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw malformed(ctx, undefined, `invalid XML (${valid.err.msg})`);
  let tree: XmlTree;
  try {
    tree = parser.parse(body) as XmlTree;
  } catch (error) {
    throw malformed(ctx, undefined, error instanceof Error ? error.message : 'unparseable XML');
  }
  const details = findErrorDetails(tree);
  if (details) throw errorDetailError(ctx, details);
  return tree;
}

function findErrorDetails(node: unknown, depth = 0): string[] | undefined {
  if (depth > 200 || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const entry of node) {
      const found = findErrorDetails(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'errordetail') return (Array.isArray(value) ? value : [value]).map(flattenText);
    const found = findErrorDetails(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function flattenText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const values = Array.isArray(node) ? node : Object.values(node);
  return values.map(flattenText).filter(Boolean).join(' ');
}
