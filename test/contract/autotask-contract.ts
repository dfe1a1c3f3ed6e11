// Checks one Autotask request against Autotask's own swagger (issue 2 §5 "Contract tests"): the path
// maps onto a swagger path template, the verb is declared there, and every body field name (and
// every filter / includeFields name of a query) exists in that path's model — case-insensitively,
// because the 2020 file is PascalCase and the live API camelCase (reference/autotask/README.md).
// What the 2020 file lacks is allowed explicitly below, nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * AUTOTASK_SWAGGER overrides; otherwise the byte-for-byte copy of Autotask's 2020 swagger kept in
 * test/contract/reference/ (sha256 d0b148a8…baf31b, origin in reference/README.md), so a fresh clone
 * runs the contract tests without the shared folder.
 */
export const SWAGGER_PATH =
  process.env.AUTOTASK_SWAGGER ?? resolve(import.meta.dirname, 'reference/autotask-rest-swagger-v1.json');

// ---- the explicit allow-list for what the 2020 swagger lacks -------------------------------------

/** `POST {Entity}/query/next?paging=…` (API.md §2.4) — the 2020 file has no next-page path. POST only. */
const NEXT_PAGE = /^\/V1\.0\/([A-Za-z]+)\/query\/next$/i;

/** Fields marked "(new)" in API.md §4 (from the newer export, SWNEW), per swagger model. */
export const NEW_FIELDS: Record<string, string[]> = {
  PurchaseOrderModel: ['purchaseOrderNumber', 'purchaseOrderTemplateID', 'additionalVendorInvoiceNumbers'],
  ProductModel: ['createdByResourceID', 'createdTime', 'defaultInstalledProductCategoryID'],
};
// zoneInformation: the swagger writes `/V1.0/ZoneInformation`; paths compare case-insensitively.

const FILTER_OPS = new Set([
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
  'and',
  'or',
]);

// ---- the swagger, indexed once ------------------------------------------------------------------

interface SwaggerSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
}
interface SwaggerOperation {
  parameters?: { in: string; name: string; schema?: SwaggerSchema }[];
  responses?: Record<string, { schema?: SwaggerSchema }>;
}
interface Swagger {
  paths: Record<string, Record<string, SwaggerOperation>>;
  definitions: Record<string, SwaggerSchema>;
}
interface Route {
  template: string;
  pattern: RegExp;
  methods: Record<string, SwaggerOperation>;
}
interface Index {
  routes: Route[];
  byTemplate: Map<string, Route>;
  definitions: Record<string, SwaggerSchema>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  if (!existsSync(SWAGGER_PATH)) {
    throw new Error(`Autotask swagger not found at ${SWAGGER_PATH}; set AUTOTASK_SWAGGER to its path.`);
  }
  const swagger = JSON.parse(readFileSync(SWAGGER_PATH, 'utf8')) as Swagger;
  const routes = Object.entries(swagger.paths).map(([template, methods]) => ({
    template,
    methods,
    pattern: new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\d+')}$`,
      'i',
    ),
  }));
  index = {
    routes,
    byTemplate: new Map(routes.map((r) => [r.template.toLowerCase(), r])),
    definitions: swagger.definitions,
  };
  return index;
}

const modelName = (schema: SwaggerSchema | undefined) => schema?.$ref?.replace('#/definitions/', '');

function fieldNames(idx: Index, model: string): Set<string> {
  const props = Object.keys(idx.definitions[model]?.properties ?? {});
  return new Set([...props, ...(NEW_FIELDS[model] ?? [])].map((p) => p.toLowerCase()));
}

/** The entity model behind `/V1.0/{Entity}/query…`: what `GET /V1.0/{Entity}/{id}` returns. */
function entityModel(idx: Index, entityBase: string): string | undefined {
  const route = idx.byTemplate.get(`${entityBase}/{id}`.toLowerCase());
  return modelName(route?.methods.get?.responses?.['200']?.schema);
}

// ---- the check ------------------------------------------------------------------------------------

export function checkAutotaskRequest(method: string, url: string, body?: string | null): string[] {
  const idx = load();
  const verb = method.toUpperCase();
  const problems: string[] = [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`${verb} ${url}: not an absolute URL`];
  }
  const label = `${verb} ${parsed.pathname}`;
  if (parsed.protocol !== 'https:' || !parsed.hostname.toLowerCase().endsWith('.autotask.net')) {
    problems.push(`${label}: host ${parsed.host} is not https://*.autotask.net`);
  }
  const base = /^\/atservicesrest(\/.*)$/i.exec(parsed.pathname);
  if (!base?.[1]) return [...problems, `${label}: path is not under /ATServicesRest/`];
  const path = base[1].replace(/\/$/, '');

  let bodyModel: string | undefined;
  let queryEntityBase: string | undefined;
  const next = NEXT_PAGE.exec(path);
  if (next) {
    if (verb !== 'POST')
      problems.push(`${label}: query/next must be POSTed with the query body (API.md §2.4)`);
    bodyModel = 'QueryModel';
    queryEntityBase = `/V1.0/${next[1]}`;
    if (!idx.byTemplate.has(`${queryEntityBase}/query`.toLowerCase()))
      problems.push(`${label}: ${next[1]} has no query route`);
  } else {
    const route = idx.routes.find((r) => r.pattern.test(path));
    if (!route) return [...problems, `${label}: no such path in the Autotask swagger`];
    const op = route.methods[verb.toLowerCase()];
    if (!op) {
      return [
        ...problems,
        `${label}: ${verb} is not allowed on ${route.template} (only ${Object.keys(route.methods).join(', ').toUpperCase()})`,
      ];
    }
    bodyModel = modelName(op.parameters?.find((p) => p.in === 'body')?.schema);
    const query = /^(.*)\/query(\/count)?$/i.exec(route.template);
    if (query?.[1]) queryEntityBase = query[1];
  }

  const hasBody = body !== undefined && body !== null && body !== '';
  if (!hasBody) {
    if (bodyModel) problems.push(`${label}: a ${bodyModel} body is required`);
    return problems;
  }
  if (!bodyModel) return [...problems, `${label}: this route takes no body`];
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [...problems, `${label}: body is not JSON`];
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return [...problems, `${label}: body is not a JSON object`];

  problems.push(...checkObject(idx, label, bodyModel, json as Record<string, unknown>, 'body'));
  if (bodyModel === 'QueryModel' && queryEntityBase) {
    problems.push(...checkQueryFields(idx, label, queryEntityBase, json as Record<string, unknown>));
  }
  return problems;
}

function checkObject(
  idx: Index,
  label: string,
  model: string,
  value: Record<string, unknown>,
  where: string,
): string[] {
  const known = fieldNames(idx, model);
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (!known.has(key.toLowerCase())) {
      problems.push(`${label}: ${where}.${key} is not a field of ${model}`);
      continue;
    }
    if (key.toLowerCase() === 'userdefinedfields' && Array.isArray(child)) {
      child.forEach((udf, i) => {
        if (typeof udf === 'object' && udf !== null) {
          problems.push(
            ...checkObject(
              idx,
              label,
              'UserDefinedField',
              udf as Record<string, unknown>,
              `${where}.${key}[${i}]`,
            ),
          );
        }
      });
    }
  }
  return problems;
}

function checkQueryFields(
  idx: Index,
  label: string,
  entityBase: string,
  query: Record<string, unknown>,
): string[] {
  const model = entityModel(idx, entityBase);
  const fields = model ? fieldNames(idx, model) : undefined;
  const problems: string[] = [];
  const entry = (name: string) => Object.entries(query).find(([k]) => k.toLowerCase() === name)?.[1];

  const include = entry('includefields');
  if (Array.isArray(include) && fields) {
    for (const name of include) {
      if (!fields.has(String(name).toLowerCase()))
        problems.push(`${label}: includeFields names ${String(name)}, not a field of ${model}`);
    }
  }
  const walk = (filters: unknown, where: string) => {
    if (!Array.isArray(filters)) {
      problems.push(`${label}: ${where} is not an array`);
      return;
    }
    filters.forEach((f, i) => {
      const at = `${where}[${i}]`;
      if (typeof f !== 'object' || f === null) return void problems.push(`${label}: ${at} is not an object`);
      const filter = f as Record<string, unknown>;
      problems.push(...checkObject(idx, label, 'Filter', filter, at));
      const op = String(filter.op ?? '').toLowerCase();
      if (!FILTER_OPS.has(op))
        problems.push(`${label}: ${at}.op "${String(filter.op)}" is not an Autotask operator`);
      if (op === 'and' || op === 'or') return walk(filter.items, `${at}.items`);
      const udf = filter.udf === true;
      if (!udf && fields && !fields.has(String(filter.field).toLowerCase())) {
        problems.push(`${label}: ${at}.field ${String(filter.field)} is not a field of ${model}`);
      }
    });
  };
  const filter = entry('filter');
  if (filter === undefined) problems.push(`${label}: a query needs a filter (API.md §2.2)`);
  else walk(filter, 'body.filter');
  return problems;
}
