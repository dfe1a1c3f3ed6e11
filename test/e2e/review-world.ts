// Shared by the review-window journeys (issue 10 §4–§5, issue 11 §1): a connected session, the
// review window opened from the sidebar at its real size, and what the simulators hold.
import type { Page } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import type { Session } from './harness/session';
import { openPoPage, PO } from './submit-world';

// The review journeys' session and screenshots are the harness's, under the names they use.
export { startConnectedSession as start, screenshotLightAndDark as shoot } from './harness/session';

/** The review window's size (lib/orders/review-window.ts). */
export const WINDOW = { width: 620, height: 780 };
export const CONFIRM = { name: 'Confirm order' } as const;

/** Submit to TD SYNNEX in the sidebar → the review window, as soon as its Confirm is on screen. */
export async function openReviewWindow(session: Session): Promise<{ review: Page; close(): Promise<void> }> {
  const { page, sidebar } = await openPoPage(session);
  const opened = session.browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/review.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).click();
  const review = await opened;
  await review.setViewportSize(WINDOW);
  await review.getByRole('button', CONFIRM).waitFor({ timeout: 20_000 });
  return {
    review,
    async close() {
      if (!review.isClosed()) await review.close();
      await page.close();
    },
  };
}

export const orderRequests = (session: Session) =>
  session.sandbox.tdsynnex.requests.filter((r) => r.operation === 'order').length;

/** PO-1042's Autotask unit cost for a SKU, read from the Autotask simulator. */
export function autotaskUnitCost(session: Session, sku: string): number {
  const db = session.sandbox.autotask.db;
  const ci = DEMO.autotask.tenantId;
  const vendorRow = db.rows(ci, 'ProductVendors').find((v) => v.vendorPartNumber === sku);
  const item = db
    .rows(ci, 'PurchaseOrderItems')
    .find((i) => i.orderID === PO.id && i.productID === vendorRow?.productID);
  return Number(item?.unitCost);
}
