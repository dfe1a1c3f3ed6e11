// Shared setup of the issue 10 §4 error journeys (journey-errors-*.test.ts), whose files each share
// one connected session (harness/session-for-tests): a PO page with its sidebar, and the checks a
// user makes of a hint — its title and action on screen, never the generic error, never a raw code.
import type { Frame, Locator, Page } from 'playwright-core';
import { HINT_CODES } from '../../lib/hints/catalogue';
import { PAGES } from './harness/demo-accounts';
import { screenshot, screenshotLightAndDark } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';
import { expectNoGenericError, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';

/** Words only our code uses (hyphenated, so never plain English): none may reach the screen. */
export const RAW_CODES = [
  ...Object.values(HINT_CODES).filter((c) => c.includes('-')),
  'background-unavailable',
  'malformed-response',
];
export const SIDEBAR_WIDTH = 380;

export async function openPurchaseOrder(session: Session): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGES.purchaseOrder);
  return { page, sidebar: await sidebarFrame(page, session.browser.extensionId, 20_000) };
}

/** Fails on the generic error, a raw code or sideways scrolling anywhere in the frame. */
export async function expectTruthfulScreen(frame: Frame | Page): Promise<void> {
  await expectNoGenericError(frame, RAW_CODES);
  await expectNoSidewaysScroll(frame);
}

/** The hint as ErrorHint shows it in the sidebar: its title visible, its action button there. */
export async function expectHint(sidebar: Frame, title: string | RegExp, action?: string): Promise<Locator> {
  const hint = sidebar.locator('.hint').filter({ has: sidebar.getByRole('heading', { name: title }) });
  await expectVisibleToUser(hint.getByRole('heading', { name: title }), {
    frame: sidebar,
    allowVerticalScroll: true,
    timeoutMs: 30_000,
  }).catch(async (error: unknown) => {
    // What the user saw instead, for whoever reads the failure.
    await screenshot(sidebar.page(), `journey-errors-failed-${String(title).replace(/\W+/g, '-')}`);
    console.log(`sidebar instead of "${String(title)}":\n${await sidebar.locator('body').innerText()}`);
    throw error;
  });
  if (action) {
    await expectVisibleToUser(hint.getByRole('button', { name: action }), {
      frame: sidebar,
      allowVerticalScroll: true,
    });
  }
  await expectTruthfulScreen(sidebar);
  return hint;
}

export const shootLightAndDark = (page: Page, name: string) =>
  screenshotLightAndDark(page, `journey-errors-${name}`);

/** The number of entries the log page reports (its status line). */
export async function logEntryCount(session: Session): Promise<number> {
  const page = await session.browser.openExtensionPage('log.html');
  const status = page.getByRole('status').filter({ hasText: /\d+ entr(y|ies)|No entries/ });
  const text = await eventually(
    async () =>
      (await status
        .first()
        .textContent()
        .catch(() => '')) ?? '',
    (t) => /^(\d[\d,]* entr|No entries)/.test(t.trim()),
    { what: 'the log entry count', timeoutMs: 15_000 },
  );
  await page.close();
  return Number(text.replace(/[^\d]/g, '')) || 0;
}
