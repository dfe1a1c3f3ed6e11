// Checks one Ingram Micro request against Ingram's own OpenAPI spec (the byte-for-byte copy in
// reference/ingram-micro/): the path (after the sandbox's `/sandbox` prefix) matches a spec path
// template, the verb is declared there, every required header and query parameter is present,
// every parameter sent is declared and fits its schema, and a JSON body validates against the
// operation's requestBody schema (json-schema.ts). One documented exception below.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validate } from './json-schema';
import type { Schema } from './json-schema';

export const INGRAM_SPEC_PATH =
  process.env.INGRAM_SPEC ??
  resolve(import.meta.dirname, 'reference/ingram-micro/XI-Resellers-API-Spec.json');

/**
 * The exception: IM-SPEC models the token call as `GET /oauth/oauth20/token` with grant_type,
 * client_id and client_secret as query parameters; Ingram's authentication page (IM-AUTH, APIS.md
 * §2.1) POSTs them form-encoded, which we do so the secret never sits in a URL. A POST there is
 * checked against the GET's parameters, read from the form body.
 */
const TOKEN_PATH = '/oauth/oauth20/token';

/** Headers every client sends that the spec does not list as parameters. */
const TRANSPORT_HEADERS = new Set([
  'authorization',
  'accept',
  'content-type',
  'content-length',
  'accept-encoding',
  'user-agent',
  'host',
  'connection',
]);

interface Parameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema?: Schema;
  $ref?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  components: { schemas: Record<string, Schema> };
}
interface Route {
  template: string;
  pattern: RegExp;
  params: string[];
  ops: Record<string, Operation>;
}

let loaded: { spec: Spec; routes: Route[] } | undefined;

function load() {
  if (loaded) return loaded;
  if (!existsSync(INGRAM_SPEC_PATH))
    throw new Error(`Ingram spec not found at ${INGRAM_SPEC_PATH}; set INGRAM_SPEC.`);
  const spec = JSON.parse(readFileSync(INGRAM_SPEC_PATH, 'utf8')) as Spec;
  const routes = Object.entries(spec.paths).map(([template, ops]) => ({
    template,
    params: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
    pattern: new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('([^/]+)')}$`,
    ),
    ops: ops as Record<string, Operation>,
  }));
  // Literal paths first: `/orders/search` is not `/orders/{orderNumber}`.
  routes.sort((a, b) => a.params.length - b.params.length);
  loaded = { spec, routes };
  return loaded;
}

const resolveRef =
  (spec: Spec) =>
  (ref: string): Schema => {
    const name = ref.replace('#/components/schemas/', '');
    const schema = spec.components.schemas[name];
    if (!schema) throw new Error(`Unresolvable $ref ${ref}`);
    return schema;
  };

export function checkIngramRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string | null,
): string[] {
  const { spec, routes } = load();
  const verb = method.toLowerCase();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`${method} ${url}: not an absolute URL`];
  }
  const label = `${method.toUpperCase()} ${parsed.pathname}`;
  if (parsed.origin !== 'https://api.ingrammicro.com')
    return [`${label}: origin ${parsed.origin} is not Ingram's`];
  const path = parsed.pathname.replace(/^\/sandbox(?=\/)/, '');
  const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

  if (path === TOKEN_PATH && verb === 'post') {
    const problems: string[] = [];
    if (!/application\/x-www-form-urlencoded/i.test(lowerHeaders['content-type'] ?? ''))
      problems.push(`${label}: the token request must be form-encoded (IM-AUTH)`);
    if (parsed.search) problems.push(`${label}: the token POST carries its fields in the body, not the URL`);
    const op = routes.find((r) => r.template === TOKEN_PATH)!.ops.get!;
    const form = new URLSearchParams(body ?? '');
    for (const p of op.parameters ?? [])
      if (p.required && !form.get(p.name)) problems.push(`${label}: form field ${p.name} is required`);
    for (const name of form.keys())
      if (!(op.parameters ?? []).some((p) => p.name === name))
        problems.push(`${label}: form field ${name} is not in the spec`);
    return problems;
  }

  const candidates = routes.filter((r) => r.pattern.test(path));
  if (candidates.length === 0) return [`${label}: no such path in the Ingram spec`];
  const route = candidates.find((r) => r.ops[verb]);
  if (!route)
    return [
      `${label}: ${method.toUpperCase()} is not declared on ${candidates.map((r) => r.template).join(', ')}`,
    ];
  const op = route.ops[verb]!;
  const problems: string[] = [];
  const pathValues = route.pattern.exec(path)!.slice(1);
  const params = (op.parameters ?? []).filter((p) => !p.$ref);

  for (const p of params) {
    let value: string | undefined;
    if (p.in === 'header') value = lowerHeaders[p.name.toLowerCase()];
    else if (p.in === 'query') value = parsed.searchParams.get(p.name) ?? undefined;
    else if (p.in === 'path') value = pathValues[route.params.indexOf(p.name)];
    if (value === undefined) {
      if (p.required) problems.push(`${label}: required ${p.in} parameter ${p.name} is missing`);
      continue;
    }
    if (p.schema) problems.push(...checkParameter(p, decodeURIComponent(value), spec, label));
  }
  for (const name of new Set(parsed.searchParams.keys()))
    if (!params.some((p) => p.in === 'query' && p.name === name))
      problems.push(`${label}: query parameter ${name} is not in the spec`);
  for (const name of Object.keys(lowerHeaders))
    if (/^im-/i.test(name) && !params.some((p) => p.in === 'header' && p.name.toLowerCase() === name))
      problems.push(`${label}: header ${name} is not in the spec`);
  for (const name of Object.keys(lowerHeaders))
    if (!TRANSPORT_HEADERS.has(name) && !/^im-/i.test(name))
      problems.push(`${label}: header ${name} is not in the spec`);

  const hasBody = body !== undefined && body !== null && body !== '';
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!hasBody) {
    if (op.requestBody?.required || (schema && verb === 'post'))
      problems.push(`${label}: a JSON body is required`);
    return problems;
  }
  if (!schema) return [...problems, `${label}: this operation takes no body`];
  if (!/application\/json/i.test(lowerHeaders['content-type'] ?? ''))
    problems.push(`${label}: Content-Type is not application/json`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [...problems, `${label}: body is not JSON`];
  }
  problems.push(...validate(schema, json, 'body', resolveRef(spec)).map((p) => `${label}: ${p}`));
  return problems;
}

/** Header, query and path values are strings on the wire: typed by the parameter's schema. */
function checkParameter(p: Parameter, value: string, spec: Spec, label: string): string[] {
  const schema = p.schema!;
  let typed: unknown = value;
  if (schema.type === 'boolean') {
    if (value !== 'true' && value !== 'false') return [`${label}: ${p.in} ${p.name} must be true or false`];
    typed = value === 'true';
  } else if (schema.type === 'integer' || schema.type === 'number') {
    typed = Number(value);
  } else if (schema.type === 'array') {
    typed = [value];
  }
  return validate(schema, typed, `${p.in} ${p.name}`, resolveRef(spec)).map(
    (problem) => `${label}: ${problem}`,
  );
}
