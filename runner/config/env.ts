// The configuration from environment variables (issue 13 §1): every field the config file has that
// fits in one string. Distributor variables come from the registry's own connection fields —
// TDSYNNEX_CUSTOMER_NO, INGRAM_CLIENT_SECRET… — so a new distributor folder brings its variables.
import { DISTRIBUTORS } from '../../lib/distributor/registry';

type Env = Readonly<Record<string, string | undefined>>;
type Raw = Record<string, unknown>;

/** customerNo → CUSTOMER_NO; product-sync → PRODUCT_SYNC. */
export const constantCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase();

/** The variable of a distributor's account field, e.g. TDSYNNEX_PASSWORD. */
export const distributorVar = (id: string, field: string) => `${constantCase(id)}_${constantCase(field)}`;

/** The variable of a template's cron expression, e.g. BRIDGE_SCHEDULE_PRODUCT_SYNC. */
export const scheduleVar = (templateId: string) => `BRIDGE_SCHEDULE_${constantCase(templateId)}`;

/** Sets `value` at `path` in `target` when the variable is set and not blank. */
function put(target: Raw, path: readonly string[], value: string | string[] | undefined): void {
  if (value === undefined || value.length === 0 || (typeof value === 'string' && value.trim() === '')) return;
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Raw;
  }
  node[path[path.length - 1]!] = value;
}

/** Numbers stay strings here: the schema coerces them, so an error still names the field. */
export function configFromEnv(env: Env, templateIds: readonly string[]): Raw {
  const raw: Raw = {};
  put(raw, ['dataDir'], env.BRIDGE_DATA_DIR);
  put(raw, ['databaseUrl'], env.DATABASE_URL);
  put(raw, ['timezone'], env.BRIDGE_TIMEZONE);
  put(raw, ['api', 'port'], env.BRIDGE_API_PORT);
  put(raw, ['api', 'host'], env.BRIDGE_API_HOST);
  put(raw, ['api', 'token'], env.BRIDGE_API_TOKEN);
  put(raw, ['api', 'publicUrl'], env.BRIDGE_PUBLIC_URL);
  const origins = env.BRIDGE_ALLOWED_ORIGINS?.split(',').map((o) => o.trim());
  put(raw, ['api', 'allowedOrigins'], origins?.filter(Boolean));
  put(raw, ['alerts', 'webhookUrl'], env.BRIDGE_WEBHOOK_URL);
  put(raw, ['alerts', 'kind'], env.BRIDGE_WEBHOOK_KIND);
  put(raw, ['autotask', 'userName'], env.AUTOTASK_USERNAME);
  put(raw, ['autotask', 'secret'], env.AUTOTASK_SECRET);
  put(raw, ['autotask', 'integrationCode'], env.AUTOTASK_INTEGRATION_CODE);
  for (const { id, fields } of DISTRIBUTORS) {
    for (const { name } of fields) put(raw, ['distributors', id, name], env[distributorVar(id, name)]);
    put(raw, ['distributors', id, 'vendorCompanyId'], env[distributorVar(id, 'vendorCompanyId')]);
  }
  for (const id of templateIds) put(raw, ['schedules', id], env[scheduleVar(id)]);
  return raw;
}

/** The file's values overlaid with the environment's: a variable wins over the file. */
export function overlay(base: unknown, top: unknown): unknown {
  const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(base) || !isObject(top)) return top === undefined ? base : top;
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(top)) out[key] = overlay(base[key], value);
  return out;
}
