// The runner's configuration (issue 13 §1): a JSON file named by BRIDGE_CONFIG, readable by the
// runner's user only, and/or environment variables — a variable wins over the file. Credentials live
// here and in memory only: never in the database, never in a log line, never in an error message
// (errors name the field, config/errors.ts). README "Run the schedules on a server" has the format.
import type { AutotaskCredentials } from '../lib/autotask/types';
import type { AccountInput } from '../lib/distributor/module';
import { DISTRIBUTORS, distributorById, isDistributorId } from '../lib/distributor/registry';
import { accountSchemaOf } from '../lib/distributor/accounts';
import type { VendorChoice } from '../lib/settings/settings';
import { parseWebhook } from './alerts/webhook';
import type { Webhook } from './alerts/webhook';
import { configFromEnv, overlay } from './config/env';
import { ConfigError, issuesError } from './config/errors';
import { readConfigFile } from './config/file';
import { rawConfigSchema } from './config/schema';
import { templateSettingsFromConfig } from './config/templates';
import { listTemplates } from '../lib/sync/registry';
import { z } from 'zod';
// Registers the templates, whose ids and settings schemas the configuration is checked against.
import './host/templates';

export { ConfigError } from './config/errors';

export interface DistributorConfig {
  /** Every field of the options page's form, secrets included. */
  account: AccountInput;
  /** The Autotask vendor company standing for it; templates skip a distributor without one. */
  vendor?: VendorChoice;
}

export interface RunnerConfig {
  dataDir: string;
  databaseUrl?: string;
  timezone?: string;
  api: { port: number; host: string; token?: string; allowedOrigins: string[]; publicUrl?: string };
  alerts?: { webhook: Webhook; linkBase?: string };
  autotask: AutotaskCredentials;
  /** By registry id; only the distributors configured. */
  distributors: Record<string, DistributorConfig>;
  /** By template id: its cron expression, when the config gives one. */
  schedules: Record<string, string>;
  /** By template id, every registered template: its whole settings, parsed by its own schema. */
  templates: Record<string, Record<string, unknown>>;
  settings: { orderNumberField?: string; logRetentionDays?: number };
}

type Env = Readonly<Record<string, string | undefined>>;

const vendorFields = z
  .object({
    vendorCompanyId: z.coerce.number().int().positive().optional(),
    vendorCompanyName: z.string().trim().min(1).optional(),
  })
  .loose();

function distributorConfig(id: string, entry: Record<string, unknown>): DistributorConfig {
  if (!isDistributorId(id)) {
    const known = DISTRIBUTORS.map((d) => d.id).join(', ');
    throw new ConfigError(`distributors.${id}: there is no such distributor (known: ${known}).`);
  }
  const info = distributorById(id);
  const parsedVendor = vendorFields.safeParse(entry);
  if (!parsedVendor.success) throw issuesError(parsedVendor.error.issues, ['distributors', id]);
  const { vendorCompanyId, vendorCompanyName, ...fields } = parsedVendor.data;
  const account = accountSchemaOf(id).safeParse(fields);
  if (!account.success) throw issuesError(account.error.issues, ['distributors', id]);
  return {
    account: account.data,
    ...(vendorCompanyId
      ? { vendor: { companyId: vendorCompanyId, companyName: vendorCompanyName ?? info.label } }
      : {}),
  };
}

function alertsConfig(alerts: { webhookUrl: string; kind?: 'slack' | 'teams'; linkBase?: string }) {
  try {
    const webhook = parseWebhook(alerts.webhookUrl, alerts.kind);
    return { webhook, ...(alerts.linkBase ? { linkBase: alerts.linkBase } : {}) };
  } catch (error) {
    // parseWebhook's messages never quote the URL (runner/alerts/webhook.ts).
    throw new ConfigError(`alerts.webhookUrl: ${(error as Error).message}`);
  }
}

/** Reads and checks everything; throws ConfigError naming the first wrong fields. */
export async function loadConfig(env: Env = process.env): Promise<RunnerConfig> {
  const templateIds = listTemplates().map((t) => t.id);
  const file = env.BRIDGE_CONFIG ? await readConfigFile(env.BRIDGE_CONFIG) : {};
  const parsed = rawConfigSchema.safeParse(overlay(file, configFromEnv(env, templateIds)));
  if (!parsed.success) throw issuesError(parsed.error.issues);
  const raw = parsed.data;
  for (const id of Object.keys(raw.schedules)) {
    if (!templateIds.includes(id)) {
      throw new ConfigError(`schedules.${id}: there is no such template (known: ${templateIds.join(', ')}).`);
    }
  }
  const { databaseUrl, timezone, alerts } = raw;
  return {
    dataDir: raw.dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(timezone ? { timezone } : {}),
    api: raw.api,
    ...(alerts ? { alerts: alertsConfig(alerts) } : {}),
    autotask: raw.autotask,
    distributors: Object.fromEntries(
      Object.entries(raw.distributors).map(([id, entry]) => [id, distributorConfig(id, entry)]),
    ),
    schedules: raw.schedules,
    templates: templateSettingsFromConfig(raw.templates, raw.schedules),
    settings: raw.settings,
  };
}

/** Every secret value in the configuration: the runner's log scrubs them from each line it prints. */
export function secretValues(config: RunnerConfig): string[] {
  const values = [config.autotask.secret, config.api.token, config.alerts?.webhook.url, config.databaseUrl];
  for (const [id, { account }] of Object.entries(config.distributors)) {
    for (const field of distributorById(id).secretFields) values.push(account[field]);
  }
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}
