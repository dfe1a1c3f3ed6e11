// What a user does in the extension's pages, by accessible names (team brief "UI labels"), so the
// tests break when a label a user relies on changes — and not when markup does.
import type { Frame, Locator, Page } from 'playwright-core';
import { distributorById } from '../../../lib/distributor/registry';
import { DEMO } from './demo-accounts';

/** The innermost container holding a section heading: the section's own form, not the whole page. */
export function section(page: Page | Frame, heading: string): Locator {
  return page
    .locator('section, [role="region"], fieldset, form, article')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
    .last();
}

export async function connectAutotask(page: Page, credentials = DEMO.autotask): Promise<void> {
  const autotask = section(page, 'Autotask');
  await autotask.getByLabel('API user name', { exact: true }).fill(credentials.userName);
  await autotask.getByLabel('API secret', { exact: true }).fill(credentials.secret);
  await autotask.getByLabel('API integration code', { exact: true }).fill(credentials.integrationCode);
  await autotask.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** A distributor's card on the options page: the section under its registry label. */
export function distributorCard(page: Page | Frame, id: string): Locator {
  return section(page, distributorById(id).label);
}

/**
 * Fills a distributor's card from its registry fields (text and secret fields typed, select fields
 * chosen by value) and presses Connect. Fields missing from `account` are left as they are.
 */
export async function connectDistributor(
  page: Page,
  id: string,
  account: Record<string, string>,
): Promise<void> {
  const card = distributorCard(page, id);
  for (const field of distributorById(id).fields) {
    const value = account[field.name];
    if (value === undefined) continue;
    const input = card.getByLabel(field.label, { exact: true });
    if (field.kind === 'select') await input.selectOption({ value });
    else await input.fill(value);
  }
  await card.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** The demo TD SYNNEX account (demo-accounts.ts names its environment as a person reads it). */
export async function connectTdSynnex(page: Page, account = DEMO.tdsynnex): Promise<void> {
  await connectDistributor(page, 'tdsynnex', { ...account, environment: account.environment.toLowerCase() });
}

/** The label of the vendor a distributor's card shows as selected (pre-selected or saved). */
export async function selectedVendor(page: Page, id = 'tdsynnex'): Promise<string> {
  const { label } = distributorById(id);
  const select = distributorCard(page, id).getByLabel(`${label} vendor`, { exact: true });
  return select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim() ?? '');
}

export const autotaskConnectedText = `Connected to Autotask tenant ${DEMO.autotask.tenantId} (${DEMO.autotask.zoneName})`;

/** The sidebar frame (an extension page inside a closed shadow root) once it has appeared. */
export async function sidebarFrame(page: Page, extensionId: string, timeoutMs = 10_000): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/sidebar.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    if (Date.now() > deadline) {
      throw new Error(`No sidebar frame in ${page.url()}; frames: ${page.frames().map((f) => f.url())}`);
    }
    await page.waitForTimeout(100);
  }
}

/** How many sidebar host elements each frame of the tab holds, top frame first. */
export async function rootCounts(page: Page): Promise<{ url: string; count: number }[]> {
  return Promise.all(
    page
      .frames()
      .filter((f) => !f.url().startsWith('chrome-extension://'))
      .map(async (f) => ({ url: f.url(), count: await f.locator('autotask-bridge-root').count() })),
  );
}

/**
 * Clicks a button that closes the window it is in (the review and lookup windows' Close) and waits
 * for the window to go. Playwright may report the page as gone before the click call returns; that
 * is the outcome wanted, so only an error on a page still open counts.
 */
export async function clickToClose(page: Page, button: Locator, timeoutMs = 5_000): Promise<void> {
  const closed = page.waitForEvent('close', { timeout: timeoutMs });
  await button.click({ noWaitAfter: true }).catch((error: unknown) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}
