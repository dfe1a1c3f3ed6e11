// What a user does in the extension's pages, by accessible names (team brief "UI labels"), so the
// tests break when a label a user relies on changes — and not when markup does.
import type { Frame, Locator, Page } from 'playwright-core';
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

export async function connectTdSynnex(page: Page, account = DEMO.tdsynnex): Promise<void> {
  const tdsynnex = section(page, 'TD SYNNEX');
  await tdsynnex.getByLabel('Customer number', { exact: true }).fill(account.customerNo);
  await tdsynnex.getByLabel('EC Express user ID', { exact: true }).fill(account.userId);
  await tdsynnex.getByLabel('EC Express password', { exact: true }).fill(account.password);
  await tdsynnex.getByLabel('Region', { exact: true }).selectOption({ label: account.region });
  await tdsynnex.getByLabel('Environment', { exact: true }).selectOption({ label: account.environment });
  await tdsynnex.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** The label of the vendor the TD SYNNEX form shows as selected (pre-selected or saved). */
export async function selectedVendor(page: Page): Promise<string> {
  const select = section(page, 'TD SYNNEX').getByLabel('TD SYNNEX vendor', { exact: true });
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
