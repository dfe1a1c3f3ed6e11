// Issue 10 §6 as a user meets it in real Chromium against the sandbox: the toolbar popup at Chrome's
// popup size (its own 380 px width, at most 800 × 600) in light and dark — connection state, a
// template's last and next run, orders in flight, POs waiting, the latest entries with their template
// names and whole summaries, one compact filter, nothing to scroll sideways; the log page's column
// headers, details that follow a filter change and chart labels readable in dark mode; the support
// contact set in Options shown on the Help page and in the support report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seedEntries } from './harness/log-seed';
import type { SeedEntry } from './harness/log-seed';
import { connectBothInOptions, screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { PAGES } from './harness/demo-accounts';
import { section, sidebarFrame } from './harness/user';
import {
  eventuallyVisible,
  expectNoGenericError,
  expectNoSidewaysScroll,
  expectVisibleToUser,
} from './harness/visible';
import { eventually } from './harness/wait';

/** The popup's own width (styles.css `body.popup main`) and Chrome's popup height limit. */
const POPUP = { width: 380, height: 600 } as const;
const SECOND = 1_000;
/** Only this journey's entries carry it, so the log page's filters give a known list. */
const JOURNEY_KEY = 'journey-popup-log';
const LONG_SUMMARY =
  'Product Sync: 1,180 products updated, 12 created, 3 made inactive and 2 failed because TD SYNNEX ' +
  'does not know their SKUs — check the vendor part numbers of SKU 5432198 and SKU 5432199 in Autotask.';
const FAILED_SUMMARY = 'Get Order Status: Autotask refused the API credentials while reading PO-1042.';
const SUCCESS_SUMMARY = 'Get Order Status: 3 purchase orders checked, tracking added to PO-1040.';
const CONTACT = 'servicedesk@msp.example';

/** Seeded just before the popup opens: newer than the connect flow's entries, so among the latest. */
function journeyEntries(now: number): SeedEntry[] {
  return [
    {
      at: now - 3 * SECOND,
      template: 'order-status',
      operation: 'status-update',
      result: 'success',
      summary: SUCCESS_SUMMARY,
      keys: [JOURNEY_KEY],
    },
    {
      at: now - 2 * SECOND,
      template: 'order-status',
      operation: 'status-update',
      result: 'failed',
      summary: FAILED_SUMMARY,
      keys: [JOURNEY_KEY],
      error: { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' },
      hintId: 'autotask-unauthorized',
    },
    {
      at: now - SECOND,
      template: 'product-sync',
      operation: 'product-sync',
      result: 'partial',
      summary: LONG_SUMMARY,
      keys: [JOURNEY_KEY],
      items: [
        { key: '5432198', label: '5432198', outcome: 'failed', hintId: 'invalid-sku' },
        { key: '5432199', label: '5432199', outcome: 'failed', hintId: 'invalid-sku' },
      ],
    },
  ];
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

let session: Session;
let options: Page;

before(async () => {
  session = await startSession();
  options = await connectBothInOptions(session.browser);
  // The log page opens the extension's database; the journey's entries go into it as a run would.
  const log = await session.browser.openExtensionPage('log.html');
  await log.getByRole('heading', { name: 'Activity log' }).waitFor({ timeout: 15_000 });
  await log.locator('.log-toolbar [role="status"]').filter({ hasText: /entr/ }).waitFor({ timeout: 15_000 });
  await seedEntries(log, journeyEntries(Date.now()));
  await log.close();
});
after(async () => {
  await session?.close();
});

async function openPopup(scheme: 'light' | 'dark'): Promise<Page> {
  const popup = await session.browser.openExtensionPage('popup.html');
  await popup.setViewportSize(POPUP);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.getByRole('heading', { name: 'Autotask Bridge' }).waitFor({ timeout: 15_000 });
  return popup;
}

describe('the popup at Chrome’s popup size', () => {
  test('a template run from the popup shows its last and next run', async () => {
    const popup = await openPopup('light');
    const templates = popup.getByRole('region', { name: 'Templates' });
    const status = templates.getByRole('listitem', { name: 'Get Order Status' });
    await status.getByRole('button', { name: 'Run now' }).click();
    await eventually(
      () => status.innerText(),
      (text) => /Last run: (?!never)/.test(text),
      { what: 'Get Order Status to show its last run', timeoutMs: 30_000 },
    );
    await expectVisibleToUser(status.getByText(/Last run: .+ · Next run: /), { allowVerticalScroll: true });
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`shows connections, templates, orders, POs waiting and whole summaries (${scheme})`, async () => {
      const popup = await openPopup(scheme);
      const pageWidth = await popup.evaluate(
        () => document.querySelector('main')?.getBoundingClientRect().width,
      );
      assert.ok(pageWidth !== undefined && pageWidth <= POPUP.width, `the popup is ${pageWidth} px wide`);

      const connections = popup.getByRole('definition').filter({ hasText: /^Connected to tenant/ });
      await eventuallyVisible(connections, 'the Autotask connection state at the top of the popup');
      await expectVisibleToUser(popup.getByText(/^Connected as customer/));

      const orderStatus = popup.getByRole('listitem', { name: 'Get Order Status' });
      await expectVisibleToUser(orderStatus.getByText(/Last run: .+ · Next run: /), {
        allowVerticalScroll: true,
      });
      await expectVisibleToUser(popup.getByRole('heading', { name: 'Orders in flight' }), {
        allowVerticalScroll: true,
      });
      await expectVisibleToUser(popup.getByRole('heading', { name: 'POs waiting' }), {
        allowVerticalScroll: true,
      });

      // The latest entries: template name and the whole summary, wrapped — not cut with an ellipsis.
      const latest = popup.getByRole('list', { name: 'Latest activity' });
      const entry = latest.getByRole('button', { name: new RegExp(LONG_SUMMARY.slice(0, 40)) });
      await expectVisibleToUser(entry.getByText(LONG_SUMMARY, { exact: true }), {
        allowVerticalScroll: true,
      });
      await expectVisibleToUser(entry.getByText('Product Sync', { exact: true }), {
        allowVerticalScroll: true,
      });
      const cut = await entry
        .getByText(LONG_SUMMARY, { exact: true })
        .evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      assert.equal(cut, false, 'the summary is cut off');

      // One compact filter here; the full filter bar is the log page's.
      assert.equal(await popup.getByRole('combobox').count(), 1);
      const result = popup.getByRole('combobox', { name: 'Result' });
      await expectVisibleToUser(result, { allowVerticalScroll: true });
      await result.selectOption({ label: 'Failed' });
      await expectVisibleToUser(latest.getByText(FAILED_SUMMARY, { exact: true }), {
        allowVerticalScroll: true,
      });
      assert.equal(await latest.getByText(LONG_SUMMARY, { exact: true }).count(), 0);
      await result.selectOption({ label: 'All results' });
      await latest.getByText(LONG_SUMMARY, { exact: true }).waitFor();

      await expectNoSidewaysScroll(popup);
      await expectNoGenericError(popup);
      await popup.evaluate(() => window.scrollTo(0, 0));
      await screenshot(popup, `journey-popup-${scheme}`);
      await popup.close();
    });
  }
});

describe('the log page', () => {
  test('has column headers, and the details follow a filter change', async () => {
    const log = await session.browser.openExtensionPage(`log.html?search=${JOURNEY_KEY}`);
    await log
      .locator('.log-toolbar [role="status"]')
      .filter({ hasText: '3 entries' })
      .waitFor({ timeout: 15_000 });
    const head = log.locator('.log-head');
    for (const column of ['Date', 'Template', 'Operation', 'Result', 'Summary']) {
      await expectVisibleToUser(head.getByText(column, { exact: true }));
    }

    const rows = log.getByRole('list', { name: 'Log entries' });
    await rows.getByRole('button', { name: /refused the API credentials/ }).click();
    const details = log.getByRole('region', { name: 'Entry details' });
    await expectVisibleToUser(details.getByText(FAILED_SUMMARY, { exact: true }));
    await expectVisibleToUser(details.getByRole('heading', { name: 'Recommended resolution' }), {
      allowVerticalScroll: true,
    });

    // With the details open the list is narrow: a long summary is clamped, and whole on focus.
    const longRow = rows.getByRole('button', { name: /1,180 products updated/ });
    const summary = longRow.locator('.log-summary');
    const clamped = () => summary.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    assert.equal(await clamped(), true, 'the long summary should be clamped while the row is not focused');
    // By keyboard, as a keyboard user reaches it: from the clicked row up to the newest one.
    const refusedRow = rows.getByRole('button', { name: /refused the API credentials/ });
    await refusedRow.focus();
    await log.keyboard.press('Shift+Tab');
    assert.equal(await longRow.evaluate((el) => el === document.activeElement), true);
    // The whole text is the row's copy laid over the rows below (log-row.tsx).
    const whole = rows
      .locator('.vrow', { has: log.getByRole('button', { name: /1,180 products updated/ }) })
      .locator('.log-row-full .log-summary');
    await expectVisibleToUser(whole);
    assert.equal(
      await whole.evaluate((el) => el.scrollHeight > el.clientHeight + 1),
      false,
      'the focused row shows its whole summary',
    );
    // …on top: neither the next rows nor a row under the mouse paint over any of it. The copy is
    // transparent to the pointer, so the paint order is read with hit-testing switched on for it.
    const covered = await whole.evaluate((el) => {
      const copy = el.parentElement as HTMLElement;
      copy.style.pointerEvents = 'auto';
      const r = el.getBoundingClientRect();
      const points = [0.1, 0.5, 0.9].flatMap((fx) =>
        [0.1, 0.5, 0.9].map((fy) => [r.left + fx * r.width, r.top + fy * r.height] as const),
      );
      const hidden = points.filter(([x, y]) => !el.contains(document.elementFromPoint(x, y))).length;
      copy.style.pointerEvents = '';
      return hidden;
    });
    assert.equal(covered, 0, 'parts of the focused row’s summary are covered by other rows');
    await screenshot(log, 'journey-log-focused-row');
    await longRow.blur();

    // The mouse on the long row grows it over the next row, yet the next row stays reachable: the
    // point the mouse moves to is that row's, and a click there opens that row (CI found a grown row
    // swallowing the click meant for the row below it).
    await longRow.hover();
    await expectVisibleToUser(whole);
    const below = await refusedRow.boundingBox();
    assert.ok(below, 'the next row is on screen');
    const [x, y] = [below.x + below.width / 2, below.y + below.height / 2];
    assert.equal(
      await refusedRow.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), { x, y }),
      true,
      'the grown row takes the pointer meant for the row below it',
    );
    await log.mouse.move(x, y);
    // …and the long row's whole text goes with the mouse.
    await whole.waitFor({ state: 'detached', timeout: 3_000 });
    await rows.getByRole('button', { name: /1,180 products updated/ }).click();
    await refusedRow.click({ timeout: 5_000 });
    await expectVisibleToUser(details.getByText(FAILED_SUMMARY, { exact: true }));

    // The open entry is failed; the filter now asks for successes: the details show a success.
    await log.getByRole('combobox', { name: 'Result' }).selectOption({ label: 'Success' });
    await eventuallyVisible(
      details.getByText(SUCCESS_SUMMARY, { exact: true }),
      'the success entry’s details',
    );
    assert.equal(await details.getByText(FAILED_SUMMARY, { exact: true }).count(), 0);
    // …and close when nothing matches.
    await log.getByRole('combobox', { name: 'Result' }).selectOption({ label: 'Partial success' });
    await eventuallyVisible(details.getByText(LONG_SUMMARY, { exact: true }), 'the partial entry’s details');
    await log.getByRole('combobox', { name: 'Result' }).selectOption({ label: 'All results' });

    // The support report's output takes its own line: the toolbar keeps its controls on one row.
    const toolbar = log.locator('.log-toolbar');
    const before = await toolbar.getByRole('button', { name: 'Export CSV' }).boundingBox();
    await toolbar.getByRole('button', { name: 'Copy support report for these entries' }).click();
    await log.getByRole('textbox', { name: 'Support report' }).waitFor({ timeout: 15_000 });
    const afterBox = await toolbar.getByRole('button', { name: 'Export CSV' }).boundingBox();
    assert.deepEqual(afterBox, before, 'the support report moved the toolbar’s controls');
    await expectNoSidewaysScroll(log);
    await expectNoGenericError(log);
    await screenshot(log, 'journey-log-light');
    await log.close();
  });

  test('the chart’s labels are readable in dark mode', async () => {
    const log = await session.browser.openExtensionPage('log.html');
    await log.emulateMedia({ colorScheme: 'dark' });
    const chart = log.getByRole('img', { name: /Runs per day, last 14 days/ });
    await expectVisibleToUser(chart);
    const colours = await log.evaluate(() => {
      const labels = [...document.querySelectorAll('.runs-chart svg[role="img"] text')];
      return {
        background: getComputedStyle(document.body).backgroundColor,
        labels: labels.map((el) => getComputedStyle(el).fill),
        caption: getComputedStyle(document.querySelector('.runs-chart figcaption')!).color,
        legend: getComputedStyle(document.querySelector('.runs-chart .legend')!).color,
      };
    });
    assert.equal(colours.labels.length, 14);
    for (const colour of [...colours.labels, colours.caption, colours.legend]) {
      const ratio = contrast(colour, colours.background);
      assert.ok(ratio >= 4.5, `chart text ${colour} on ${colours.background}: contrast ${ratio.toFixed(2)}`);
    }
    await screenshot(log, 'journey-log-dark');
    await log.close();
  });
});

describe('the product page', () => {
  test('a SKU’s activity shows only what happened to that SKU', async () => {
    // Demo product 72 is TD SYNNEX SKU 5432102. One run covered it and another SKU, which failed;
    // a second run touched only the other SKU.
    const log = await session.browser.openExtensionPage('log.html');
    await log.getByRole('heading', { name: 'Activity log' }).waitFor({ timeout: 15_000 });
    const now = Date.now();
    await seedEntries(log, [
      {
        at: now - 2 * SECOND,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'partial',
        summary: 'Product Sync: 1 updated, 1 failed of 2',
        keys: ['5432102', '9999999'],
        error: {
          kind: 'validation',
          service: 'distributor',
          distributor: 'tdsynnex',
          status: 200,
          message: 'SKU 9999999 not found',
        },
        hintId: 'invalid-sku',
        items: [
          { key: '5432102', label: '5432102', outcome: 'updated', message: 'Cost 1,099.00 → 1,128.40' },
          { key: '9999999', label: '9999999', outcome: 'failed', message: 'SKU 9999999 not found' },
        ],
      },
      {
        at: now - SECOND,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'failed',
        summary: 'Product Sync: 1 failed of 1',
        keys: ['9999999'],
        items: [{ key: '9999999', label: '9999999', outcome: 'failed' }],
      },
    ]);
    await log.close();

    const page = await session.browser.context.newPage();
    await page.goto(PAGES.product(72));
    const sidebar = await sidebarFrame(page, session.browser.extensionId);
    const activity = sidebar.getByRole('region', { name: 'Activity for SKU 5432102' });
    await eventuallyVisible(
      activity.getByText(/^Updated — Cost 1,099\.00 → 1,128\.40$/),
      'the SKU’s own outcome',
      15_000,
    );
    const text = await activity.innerText();
    assert.doesNotMatch(text, /1 updated, 1 failed|1 failed of 1|9999999|Partial success/);
    await expectNoSidewaysScroll(sidebar);
    await expectNoGenericError(sidebar);
    await screenshot(page, 'journey-log-product-sku');
    await page.close();
  });
});

describe('support contact', () => {
  test('set in Options, it is shown on the Help page and in the support report', async () => {
    const support = section(options, 'Support');
    await support.getByRole('textbox', { name: 'Support contact' }).fill(CONTACT);
    await support.getByRole('button', { name: 'Save contact' }).click();
    await expectVisibleToUser(support.getByText(`Saved: reports go to ${CONTACT}`), {
      allowVerticalScroll: true,
    });

    const help = await session.browser.openExtensionPage('help.html');
    const link = help.getByRole('link', { name: CONTACT });
    await expectVisibleToUser(link, { allowVerticalScroll: true });
    assert.equal(await link.getAttribute('href'), `mailto:${CONTACT}`);
    await help.close();

    const log = await session.browser.openExtensionPage(`log.html?search=${JOURNEY_KEY}`);
    await log.getByRole('button', { name: 'Copy support report for these entries' }).click();
    const report = log.getByRole('textbox', { name: 'Support report' });
    await report.waitFor({ timeout: 15_000 });
    assert.match(await report.inputValue(), new RegExp(`Send this report to ${CONTACT.replace('.', '\\.')}`));
    await log.close();
  });
});
