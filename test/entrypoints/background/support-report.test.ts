import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { supportReportFor } from '../../../entrypoints/background/support-report';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { appendEntry } from '../../../lib/log/activity';
import type { SecretBundle, SecretName } from '../../../lib/settings/vault';
import { freshDb } from '../../lib/db/fresh-db';

// The demo tenant's credentials (brief), as the vault would hand them to the worker: Autotask's and
// one bundle per distributor of the registry (its whole account). The distributor secrets are
// lower-case words, which no shape rule catches: only the exact values from the vault remove them.
const AUTOTASK: SecretBundle<'autotask'> = {
  userName: 'api@contoso-msp.example',
  secret: 'demo-secret-1',
  integrationCode: 'DEMOINTEGRATIONCODE0000000001',
};
const ACCOUNTS: Record<string, Record<string, string>> = {
  tdsynnex: {
    customerNo: '123456',
    userId: 'ec-user@contoso-msp.example',
    password: 'demo-tds-password',
    region: 'US',
    environment: 'production',
  },
  ingram: {
    clientId: 'demo-ingram-client',
    clientSecret: 'demo-ingram-client-secret',
    customerNumber: '20-222222',
    countryCode: 'US',
    environment: 'sandbox',
  },
};
/** Every secret field's value of every registered distributor. */
const DISTRIBUTOR_SECRETS = DISTRIBUTORS.flatMap((info) =>
  info.secretFields.map((field) => ACCOUNTS[info.id]?.[field]),
).filter((value): value is string => value !== undefined);

function deps(vault: Record<string, unknown> = { autotask: AUTOTASK, ...ACCOUNTS }) {
  const stored = <T>(value: T) => ({ getValue: async () => value, setValue: async () => {} });
  return {
    secrets: {
      load: async <N extends SecretName>(name: N) => vault[name] as SecretBundle<N> | undefined,
      save: async () => {},
      delete: async () => {},
      deleteAll: async () => {},
    },
    views: {
      autotask: stored({
        connected: true,
        tenantId: 684213,
        zoneName: 'America East 3',
        missing: [],
        warnings: [],
      }),
      distributor: (id: string) => stored({ connected: id in vault }),
    },
  };
}

describe("the background's support report", () => {
  beforeEach(async () => {
    await freshDb();
    // WXT's fake browser has no manifest; the built extension's is version 0.1.0.
    fakeBrowser.runtime.getManifest = () => ({
      manifest_version: 3,
      name: 'Autotask Bridge',
      version: '0.1.0',
    });
  });

  it('knows a secret of every distributor the registry lists', () => {
    expect(DISTRIBUTOR_SECRETS.length).toBeGreaterThanOrEqual(DISTRIBUTORS.length);
  });

  it('holds the tenant id and the extension version, and none of the stored secrets', async () => {
    const secrets = [AUTOTASK.secret, AUTOTASK.integrationCode, ...DISTRIBUTOR_SECRETS];
    const id = await appendEntry({
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      // A careless log line that quotes every secret: the report must still not show them.
      summary: `Connect failed: ${secrets.join(' / ')}`,
    });
    const report = await supportReportFor({ entryIds: [id] }, deps());
    for (const text of [report.text, report.json]) {
      expect(text).toContain('684213');
      expect(text).toContain('America East 3');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(JSON.parse(report.json).extension.version).toBe('0.1.0');
  });

  it('keeps an account’s non-secret fields, and names the distributor of each entry', async () => {
    const id = await appendEntry({
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      distributor: 'tdsynnex',
      summary: `Connect to customer ${ACCOUNTS.tdsynnex!.customerNo} failed: <password>${ACCOUNTS.tdsynnex!.password}</password>`,
    });
    const report = await supportReportFor({ entryIds: [id] }, deps());
    expect(report.text).toContain('Distributor: TD SYNNEX');
    expect(report.text).toContain('customer 123456');
    expect(report.text).not.toContain(ACCOUNTS.tdsynnex!.password);
  });

  it('still builds when no distributor was ever connected', async () => {
    const id = await appendEntry({
      template: 'manual',
      operation: 'connection',
      result: 'success',
      summary: 'x',
    });
    const report = await supportReportFor({ entryIds: [id] }, deps({ autotask: AUTOTASK }));
    expect(report.entryCount).toBe(1);
  });
});
