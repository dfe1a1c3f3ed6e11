// A small validator for the OpenAPI 3.0 schema subset the Ingram spec uses ($ref, type, nullable,
// properties, required, additionalProperties, items, enum, min/maxLength, minimum/maximum,
// maxItems, allOf/oneOf/anyOf). No dependency is added for it (ajv is only a transitive one).
// Stricter than OpenAPI's default on one point, on purpose: a property the schema does not name is a
// problem, so a misspelt field of ours is caught (the Autotask checker does the same).

export interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export type Resolve = (ref: string) => Schema;

export function validate(schema: Schema, value: unknown, path: string, resolve: Resolve): string[] {
  let s = schema;
  for (let depth = 0; s.$ref && depth < 20; depth += 1) s = resolve(s.$ref);
  if (value === null) return s.nullable || s.type === undefined ? [] : [`${path}: null is not allowed`];
  if (s.allOf) return s.allOf.flatMap((part) => validate(part, value, path, resolve));
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) {
    const results = alternatives.map((alt) => validate(alt, value, path, resolve));
    return results.some((r) => r.length === 0) ? [] : (results[0] ?? []);
  }
  const problems: string[] = [];
  const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object`];
      const record = value as Record<string, unknown>;
      for (const name of s.required ?? [])
        if (record[name] === undefined) problems.push(`${path}.${name}: required`);
      for (const [name, item] of Object.entries(record)) {
        const property = s.properties?.[name];
        if (property) problems.push(...validate(property, item, `${path}.${name}`, resolve));
        else if (typeof s.additionalProperties === 'object')
          problems.push(...validate(s.additionalProperties, item, `${path}.${name}`, resolve));
        else if (s.properties || s.additionalProperties === false)
          problems.push(`${path}.${name}: not in the spec`);
      }
      break;
    }
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      if (s.maxItems !== undefined && value.length > s.maxItems)
        problems.push(`${path}: more than ${s.maxItems} items`);
      if (s.items)
        value.forEach((item, i) => problems.push(...validate(s.items!, item, `${path}[${i}]`, resolve)));
      break;
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string, got ${typeof value}`];
      if (s.maxLength !== undefined && value.length > s.maxLength)
        problems.push(`${path}: longer than ${s.maxLength} characters`);
      if (s.minLength !== undefined && value.length < s.minLength)
        problems.push(`${path}: shorter than ${s.minLength} characters`);
      break;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [`${path}: expected a ${type}`];
      if (type === 'integer' && !Number.isInteger(value)) problems.push(`${path}: expected an integer`);
      if (s.minimum !== undefined && value < s.minimum) problems.push(`${path}: below ${s.minimum}`);
      if (s.maximum !== undefined && value > s.maximum) problems.push(`${path}: above ${s.maximum}`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return [`${path}: expected a boolean`];
      break;
  }
  if (s.enum && !s.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  return problems;
}
