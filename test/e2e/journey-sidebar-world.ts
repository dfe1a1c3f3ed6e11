// Shared by the sidebar journeys (journey-sidebar*.test.ts, issue 10 §3 and §5): a PO page opened by
// its id with the sidebar showing that purchase order, the wait for TD SYNNEX's answer, and the
// light and dark screenshots each step leaves for the README tour.
import type { Frame, Page } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import { screenshotLightAndDark } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';

const WEB = new URL(DEMO.autotask.webUrl).origin;
const poPage = (id: number) => `${WEB}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=${id}`;

/** What the user scrolls to is fine vertically; sideways never. */
export const BELOW = { allowVerticalScroll: true } as const;

/** PO `poId`'s page in a new tab, once its sidebar shows the purchase order's heading. */
export async function openPo(session: Session, poId: number): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.context.newPage();
  await page.goto(poPage(poId));
  const sidebar = await sidebarFrame(page, session.browser.extensionId, 15_000);
  await sidebar.getByRole('heading', { name: /^Purchase order / }).waitFor({ timeout: 15_000 });
  return { page, sidebar };
}

/** TD SYNNEX has answered the sidebar's check: its "Asking TD SYNNEX…" line is gone. */
export const tdsynnexStatusDone = (sidebar: Frame) =>
  sidebar.getByText(/^Asking TD SYNNEX/).waitFor({ state: 'detached', timeout: 20_000 });

export const shoot = (page: Page, name: string) => screenshotLightAndDark(page, `journey-sidebar-${name}`);
