// The shape of the runner's configuration (README "Run the schedules on a server"), checked once at
// start-up. Distributor accounts are checked by each distributor's own account schema (the one the
// options page uses), template settings by each template's own settings schema (template-settings.ts).
import { Cron } from 'croner';
import { z } from 'zod';
import { MIN_TOKEN_LENGTH } from '../api/auth';

const text = z.string().trim().min(1, 'must not be empty');

export const DEFAULT_API_PORT = 8787;
export const DEFAULT_DATA_DIR = './runner-data';

function validCron(expression: string): boolean {
  try {
    // Paused and stopped at once: only the parse matters here.
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function validTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const extensionOrigin = z
  .string()
  .regex(
    /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i,
    'must be chrome-extension://<id> or moz-extension://<uuid>',
  );

export const rawConfigSchema = z
  .object({
    dataDir: text.default(DEFAULT_DATA_DIR),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
      .optional(),
    /** IANA zone the cron expressions are read in; the process's own (TZ) by default. */
    timezone: z.string().refine(validTimezone, 'must be an IANA time zone, e.g. Europe/London').optional(),
    api: z
      .object({
        port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_API_PORT),
        host: text.default('127.0.0.1'),
        token: z.string().min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters`).optional(),
        allowedOrigins: z.array(extensionOrigin).default([]),
        /** Where people reach the runner; alerts link to entries under it. */
        publicUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
      })
      .strict()
      .prefault({}),
    alerts: z
      .object({
        webhookUrl: z.string().min(1, 'must not be empty'),
        kind: z.enum(['slack', 'teams']).optional(),
        /** A page of the team's own for entries; `<linkBase><id>`. */
        linkBase: z.string().optional(),
      })
      .strict()
      .optional(),
    autotask: z
      .object({ userName: text, secret: z.string().min(1, 'must not be empty'), integrationCode: text })
      .strict(),
    /** By registry id: the account fields of the options page, plus the vendor company standing for it. */
    distributors: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    /** By template id: a cron expression (5 or 6 fields). */
    schedules: z
      .record(z.string(), z.string().refine(validCron, 'must be a cron expression, e.g. "0 2 * * *"'))
      .default({}),
    /** By template id: settings over the template's defaults, as on the options page. */
    templates: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    settings: z
      .object({
        orderNumberField: text.optional(),
        logRetentionDays: z.coerce.number().int().min(1).max(3650).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type RawConfig = z.infer<typeof rawConfigSchema>;
