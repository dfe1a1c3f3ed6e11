import { beforeEach, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../lib/log/activity';
import { buildSupportReport } from '../../../lib/log/support-report';
import { redactText } from '../../../lib/log/support-redact';
import { AppError } from '../../../lib/errors/app-error';
import { freshDb } from '../db/fresh-db';

const T0 = Date.UTC(2026, 10, 25, 9, 30);
// The demo tenant's stored secrets (brief) — the redactor is given them, as the background does.
const STORED = ['demo-secret-1', 'DEMOINTEGRATIONCODE0000000001', 'demo-tds-password'];
// Secrets of the same *shape* that the redactor is NOT told about.
const SHAPED = ['QX7ZK2LMNB8TR4WPVC1HJ9DFGS', 'Zr8$kLq2*Wm9@Tx4#Pn6'];
const CANARIES = [...STORED, ...SHAPED];

const context = {
  tenantId: 684213,
  zoneName: 'America East 3',
  extensionVersion: '0.1.0',
  browser: 'Mozilla/5.0 Chrome/156.0.0.0',
  secrets: STORED,
  now: T0 + 60_000,
};

async function seedLeakyEntries() {
  const leaky = new AppError({
    kind: 'auth',
    service: 'autotask',
    status: 401,
    message: `Login failed for secret=${STORED[0]} code ${STORED[2]}`,
    apiErrors: [`Secret: ${STORED[0]}`, `ApiIntegrationcode ${STORED[1]}`, `token ${SHAPED[1]}`],
    request: {
      method: 'GET',
      url: `https://webservices22.autotask.net/atservicesrest/v1.0/Zone?password=${SHAPED[0]}`,
    },
  });
  const failed = await appendEntry(
    {
      at: T0,
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      summary: `Connect failed <password>${STORED[2]}</password> Authorization: Basic ZGVtbzpkZW1vLXNlY3JldC0x`,
      error: leaky,
      hintId: 'autotask-unauthorized',
    },
    [{ key: 'PO-1042', outcome: 'failed', message: `integration code ${SHAPED[0]}` }],
  );
  const ok = await appendEntry({
    at: T0 - 1_000,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: `Product Sync: 3 updated ("password":"${STORED[2]}")`,
  });
  return { failed, ok };
}

describe('buildSupportReport', () => {
  beforeEach(freshDb);

  it('holds the tenant id, version, browser, template and time of the error — and no secret', async () => {
    const { failed } = await seedLeakyEntries();
    const report = await buildSupportReport({ entryIds: [failed] }, context);

    for (const text of [report.text, report.json]) {
      expect(text).toContain('684213');
      expect(text).toContain('0.1.0');
      expect(text).toContain('Chrome/156.0.0.0');
      expect(text.toLowerCase()).toContain('manual');
      expect(text).toContain('2026-11-25T09:30:00.000Z');
      expect(text).toContain('PO-1042');
      for (const canary of CANARIES) expect(text).not.toContain(canary);
      // Not even the Basic credentials, which are the secret base64-encoded.
      expect(text).not.toContain('ZGVtbzpkZW1vLXNlY3JldC0x');
    }
    const json = JSON.parse(report.json) as { autotask: { tenantId: number }; firstErrorAt: string };
    expect(json.autotask.tenantId).toBe(684213);
    expect(json.firstErrorAt).toBe('2026-11-25T09:30:00.000Z');
    expect(report.text).toContain('Time of the error: 2026-11-25T09:30:00.000Z');
    expect(report.entryCount).toBe(1);
  });

  it('covers a filtered range, newest first, and says how many matched', async () => {
    await seedLeakyEntries();
    const all = await buildSupportReport({ query: {} }, context);
    expect(all.entryCount).toBe(2);
    for (const canary of CANARIES) expect(all.json).not.toContain(canary);
    const onlyFailed = JSON.parse(
      (await buildSupportReport({ query: { result: 'failed' } }, context)).json,
    ) as {
      matchingEntries: number;
      filter: unknown;
      entries: { result: string }[];
    };
    expect(onlyFailed.matchingEntries).toBe(1);
    expect(onlyFailed.filter).toEqual({ result: 'failed' });
    expect(onlyFailed.entries.map((e) => e.result)).toEqual(['failed']);
  });

  it('says where to send it: the support contact, or where to set one (issue 10 §6)', async () => {
    const { failed } = await seedLeakyEntries();
    const sent = await buildSupportReport(
      { entryIds: [failed] },
      { ...context, supportContact: 'help@msp.example' },
    );
    expect(sent.text.split('\n')[1]).toBe('Send this report to help@msp.example');
    expect((JSON.parse(sent.json) as { sendTo: string }).sendTo).toBe('help@msp.example');
    const unset = await buildSupportReport({ entryIds: [failed] }, { ...context, supportContact: '' });
    expect(unset.text).toContain('add one in Options → Support contact');
    expect((JSON.parse(unset.json) as { sendTo: unknown }).sendTo).toBeNull();
  });

  it('names templates and operations as the screen does, never by their ids', async () => {
    const { failed } = await seedLeakyEntries();
    const report = await buildSupportReport({ entryIds: [failed] }, context);
    expect(report.text).toContain('— Manual — Connection — Failed');
  });
});

describe('buildSupportReport with several distributors', () => {
  beforeEach(freshDb);

  it('names the distributor of each entry and of its error', async () => {
    const id = await appendEntry({
      at: T0,
      template: 'create-orders',
      operation: 'order-submission',
      result: 'failed',
      summary: 'PO-1042 was not ordered',
      distributor: 'tdsynnex',
      error: new AppError({
        kind: 'server',
        service: 'distributor',
        distributor: 'tdsynnex',
        status: 503,
        message: 'The distributor is unavailable.',
      }),
    });
    const report = await buildSupportReport({ entryIds: [id] }, context);
    expect(report.text).toContain('  Distributor: TD SYNNEX (tdsynnex)');
    expect(report.text).toContain('Error: The distributor is unavailable. (TD SYNNEX, HTTP 503)');
    const json = JSON.parse(report.json) as {
      entries: { distributor?: string; error?: { distributor?: string } }[];
    };
    expect(json.entries[0]).toMatchObject({ distributor: 'tdsynnex', error: { distributor: 'tdsynnex' } });
  });

  it('runs the distributors’ own body redaction over the whole report when given one', async () => {
    const id = await appendEntry({
      at: T0,
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      summary: 'Connect failed: <Credential><Secret-Thing>abc</Secret-Thing></Credential>',
    });
    const report = await buildSupportReport(
      { entryIds: [id] },
      {
        ...context,
        redactBody: (text) =>
          text.replace(/<Secret-Thing>[^<]*<\/Secret-Thing>/g, '<Secret-Thing>[redacted]</Secret-Thing>'),
      },
    );
    expect(report.text).toContain('<Secret-Thing>[redacted]</Secret-Thing>');
    expect(report.json).not.toContain('>abc<');
  });
});

describe('redactText', () => {
  it.each([
    ['a known secret', 'the secret is demo-secret-1.', 'the secret is [redacted].'],
    ['a JSON field', '{"password":"hunter2hunter2"}', '{"password":"[redacted]"}'],
    ['an XML element', '<password>p</password>', '<password>[redacted]</password>'],
    ['a bearer token', 'Authorization: Bearer abc.def.ghi', 'Authorization: Bearer [redacted]'],
    ['an integration-code shape', 'code QX7ZK2LMNB8TR4WPVC1HJ9DFGS here', 'code [redacted] here'],
  ])('removes %s', (_name, input, expected) => {
    expect(redactText(input, ['demo-secret-1'])).toBe(expected);
  });

  it.each([
    'PO-1042',
    'AT684213-1042-R2',
    'SKU 5432101 not found',
    'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    'Connected to Autotask tenant 684213 (America East 3)',
  ])('keeps ordinary text: %s', (text) => {
    expect(redactText(text, ['demo-secret-1'])).toBe(text);
  });
});
