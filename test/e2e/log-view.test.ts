// Issue 6 "Must show" (E2E in Chromium): in the full log view, filter by template and result, open a
// failed entry, see its resolution, export — and the downloaded CSV holds exactly the filtered list.
// Also: the popup hands its export to the log page, which finishes it after the popup has closed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchExtension } from './harness/browser';
import type { ExtensionBrowser } from './harness/browser';
import { seedEntries } from './harness/log-seed';
import type { SeedEntry } from './harness/log-seed';
import { screenshot } from './harness/session';

const NOW = Date.now();
const MINUTE = 60_000;
const UNAUTHORIZED = { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' } as const;

/** Twelve entries, a minute apart, newest last; three templates, all three results. */
function entries(): SeedEntry[] {
  const templates = ['product-sync', 'order-status', 'manual'];
  const results = ['success', 'failed', 'partial', 'failed'] as const;
  return Array.from({ length: 12 }, (_, i) => {
    const template = templates[i % 3] as string;
    const result = results[i % 4] as SeedEntry['result'];
    const entry: SeedEntry = {
      at: NOW - (12 - i) * MINUTE,
      template,
      operation:
        template === 'manual' ? 'connection' : template === 'order-status' ? 'status-update' : 'product-sync',
      result,
      summary: `${template} run ${i} (${result})`,
      keys: [`po-${1040 + i}`],
      items: [{ key: '5432101', label: '5432101', outcome: result === 'failed' ? 'failed' : 'updated' }],
    };
    if (result === 'failed') Object.assign(entry, { error: UNAUTHORIZED, hintId: 'autotask-unauthorized' });
    return entry;
  });
}

let browser: ExtensionBrowser;
let seeded: SeedEntry[];
let ids: number[];

before(async () => {
  browser = await launchExtension({ hostResolverRules: 'MAP nothing.invalid 127.0.0.1' });
  const page = await browser.openExtensionPage('log.html');
  await page.getByText('No entries match.').waitFor({ timeout: 15_000 });
  seeded = entries();
  ids = await seedEntries(page, seeded);
  await page.close();
});
after(async () => {
  await browser?.close();
});

async function csvOf(download: { path(): Promise<string> }): Promise<string[][]> {
  const text = await readFile(await download.path(), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

/** Ids and summaries of the seeded entries that pass `keep`, newest first (the view's order). */
function expected(keep: (e: SeedEntry) => boolean): [string, string][] {
  return seeded
    .map((e, i) => [String(ids[i]), e.summary, e] as const)
    .filter(([, , e]) => keep(e))
    .reverse()
    .map(([id, summary]) => [id, summary]);
}

async function status(page: Page, text: string) {
  await page.locator('.log-toolbar [role="status"]').filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

test('filter by template and result, open a failed entry, see its resolution, export the filtered list', async () => {
  const page = await browser.openExtensionPage('log.html');
  await status(page, '12 entries');
  await page.getByLabel('Template').selectOption('product-sync');
  await status(page, '4 entries');
  await page.getByLabel('Result').selectOption('failed');
  const want = expected((e) => e.template === 'product-sync' && e.result === 'failed');
  assert.equal(want.length, 2);
  await status(page, '2 entries');

  const rows = page.getByRole('list', { name: 'Log entries' }).getByRole('listitem');
  assert.equal(await rows.count(), 2);
  await rows.filter({ hasText: want[0]![1] }).getByRole('button').click();
  const details = page.getByRole('region', { name: 'Entry details' });
  await details.getByText('Recommended resolution').waitFor();
  await details.getByText('Autotask rejected the API credentials (401 Unauthorized)').waitFor();
  assert.ok(await details.getByRole('button', { name: 'Reconnect Autotask' }).isVisible());
  await screenshot(page, 'log-view-failed-entry');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^autotask-bridge-log-.*\.csv$/);
  const csv = await csvOf(download);
  // The names the screen shows next to the stored ids (issue 10 §2).
  assert.deepEqual(csv[0]?.slice(0, 8), [
    'Entry',
    'Date (UTC)',
    'Template',
    'Template id',
    'Operation',
    'Operation id',
    'Result',
    'Summary',
  ]);
  assert.deepEqual(
    csv.slice(1).map((row) => [row[0], row[7]]),
    want,
  );
  assert.ok(
    csv
      .slice(1)
      .every(
        (row) =>
          row[2] === 'Product Sync' &&
          row[3] === 'product-sync' &&
          row[4] === 'Product sync' &&
          row[5] === 'product-sync' &&
          row[6] === 'Failed',
      ),
  );
  await page.close();
});

test('the popup hands Export CSV to the log page, which completes it after the popup closed', async () => {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.getByRole('list', { name: 'Latest activity' }).waitFor();
  await popup.getByLabel('Result').selectOption('partial');
  // Listen for the download as soon as the log page exists: on a loaded machine it can finish the
  // export before the click's promise settles here.
  const handedOver = browser.context.waitForEvent('page').then((page) => ({
    logPage: page,
    downloading: page.waitForEvent('download', { timeout: 30_000 }),
  }));
  await popup.getByRole('button', { name: 'Export CSV' }).click();
  const { logPage, downloading } = await handedOver;
  await popup.close();
  const csv = await csvOf(await downloading);
  assert.deepEqual(
    csv.slice(1).map((row) => [row[0], row[7]]),
    expected((e) => e.result === 'partial'),
  );
  await logPage.close();
});
