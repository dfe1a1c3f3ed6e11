// `npm run demo` (issue 2 §6): both simulators with the demo tenant, Chromium with the built extension
// mapped to them. With a display: a real window on the stand-in PO page, until Ctrl-C. Without one: a
// scripted headless tour that connects both demo accounts, opens the PO page, reads the sidebar,
// checks price and availability, submits PO-1042 through the review window and confirms,
// prints each step and saves screenshots to .demo/.
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
  if (!headful) await options.close();

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

  if (!headful) await checkAndSubmit(browser, page, sidebar);

  if (!headful) {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForLoadState('networkidle');
    await shoot(popup, 'popup');
  }
  await page.bringToFront();
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
