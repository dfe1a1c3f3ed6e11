// @vitest-environment node
// The runner's configuration: file and environment, the credentials file's mode, and errors that
// name the field without ever quoting a value.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretValues } from '../../runner/config';

const SECRET = 'autotask-secret-Zq81';
const PASSWORD = 'tds-password-Kx77';
const TOKEN = 'runner-token-0123456789';

const minimalEnv = {
  AUTOTASK_USERNAME: 'api@contoso.example',
  AUTOTASK_SECRET: SECRET,
  AUTOTASK_INTEGRATION_CODE: 'INTEGRATION01',
};

const fullFile = {
  dataDir: '/var/lib/bridge',
  api: { port: 9000, token: TOKEN, allowedOrigins: ['chrome-extension://abcdefghijklmnop'] },
  alerts: { webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz' },
  autotask: { userName: 'api@contoso.example', secret: SECRET, integrationCode: 'INTEGRATION01' },
  distributors: {
    tdsynnex: {
      customerNo: '123456',
      userId: 'ec-user',
      password: PASSWORD,
      region: 'US',
      environment: 'production',
      vendorCompanyId: 29683001,
    },
  },
  schedules: { 'product-sync': '0 2 * * *' },
  templates: { 'order-status': { enabled: false } },
  settings: { logRetentionDays: 60 },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configFile(content: unknown, mode = 0o600): Promise<string> {
  const path = join(dir, 'config.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  await chmod(path, mode);
  return path;
}

async function failure(env: Record<string, string>): Promise<ConfigError> {
  const error = await loadConfig(env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('the runner configuration', () => {
  it('reads the whole file format', async () => {
    const config = await loadConfig({ BRIDGE_CONFIG: await configFile(fullFile) });
    expect(config.api).toMatchObject({ port: 9000, host: '127.0.0.1', token: TOKEN });
    expect(config.alerts?.webhook.kind).toBe('slack');
    expect(config.distributors.tdsynnex).toEqual({
      account: {
        customerNo: '123456',
        userId: 'ec-user',
        password: PASSWORD,
        region: 'US',
        environment: 'production',
      },
      vendor: { companyId: 29683001, companyName: 'TD SYNNEX' },
    });
    // Scheduled means switched on; the rest of the settings are the template's defaults.
    expect(config.templates['product-sync']).toMatchObject({ enabled: true, dailyAt: '02:00' });
    expect(config.templates['order-status']).toMatchObject({ enabled: false });
    expect(config.settings.logRetentionDays).toBe(60);
  });

  it('takes everything from the environment, with defaults for the rest', async () => {
    const config = await loadConfig({
      ...minimalEnv,
      TDSYNNEX_CUSTOMER_NO: '1',
      TDSYNNEX_USER_ID: 'u',
      TDSYNNEX_PASSWORD: PASSWORD,
      TDSYNNEX_REGION: 'CA',
      TDSYNNEX_ENVIRONMENT: 'test',
      TDSYNNEX_VENDOR_COMPANY_ID: '42',
      BRIDGE_API_PORT: '8080',
      BRIDGE_SCHEDULE_ORDER_STATUS: '*/15 * * * *',
    });
    expect(config.dataDir).toBe('./runner-data');
    expect(config.api.port).toBe(8080);
    expect(config.distributors.tdsynnex?.vendor?.companyId).toBe(42);
    expect(config.schedules).toEqual({ 'order-status': '*/15 * * * *' });
  });

  it('lets a variable win over the file', async () => {
    const path = await configFile(fullFile);
    const config = await loadConfig({
      BRIDGE_CONFIG: path,
      BRIDGE_API_PORT: '9100',
      DATABASE_URL: 'postgres://db/bridge',
    });
    expect(config.api.port).toBe(9100);
    expect(config.databaseUrl).toBe('postgres://db/bridge');
  });

  it.each([0o644, 0o640, 0o604, 0o660])('refuses a config file of mode %o, naming the fix', async (mode) => {
    const path = await configFile(fullFile, mode);
    const error = await failure({ BRIDGE_CONFIG: path });
    expect(error.message).toContain(`chmod 600 ${path}`);
    expect(error.message).toContain(`mode 0${mode.toString(8)}`);
  });

  it('accepts 0400 as well as 0600', async () => {
    await expect(loadConfig({ BRIDGE_CONFIG: await configFile(fullFile, 0o400) })).resolves.toBeDefined();
  });

  it('names a missing config file', async () => {
    const error = await failure({ BRIDGE_CONFIG: join(dir, 'absent.json') });
    expect(error.message).toMatch(/absent\.json.*cannot be found/);
  });

  it('names each missing field', async () => {
    const error = await failure({ AUTOTASK_USERNAME: 'api@contoso.example' });
    expect(error.message).toContain('autotask.secret');
    expect(error.message).toContain('autotask.integrationCode');
  });

  it.each([
    ['a distributor field', { TDSYNNEX_REGION: 'XX' }, 'distributors.tdsynnex.region'],
    ['a cron expression', { BRIDGE_SCHEDULE_PRODUCT_SYNC: 'at two' }, 'schedules.product-sync'],
    ['a short API token', { BRIDGE_API_TOKEN: 'short' }, 'api.token'],
    ['a plain-http webhook', { BRIDGE_WEBHOOK_URL: 'http://hooks.example.com/x' }, 'alerts.webhookUrl'],
    ['a port', { BRIDGE_API_PORT: 'eighty' }, 'api.port'],
  ])('names %s that is wrong', async (_what, env, field) => {
    const error = await failure({ ...minimalEnv, ...env });
    expect(error.message).toContain(field);
  });

  it('names a wrong template setting by its path', async () => {
    const path = await configFile({ ...fullFile, templates: { 'product-sync': { dailyAt: '25:00' } } });
    expect((await failure({ BRIDGE_CONFIG: path })).message).toContain('templates.product-sync.dailyAt');
  });

  it('refuses an unknown template or distributor', async () => {
    const file = { ...fullFile, templates: { 'product-sinc': {} } };
    expect((await failure({ BRIDGE_CONFIG: await configFile(file) })).message).toContain(
      'templates.product-sinc',
    );
    const other = { ...fullFile, distributors: { acme: {} } };
    expect((await failure({ BRIDGE_CONFIG: await configFile(other) })).message).toContain(
      'distributors.acme',
    );
  });

  it('never echoes a value, even a wrong one', async () => {
    const wrongSecrets = {
      ...fullFile,
      autotask: { ...fullFile.autotask, secret: 42 },
      api: { ...fullFile.api, token: 'tok-Short' },
      distributors: { tdsynnex: { ...fullFile.distributors.tdsynnex, password: PASSWORD, region: PASSWORD } },
      alerts: { webhookUrl: `ftp://${PASSWORD}@hooks.example.com` },
    };
    for (const file of [wrongSecrets, { ...fullFile, databaseUrl: `mysql://u:${PASSWORD}@db` }]) {
      const message = (await failure({ BRIDGE_CONFIG: await configFile(file) })).message;
      for (const value of [SECRET, PASSWORD, 'tok-Short', TOKEN]) expect(message).not.toContain(value);
    }
    // Broken JSON: V8's own message would quote the text around the mistake.
    const broken = await configFile(`{"autotask": {"secret": "${SECRET}" "x": 1}}`);
    const message = (await failure({ BRIDGE_CONFIG: broken })).message;
    expect(message).toMatch(/not valid JSON/);
    expect(message).not.toContain(SECRET);
  });

  it('lists every secret, for the log to scrub', async () => {
    const config = await loadConfig({ BRIDGE_CONFIG: await configFile(fullFile) });
    expect(secretValues(config).sort()).toEqual(
      [SECRET, PASSWORD, TOKEN, 'https://hooks.slack.com/services/T0/B0/xyz'].sort(),
    );
  });
});
