// XML for the simulator. Requests are read with the element names exactly as documented (the real
// service is strict about what it receives, as far as anyone knows); responses are written with a
// configurable tag casing so the client's case-insensitive parsing (TDSYNNEX-XML.md rule 1) is
// exercised.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export type TagCase = 'documented' | 'lower' | 'upper' | 'random';

export type XmlDoc = Record<string, unknown>;

const REPEATED = new Set(['skuList', 'Item']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
});

/** The parsed request, or undefined when it is not well-formed XML. */
export function parseRequest(body: string): XmlDoc | undefined {
  if (XMLValidator.validate(body) !== true) return undefined;
  try {
    return parser.parse(body) as XmlDoc;
  } catch {
    return undefined;
  }
}

/** A child element as an object (or undefined). */
export function obj(node: unknown, name: string): XmlDoc | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlDoc)[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlDoc) : undefined;
}

/** A child element's text ('' when present but empty; undefined when absent). */
export function str(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlDoc)[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && '#text' in value)
    return String((value as XmlDoc)['#text']);
  return undefined;
}

export function list(node: unknown, name: string): XmlDoc[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlDoc)[name];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlDoc) : { '#text': item },
  );
}

export function toXml(doc: XmlDoc, tagCase: TagCase, random: () => number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(recase(doc, tagCase, random)) as string}`;
}

function recase(node: unknown, tagCase: TagCase, random: () => number): unknown {
  if (Array.isArray(node)) return node.map((entry) => recase(entry, tagCase, random));
  if (typeof node !== 'object' || node === null) return node;
  const out: XmlDoc = {};
  for (const [key, value] of Object.entries(node)) {
    const name = key.startsWith('@_') || key === '#text' ? key : caseOf(key, tagCase, random);
    out[name] = recase(value, tagCase, random);
  }
  return out;
}

function caseOf(name: string, tagCase: TagCase, random: () => number): string {
  switch (tagCase) {
    case 'documented':
      return name;
    case 'lower':
      return name.toLowerCase();
    case 'upper':
      return name.toUpperCase();
    case 'random': {
      const roll = random();
      return roll < 0.34 ? name.toLowerCase() : roll < 0.67 ? name.toUpperCase() : name;
    }
  }
}
