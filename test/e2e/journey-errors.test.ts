// Issue 10 §4 "Errors say what actually happened", as a user meets them in real Chromium against the
// sandbox: TD SYNNEX down (503, maintenance page), records the API user cannot see, a secret changed
// in Autotask (401 → "Credentials rejected" in the popup), a deliberate Disconnect ("not connected",
// `Connect in Options`), an unknown SKU found by a clicked check (the log's resolution). Then every
// row of the Help page's troubleshooting table, read from the page, is walked in the log: its title
// and action visible in the entry's details — never the generic error, never a raw code.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { HINTS } from '../../lib/errors/hints';
import { DEMO, PAGES } from './harness/demo-accounts';
import { seedEntries } from './harness/log-seed';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { section, sidebarFrame } from './harness/user';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';

/** Words only our code uses: none may reach the screen. */
const RAW_CODES = [
  'invalid-sku',
  'not-connected',
  'hidden-records',
  'background-unavailable',
  'malformed-response',
];
const SIDEBAR_WIDTH = 380;

let session: Session;
before(async () => {
  session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
});
after(async () => {
  await session?.close();
});

async function openPurchaseOrder(): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGES.purchaseOrder);
  return { page, sidebar: await sidebarFrame(page, session.browser.extensionId) };
}

/** The hint as ErrorHint shows it in the sidebar: its title visible, its action button there. */
async function expectHint(sidebar: Frame, title: string | RegExp, action?: string) {
  const hint = sidebar.locator('.hint').filter({ has: sidebar.getByRole('heading', { name: title }) });
  await expectVisibleToUser(hint.getByRole('heading', { name: title }), {
    frame: sidebar,
    allowVerticalScroll: true,
    timeoutMs: 20_000,
  });
  if (action) {
    await expectVisibleToUser(hint.getByRole('button', { name: action }), {
      frame: sidebar,
      allowVerticalScroll: true,
    });
  }
  await expectNoGenericError(sidebar, RAW_CODES);
  await expectNoSidewaysScroll(sidebar);
  return hint;
}

async function shootLightAndDark(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, `journey-errors-${name}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `journey-errors-${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('errors say what actually happened', () => {
  test('TD SYNNEX answering 503 reads "TD SYNNEX is unavailable, try again at …"', async () => {
    session.sandbox.tdsynnex.faults.failNext(50, 503, 'price');
    const { page, sidebar } = await openPurchaseOrder();
    try {
      const hint = await expectHint(sidebar, 'TD SYNNEX is unavailable');
      const text = await hint.innerText();
      assert.match(text, /try again at \d{1,2}[:.]\d{2}/i);
      assert.doesNotMatch(text, /internet connection/i);
      await shootLightAndDark(page, 'tdsynnex-503');
    } finally {
      session.sandbox.tdsynnex.faults.clear();
      await page.close();
    }
  });

  test('TD SYNNEX serving its maintenance page reads "TD SYNNEX is unavailable" too', async () => {
    session.sandbox.tdsynnex.faults.htmlNext(50, 'price');
    const { page, sidebar } = await openPurchaseOrder();
    try {
      const hint = await expectHint(sidebar, 'TD SYNNEX is unavailable');
      assert.doesNotMatch(await hint.innerText(), /internet connection/i);
    } finally {
      session.sandbox.tdsynnex.faults.clear();
      await page.close();
    }
  });

  test('a PO the API user cannot see reads as hidden records, with Reconnect Autotask', async () => {
    // A restricted level answers `{"item": null}` for a PO it hides (API.md §1.3).
    session.sandbox.autotask.knobs.emptyRows.add('PurchaseOrders');
    const { page, sidebar } = await openPurchaseOrder();
    try {
      await expectHint(sidebar, 'Autotask shows this API user no such record', 'Reconnect Autotask');
      await shootLightAndDark(page, 'hidden-records');
    } finally {
      session.sandbox.autotask.knobs.emptyRows.clear();
      await page.close();
    }
  });

  test('an unknown SKU found by a clicked check is logged with its resolution and Run Product Sync', async () => {
    const tenant = DEMO.autotask.tenantId;
    const vendorRow = session.sandbox.autotask.db
      .rows(tenant, 'ProductVendors')
      .find((row) => row.vendorPartNumber === '5432103')!;
    vendorRow.vendorPartNumber = '5499999';
    const { page, sidebar } = await openPurchaseOrder();
    try {
      await sidebar.getByRole('button', { name: 'Check price and availability' }).click();
      const log = await session.browser.openExtensionPage('log.html');
      await log.setViewportSize({ width: 1100, height: 900 });
      const entry = log.getByRole('button', { name: /Checked PO-1042/ });
      await eventually(
        async () => {
          await log.reload();
          return entry.count();
        },
        (n) => n > 0,
        { what: 'the clicked check in the log', timeoutMs: 20_000 },
      );
      await entry.first().click();
      const details = log.getByRole('region', { name: 'Entry details' });
      await expectVisibleToUser(details.getByText('Recommended resolution').first(), {
        allowVerticalScroll: true,
      });
      await expectVisibleToUser(
        details.getByRole('heading', { name: 'Invalid SKU during order submission' }).first(),
        {
          allowVerticalScroll: true,
        },
      );
      await expectVisibleToUser(details.getByRole('button', { name: 'Run Product Sync' }).first(), {
        allowVerticalScroll: true,
      });
      const failed = details.getByRole('list', { name: 'Failed items' });
      assert.match(await failed.innerText(), /5499999\s+Unknown SKU/);
      await expectNoGenericError(log, RAW_CODES);
      await shootLightAndDark(log, 'log-invalid-sku');
      await log.close();
    } finally {
      vendorRow.vendorPartNumber = '5432103';
      await page.close();
    }
  });

  test('opening PO pages writes no log entry', async () => {
    const before = await logEntryCount();
    for (let i = 0; i < 2; i += 1) {
      const { page, sidebar } = await openPurchaseOrder();
      await expectVisibleToUser(sidebar.getByRole('button', { name: 'Check price and availability' }), {
        frame: sidebar,
        allowVerticalScroll: true,
        timeoutMs: 20_000,
      });
      await page.waitForTimeout(1_000);
      await page.close();
    }
    assert.equal(await logEntryCount(), before, 'page views are not sync actions');
  });

  test('a secret changed in Autotask flips the popup to "Credentials rejected"', async () => {
    const user = session.sandbox.autotask.db.users.get(DEMO.autotask.userName.toLowerCase())!;
    const secret = user.secret;
    user.secret = 'changed-in-autotask';
    const { page, sidebar } = await openPurchaseOrder();
    try {
      await expectHint(sidebar, /Autotask rejected the API credentials/, 'Reconnect Autotask');
      const popup = await session.browser.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: SIDEBAR_WIDTH, height: 600 });
      await expectVisibleToUser(popup.getByText(/Credentials rejected/).first());
      assert.equal(await popup.getByText(/^Connected to tenant/).count(), 0, 'no green Connected');
      await shootLightAndDark(popup, 'popup-credentials-rejected');
      await popup.close();
    } finally {
      user.secret = secret;
      await page.close();
    }
  });

  test('after a deliberate Disconnect the sidebar says "TD SYNNEX is not connected" with Connect in Options', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    const tdsynnex = section(options, 'TD SYNNEX');
    await tdsynnex.getByRole('button', { name: 'Disconnect' }).click();
    await tdsynnex.getByRole('button', { name: /Yes, disconnect/ }).click();
    await tdsynnex.getByRole('button', { name: 'Connect', exact: true }).waitFor({ timeout: 15_000 });
    await options.close();
    const { page, sidebar } = await openPurchaseOrder();
    try {
      await expectHint(sidebar, 'TD SYNNEX is not connected', 'Connect in Options');
      const text = await sidebar.locator('body').innerText();
      assert.doesNotMatch(text, /TD SYNNEX login failed|rejected the API credentials/);
      await shootLightAndDark(page, 'not-connected');
    } finally {
      await page.close();
    }
  });

  test('every row of the Help page’s troubleshooting table reads truthfully in the log, with its action', async () => {
    const help = await session.browser.openExtensionPage('help.html');
    const rows = await help
      .locator('#troubleshooting tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ id: tr.id, title: tr.querySelector('th')?.textContent ?? '' })),
      );
    await help.close();
    assert.ok(rows.length >= 20, `the table lists the catalogue: ${rows.length} rows`);
    // "Something went wrong" is the fallback itself; every other row is a truthful message.
    const walked = rows.filter((row) => row.id !== 'unexpected-error');
    const log = await session.browser.openExtensionPage('log.html');
    const ids = await seedEntries(
      log,
      walked.map((row, i) => ({
        at: Date.now() - i * 1000,
        template: 'manual',
        operation: 'connection',
        result: 'failed' as const,
        summary: `Troubleshooting walk: ${row.title}`,
        hintId: row.id,
        keys: [],
      })),
    );
    await log.close();
    for (const [index, row] of walked.entries()) {
      const page = await session.browser.openExtensionPage(`log.html#entry-${ids[index]}`);
      await page.setViewportSize({ width: 1100, height: 900 });
      const details = page.getByRole('region', { name: 'Entry details' });
      const title = details.locator('.hint h3', { hasText: row.title });
      await expectVisibleToUser(title, { allowVerticalScroll: true, timeoutMs: 15_000 });
      const action = HINTS.find((h) => h.id === row.id)?.action;
      if (action) {
        await expectVisibleToUser(details.getByRole('button', { name: action.label }).first(), {
          allowVerticalScroll: true,
        });
      }
      const shown = await details.innerText();
      assert.doesNotMatch(shown, /Something went wrong/i, `${row.id}: the generic error is shown`);
      for (const code of [...RAW_CODES, row.id])
        assert.ok(!shown.includes(code), `${row.id}: raw code ${code}`);
      await page.close();
    }
  });
});

async function logEntryCount(): Promise<number> {
  const page = await session.browser.openExtensionPage('log.html');
  const status = page.getByRole('status').filter({ hasText: /\d+ entr(y|ies)|No entries/ });
  const count = await eventually(
    async () =>
      (await status
        .first()
        .textContent()
        .catch(() => '')) ?? '',
    (text) => /^\d[\d,]* entr/.test(text.trim()),
    { what: 'the log entry count', timeoutMs: 15_000 },
  ).catch(() => '0 entries');
  await page.close();
  return Number(count.replace(/[^\d]/g, '')) || 0;
}
