import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { supportReportFor } from '../../../entrypoints/background/support-report';
import { appendEntry } from '../../../lib/log/activity';
import type { SecretBundle, SecretName } from '../../../lib/settings/vault';
import { freshDb } from '../../lib/db/fresh-db';

// The demo tenant's credentials (brief), as the vault would hand them to the worker.
const VAULT: { [N in SecretName]: SecretBundle<N> } = {
  autotask: {
    userName: 'api@contoso-msp.example',
    secret: 'demo-secret-1',
    integrationCode: 'DEMOINTEGRATIONCODE0000000001',
  },
  tdsynnex: { customerNo: '123456', userId: 'ec-user@contoso-msp.example', password: 'demo-tds-password' },
};

function deps() {
  const stored = <T>(value: T) => ({ getValue: async () => value, setValue: async () => {} });
  return {
    secrets: {
      load: async <N extends SecretName>(name: N) => VAULT[name] as SecretBundle<N>,
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
      tdsynnex: stored({ connected: true, customerNo: '123456' }),
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

  it('holds the tenant id and the extension version, and none of the stored secrets', async () => {
    const id = await appendEntry({
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      // A careless log line that quotes every secret: the report must still not show them.
      summary: `Connect failed: ${VAULT.autotask.secret} / ${VAULT.autotask.integrationCode} / ${VAULT.tdsynnex.password}`,
    });
    const report = await supportReportFor({ entryIds: [id] }, deps());
    for (const text of [report.text, report.json]) {
      expect(text).toContain('684213');
      expect(text).toContain('America East 3');
      for (const secret of [VAULT.autotask.secret, VAULT.autotask.integrationCode, VAULT.tdsynnex.password]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(JSON.parse(report.json).extension.version).toBe('0.1.0');
  });
});
