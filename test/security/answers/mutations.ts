// Generates malformed answers from a recorded one (issue 7 §3): per field (missing, null, wrong
// types, NaN, negative, infinite) and per body (`__proto__` keys, duplicate ids, 10 MB, deeply
// nested, truncated, HTML with 200, wrong content type). JSON and XML each get their own writer;
// what a field may hold is declared by the exchange (exchanges.ts), not derived from our schemas,
// so a schema that is too lenient shows up as a case that gets through.
import type { Recorded } from './world';

export type FieldKind =
  | 'id' // required integer
  | 'int' // optional integer
  | 'count' // required integer ≥ 0
  | 'count?' // optional integer ≥ 0
  | 'quantity' // required integer ≥ 1
  | 'money' // optional number ≥ 0
  | 'price' // required number ≥ 0
  | 'text' // required string
  | 'text?' // optional string
  | 'enum'; // required, one of a fixed set

export interface Mutation {
  what: string;
  /** The field the error must name; '(body)' for whole-body problems. */
  field: string;
  answer: (original: Recorded) => Recorded;
}

const OPTIONAL: FieldKind[] = ['int', 'count?', 'money', 'text?'];
const RAW = '\u0000raw:';
const TEN_MB = 10 * 1024 * 1024;

function valuesFor(kind: FieldKind): [string, unknown][] {
  const required = !OPTIONAL.includes(kind);
  const out: [string, unknown][] = [];
  if (required) out.push(['null', null]);
  if (kind === 'text' || kind === 'text?' || kind === 'enum') {
    out.push(['a number', 42], ['an object', { a: 1 }], ['an array', ['x']], ['a boolean', true]);
    if (kind === 'enum') out.push(['an unknown value', 'ALMOST_VALID']);
    return out;
  }
  out.push(
    ['a numeric string', '12'],
    ['the string "NaN"', 'NaN'],
    ['Infinity (1e999)', `${RAW}1e999`],
    ['a boolean', true],
    ['an object', { value: 1 }],
    ['an array', [1]],
  );
  if (kind !== 'money' && kind !== 'price') out.push(['a fraction', 1.5]);
  if (kind === 'count' || kind === 'count?' || kind === 'quantity') out.push(['a negative number', -1]);
  if (kind === 'quantity') out.push(['zero', 0]);
  if (kind === 'money' || kind === 'price')
    out.push(['a negative price', -0.01], ['a formatted string', '1,043.17']);
  return out;
}

// ---- JSON ------------------------------------------------------------------------------------

type Path = (string | number)[];

function at(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

function stringify(value: unknown): string {
  return JSON.stringify(value).replace(
    new RegExp(`"${RAW.replace('\u0000', '\\\\u0000')}([^"]*)"`, 'g'),
    '$1',
  );
}

function editJson(edit: (body: unknown) => void) {
  return (original: Recorded): Recorded => {
    const body = JSON.parse(original.text) as unknown;
    edit(body);
    return { ...original, text: stringify(body) };
  };
}

export function fieldMutationsJson(path: Path, kind: FieldKind): Mutation[] {
  const name = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  const parent = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const out: Mutation[] = [];
  if (!OPTIONAL.includes(kind))
    out.push({
      what: `${name} missing`,
      field: name,
      answer: editJson((b) => void delete at(b, parent)[key]),
    });
  for (const [label, value] of valuesFor(kind)) {
    out.push({
      what: `${name} ${label}`,
      field: name,
      answer: editJson((b) => void (at(b, parent)[key] = value)),
    });
  }
  return out;
}

/** `itemPath` is where one entity sits (`['items', 0]` or `['item']`); `listPath` for duplicate ids. */
export function bodyMutationsJson(itemPath: Path, listPath?: Path): Mutation[] {
  const body = '(body)';
  const out: Mutation[] = [
    {
      what: '__proto__ key in an entity',
      field: body,
      answer: (o) => ({ ...o, text: injectKey(o.text, itemPath, '__proto__') }),
    },
    {
      what: '__proto__ key at the top',
      field: body,
      answer: (o) => ({ ...o, text: o.text.replace(/^\{/, '{"__proto__":{"isAdmin":true},') }),
    },
    {
      what: 'constructor.prototype key',
      field: body,
      answer: (o) => ({
        ...o,
        text: injectKey(o.text, itemPath, 'constructor', '{"prototype":{"isAdmin":true}}'),
      }),
    },
    {
      what: '10 MB body',
      field: body,
      answer: editJson((b) => void (at(b, itemPath).description = 'x'.repeat(TEN_MB))),
    },
    {
      what: 'deeply nested extra field',
      field: body,
      answer: (o) => ({
        ...o,
        text: injectKey(o.text, itemPath, 'extra', '{"n":'.repeat(5_000) + '1' + '}'.repeat(5_000)),
      }),
    },
    {
      what: 'deeply nested body',
      field: body,
      answer: (o) => ({ ...o, text: '['.repeat(200_000) + ']'.repeat(200_000) }),
    },
    {
      what: 'truncated body',
      field: body,
      answer: (o) => ({ ...o, text: o.text.slice(0, Math.floor(o.text.length / 2)) }),
    },
    { what: 'empty body', field: body, answer: (o) => ({ ...o, text: '' }) },
    { what: 'JSON null', field: body, answer: (o) => ({ ...o, text: 'null' }) },
    { what: 'a JSON array', field: body, answer: (o) => ({ ...o, text: '[]' }) },
    {
      what: 'HTML page with status 200',
      field: body,
      answer: () => ({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        text: '<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>',
      }),
    },
    {
      what: 'HTML without a content type',
      field: body,
      answer: () => ({
        status: 200,
        contentType: '',
        text: '<html><head><title>Maintenance</title></head></html>',
      }),
    },
    {
      what: 'wrong content type (text/plain)',
      field: body,
      answer: (o) => ({ ...o, contentType: 'text/plain' }),
    },
    {
      what: 'wrong content type (XML)',
      field: body,
      answer: (o) => ({ ...o, contentType: 'application/xml' }),
    },
  ];
  if (listPath) {
    out.push({
      what: 'duplicate ids',
      field: `${listPath.join('.')}[1].id`,
      answer: editJson((b) => {
        const list = at(b, listPath) as unknown as { id: number }[];
        if (list.length < 2) throw new Error(`the recorded ${listPath.join('.')} has fewer than 2 rows`);
        list[1]!.id = list[0]!.id;
      }),
    });
  }
  return out;
}

function injectKey(text: string, itemPath: Path, key: string, value = '{"isAdmin":true}'): string {
  const body = JSON.parse(text) as unknown;
  at(body, itemPath)['\u0000marker'] = 1;
  return stringify(body).replace('"\\u0000marker":1', `"${key}":${value}`);
}

// ---- XML -------------------------------------------------------------------------------------

/** The first `<tag>value</tag>` (any case) whose value the edit replaces; `undefined` removes it. */
function editElement(text: string, tag: string, value: string | undefined): string {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([^<]*)</${tag}>`, 'i');
  if (!re.test(text)) throw new Error(`the recorded answer has no <${tag}>`);
  return text.replace(re, (_all, attrs: string | undefined) =>
    value === undefined ? '' : `<${tag}${attrs ?? ''}>${value}</${tag}>`,
  );
}

export function fieldMutationsXml(tag: string, kind: FieldKind): Mutation[] {
  const out: Mutation[] = [];
  const edit = (value: string | undefined) => (o: Recorded) => ({
    ...o,
    text: editElement(o.text, tag, value),
  });
  if (!OPTIONAL.includes(kind)) {
    out.push({ what: `<${tag}> missing`, field: tag, answer: edit(undefined) });
    out.push({ what: `<${tag}> empty`, field: tag, answer: edit('') });
  }
  if (kind === 'text' || kind === 'text?') return out;
  if (kind === 'enum')
    return [...out, { what: `<${tag}> unknown value`, field: tag, answer: edit('ALMOST_VALID') }];
  const bad = ['abc', 'NaN', 'Infinity', '1e999', '0x10', '12abc'];
  if (kind === 'money' || kind === 'price') bad.push('-0.01', '1,043.17');
  else bad.push('-1', '1.5');
  if (kind === 'quantity') bad.push('0');
  for (const value of bad) out.push({ what: `<${tag}> = ${value}`, field: tag, answer: edit(value) });
  return out;
}

export function bodyMutationsXml(repeated: string): Mutation[] {
  const body = '(body)';
  const open = new RegExp(`<${repeated}(\\s[^>]*)?>`, 'i');
  const firstBlock = (text: string) => {
    const match = new RegExp(`<${repeated}(\\s[^>]*)?>[\\s\\S]*?</${repeated}>`, 'i').exec(text);
    if (!match) throw new Error(`the recorded answer has no <${repeated}>`);
    return match;
  };
  const insideFirst = (inject: string) => (o: Recorded) => ({
    ...o,
    text: o.text.replace(open, (tag) => `${tag}${inject}`),
  });
  return [
    {
      what: `duplicate <${repeated}>`,
      field: body,
      answer: (o) => {
        const m = firstBlock(o.text);
        return { ...o, text: o.text.replace(m[0], m[0] + m[0]) };
      },
    },
    {
      what: '<__proto__> element',
      field: body,
      answer: insideFirst('<__proto__><isAdmin>true</isAdmin></__proto__>'),
    },
    {
      what: '<constructor> element',
      field: body,
      answer: insideFirst('<constructor><prototype><isAdmin>true</isAdmin></prototype></constructor>'),
    },
    {
      what: '__proto__ attribute',
      field: body,
      answer: (o) => ({ ...o, text: o.text.replace(open, (tag) => tag.replace(/>$/, ' __proto__="x">')) }),
    },
    {
      what: '10 MB body',
      field: body,
      answer: insideFirst(`<description>${'x'.repeat(TEN_MB)}</description>`),
    },
    {
      what: 'deeply nested elements',
      field: body,
      answer: insideFirst('<n>'.repeat(5_000) + '</n>'.repeat(5_000)),
    },
    {
      what: 'entity expansion (DTD)',
      field: body,
      answer: (o) => ({
        ...o,
        text: o.text.replace(
          /^(<\?xml[^>]*\?>)?/,
          '$1<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        ),
      }),
    },
    {
      what: 'truncated body',
      field: body,
      answer: (o) => ({ ...o, text: o.text.slice(0, Math.floor(o.text.length / 2)) }),
    },
    { what: 'empty body', field: body, answer: (o) => ({ ...o, text: '' }) },
    {
      what: 'HTML page with status 200',
      field: body,
      answer: () => ({
        status: 200,
        contentType: 'text/html',
        text: '<!DOCTYPE html><html><body>Login</body></html>',
      }),
    },
    {
      what: 'HTML served as XML',
      field: body,
      answer: (o) => ({ ...o, text: '<html><head><title>Maintenance</title></head><body></body></html>' }),
    },
    {
      what: 'wrong content type (JSON)',
      field: body,
      answer: (o) => ({ ...o, contentType: 'application/json' }),
    },
    {
      what: 'a JSON body',
      field: body,
      answer: () => ({ status: 200, contentType: 'application/xml', text: '{"priceResponse":{}}' }),
    },
  ];
}
