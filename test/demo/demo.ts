// `npm run demo` (issue 2 §6): both simulators with the demo tenant, Chromium with the built extension
// mapped to them. With a display: a real window on the stand-in PO page, until Ctrl-C. Without one: a
// scripted headless tour of the day-to-day flow: connect both demo accounts and switch on a template
// in Options → Templates, open PO-1042 (the sidebar checks price and availability), order it through
// the review window, then watch its status (the sidebar's Ordered state and Refresh status, the
// popup); it prints each step and saves screenshots to .demo/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { launchExtension } from '../e2e/harness/browser';
import type { ExtensionBrowser } from '../e2e/harness/browser';
import { missingPrerequisite } from '../e2e/harness/chromium';
import { DEMO, PAGES } from '../e2e/harness/demo-accounts';
import { connectBothInOptions } from '../e2e/harness/session';
import { autotaskConnectedText, selectedVendor, sidebarFrame } from '../e2e/harness/user';

const outDir = fileURLToPath(new URL('../../.demo/', import.meta.url));
const headful = Boolean(process.env.DISPLAY);

const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const sandbox = await startSandbox({ seed: 'demo' });
console.log(`✔ Sandbox (Autotask + TD SYNNEX simulators) on https://127.0.0.1:${sandbox.port}`);
const browser = await launchExtension({ hostResolverRules: sandbox.hostResolverRules, headless: !headful });
console.log(`✔ Chromium ${headful ? 'window' : '(headless)'} with Autotask Bridge ${browser.extensionId}`);

try {
  await tour(browser);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  await browser.close();
  await sandbox.close();
  process.exit(1);
}

if (headful) {
  console.log('\nThe browser stays open on the stand-in PO page. Ctrl-C to stop.');
  const stop = () =>
    void browser
      .close()
      .then(() => sandbox.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.context.on('close', stop);
} else {
  await browser.close();
  await sandbox.close();
  console.log(`\nScreenshots in ${outDir}`);
}

async function tour(browser: ExtensionBrowser): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const options = await connectBothInOptions(browser);
  console.log(`✔ ${autotaskConnectedText} as ${DEMO.autotask.userName}`);
  const vendor = await selectedVendor(options);
  console.log(
    `✔ Connected TD SYNNEX customer ${DEMO.tdsynnex.customerNo} (US, production); vendor: ${vendor}`,
  );
  await shoot(options, 'options');
  if (!headful) {
    await switchOnTemplate(options, 'Product Sync');
    await options.close();
  }

  const page = await browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);
  console.log(`✔ Opened the stand-in PO page ${PAGES.purchaseOrder}`);
  const sidebar = await sidebarFrame(page, browser.extensionId);
  const heading = sidebar.getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` });
  await heading.waitFor({ timeout: 15_000 });
  const cards = sidebar
    .getByRole('list', { name: 'Purchase order lines' })
    .getByRole('listitem', { name: /^Line / });
  await cards.first().waitFor({ timeout: 10_000 });
  const lines: string[] = [];
  for (const card of await cards.all()) {
    lines.push((await card.innerText()).replace(/\s+/g, ' ').trim());
  }
  console.log(
    `✔ Sidebar shows ${DEMO.purchaseOrder.number} with ${lines.length} lines fetched from Autotask:`,
  );
  for (const line of lines) console.log(`    ${line}`);
  await shoot(page, 'po-page-sidebar');

  if (!headful) {
    await checkAndSubmit(browser, page, sidebar);
    await watchStatus(browser, page, sidebar);
  }
  await page.bringToFront();
}

/** Options → Templates: the template's switch, as a user turns it on. */
async function switchOnTemplate(options: Page, name: string): Promise<void> {
  const region = options.getByRole('region', { name, exact: true });
  const toggle = region.getByRole('switch', { name: `${name} enabled` });
  await toggle.scrollIntoViewIfNeeded();
  if (!(await toggle.isChecked())) await toggle.click();
  for (let i = 0; i < 150 && !(await toggle.isChecked()); i++) await options.waitForTimeout(100);
  if (!(await toggle.isChecked())) throw new Error(`${name} did not switch on`);
  const on: string[] = [];
  for (const template of ['Create Orders from Autotask', 'Get Order Status', 'Product Sync']) {
    const other = options.getByRole('switch', { name: `${template} enabled` });
    if ((await other.count()) > 0 && (await other.isChecked())) on.push(template);
  }
  console.log(`✔ Options → Templates: switched on ${name} (on now: ${on.join(', ')})`);
  await region.screenshot({ path: `${outDir}templates.png` });
  console.log('  ↳ screenshot .demo/templates.png');
}

/** After the order: the sidebar reads Ordered; Refresh status looks the order up; the popup lists it. */
async function watchStatus(browser: ExtensionBrowser, page: Page, sidebar: Frame): Promise<void> {
  await page.bringToFront();
  const ordered = sidebar.getByRole('region', { name: 'Ordered' });
  await ordered.waitFor({ timeout: 15_000 });
  console.log(`✔ Sidebar, without a reload: ${(await ordered.innerText()).replace(/\s+/g, ' ').trim()}`);
  await shoot(page, 'po-page-ordered');

  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/confirm.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Refresh status' }).click();
  const window = await opened;
  await window.bringToFront();
  const confirm = window.getByRole('button', { name: 'Confirm: look up and write back' });
  await confirm.waitFor({ timeout: 15_000 });
  for (let i = 0; i < 150 && !(await confirm.isEnabled()); i++) await window.waitForTimeout(100);
  console.log('✔ Refresh status opened its confirmation window (it says what it will write)');
  await confirm.click();
  await window.getByRole('button', { name: 'Close' }).waitFor({ timeout: 30_000 });
  await window.close();

  await page.bringToFront();
  const timeline = sidebar.getByRole('list', { name: /^Timeline of order / }).first();
  await timeline.waitFor({ timeout: 20_000 });
  const status = sidebar
    .locator('section, [role="region"]')
    .filter({ has: sidebar.getByRole('heading', { name: 'Order status' }) })
    .last();
  const statusLines = (await status.innerText())
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== 'Order status' && line !== 'Refresh status');
  console.log(`✔ Order status in the sidebar: ${statusLines.slice(0, 3).join(' · ')}`);
  await shoot(page, 'po-page-status');

  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.getByRole('list', { name: 'Latest activity' }).waitFor({ timeout: 15_000 });
  const inFlight = popup.getByRole('list', { name: 'Orders in flight' });
  await inFlight.waitFor({ timeout: 15_000 });
  console.log(`✔ Popup, Orders in flight: ${(await inFlight.innerText()).replace(/\s+/g, ' ').trim()}`);
  await shoot(popup, 'popup');
}

/** The headless tour goes on as a technician would: check with TD SYNNEX, submit, confirm. */
async function checkAndSubmit(browser: ExtensionBrowser, page: Page, sidebar: Frame): Promise<void> {
  await sidebar.getByRole('button', { name: 'Check price and availability' }).click();
  await sidebar
    .getByText('Asking TD SYNNEX', { exact: false })
    .waitFor({ state: 'detached', timeout: 15_000 });
  const badges = page.locator('[data-autotask-bridge-badge]');
  await badges.nth(DEMO.purchaseOrder.skus.length - 1).waitFor({ timeout: 15_000 });
  console.log(
    `✔ Checked price and availability; ${await badges.count()} inline badges in Autotask's own grid`,
  );
  await shoot(page, 'po-page-checked');

  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/review.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).click();
  const review = await opened;
  const confirm = review.getByRole('button', { name: 'Confirm order' });
  await confirm.waitFor({ timeout: 15_000 });
  for (let i = 0; i < 150 && !(await confirm.isEnabled()); i++) await review.waitForTimeout(100);
  console.log('✔ Review window opened (an extension window the page cannot frame)');
  await shoot(review, 'review-window');
  await confirm.click();
  const done = review.getByRole('status').filter({ hasText: 'TD SYNNEX order' });
  await done.waitFor({ timeout: 30_000 });
  console.log(`✔ ${(await done.innerText()).replace(/\s+/g, ' ').trim()}`);

  const orders = sandbox.tdsynnex.orders.filter((o) => o.code === 'accepted');
  console.log(
    `✔ The TD SYNNEX simulator holds ${orders.length} order(s): ${orders.map((o) => o.poNumber).join(', ')}`,
  );
  const po = sandbox.autotask.db.get(DEMO.autotask.tenantId, 'PurchaseOrders', DEMO.purchaseOrder.id);
  console.log(
    `✔ Autotask PO ${DEMO.purchaseOrder.number}: order number(s) "${String(po?.externalPONumber ?? '')}"`,
  );
  await review.close();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${outDir}${name}.png`, fullPage: true });
  console.log(`  ↳ screenshot .demo/${name}.png`);
}
