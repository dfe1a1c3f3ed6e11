// Shared by the submit e2e files (issue 3): connecting with a canary secret, reading what the
// simulators hold, and the user's steps through the sidebar and the review window.
import type { Frame, Page } from 'playwright-core';
import { labelForValue } from '../sandbox/autotask/picklists';
import { DEMO_TDSYNNEX_ACCOUNT } from '../sandbox/tdsynnex/index';
import { DEMO, PAGES } from './harness/demo-accounts';
import type { Session } from './harness/session';
import {
  autotaskConnectedText,
  connectAutotask,
  connectTdSynnex,
  distributorCard,
  sidebarFrame,
} from './harness/user';
import { eventually } from './harness/wait';

/** One canary, used as the Autotask API secret AND the TD SYNNEX password (issue 3 "Must show"). */
export const CANARY = 'canary-Q7r2-Zx9p-4f1e-never-shown';
export const PO = DEMO.purchaseOrder;
export const DISTRIBUTOR_PO_NUMBER = `AT${DEMO.autotask.tenantId}-${PO.id}`;

/** The simulators accept the canary; the options page connects with it, as a user would. */
export async function connectWithCanary(session: Session): Promise<void> {
  session.sandbox.autotask.db.addUser({
    userName: DEMO.autotask.userName,
    secret: CANARY,
    integrationCode: DEMO.autotask.integrationCode,
    ci: DEMO.autotask.tenantId,
  });
  session.sandbox.tdsynnex.accounts.add({ ...DEMO_TDSYNNEX_ACCOUNT, password: CANARY });
  const options = await session.browser.openExtensionPage('options.html');
  // The helpers' parameter types are the demo literals; the canary is just another secret.
  await connectAutotask(options, { ...DEMO.autotask, secret: CANARY } as unknown as typeof DEMO.autotask);
  await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
  await connectTdSynnex(options, { ...DEMO.tdsynnex, password: CANARY } as unknown as typeof DEMO.tdsynnex);
  const tdsynnex = distributorCard(options, 'tdsynnex');
  await tdsynnex.getByRole('button', { name: 'Reconnect' }).waitFor({ timeout: 15_000 });
  const confirm = tdsynnex.getByRole('button', { name: 'Use this vendor' });
  if ((await confirm.count()) > 0) {
    await confirm.click();
    await confirm.waitFor({ state: 'detached', timeout: 10_000 });
  }
  await options.close();
}

export function acceptedOrders(session: Session) {
  return session.sandbox.tdsynnex.orders.filter((o) => o.poNumber.startsWith(DISTRIBUTOR_PO_NUMBER));
}

/** PO 1042 as the Autotask simulator holds it: status label, the order-number field, lines by SKU. */
export function autotaskPo(session: Session) {
  const db = session.sandbox.autotask.db;
  const ci = DEMO.autotask.tenantId;
  const po = db.get(ci, 'PurchaseOrders', PO.id)!;
  const vendorRows = db.rows(ci, 'ProductVendors');
  const lines = db
    .rows(ci, 'PurchaseOrderItems')
    .filter((item) => item.orderID === PO.id)
    .map((item) => ({
      sku: String(
        vendorRows.find((v) => v.productID === item.productID && v.vendorPartNumber)?.vendorPartNumber,
      ),
      quantity: Number(item.quantity),
      eta: item.estimatedArrivalDate as string | null,
    }));
  return {
    status: labelForValue(db.tenant(ci).picklists, 'PurchaseOrders.status', po.status),
    externalPONumber: (po.externalPONumber as string | null) ?? '',
    shipToName: String(po.shipToName),
    lines,
  };
}

export async function openPoPage(session: Session): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.context.newPage();
  await page.goto(PAGES.purchaseOrder);
  const sidebar = await sidebarFrame(page, session.browser.extensionId, 15_000);
  await sidebar.getByRole('heading', { name: `Purchase order ${PO.number}` }).waitFor({ timeout: 15_000 });
  return { page, sidebar };
}

/** Clicks `Submit to TD SYNNEX` in a sidebar frame and returns the review window it opens. */
export async function openReview(session: Session, sidebar: Frame): Promise<Page> {
  const opened = session.browser.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/review.html'),
    timeout: 15_000,
  });
  await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).click();
  const review = await opened;
  await review.getByRole('button', { name: 'Confirm order' }).waitFor({ timeout: 15_000 });
  // Usable once the window has been in front for a second (issue 11 §1); a click before does nothing.
  await eventually(
    () => review.getByRole('button', { name: 'Confirm order' }).isEnabled(),
    (enabled) => enabled,
    { timeoutMs: 15_000, what: 'Confirm order to be enabled' },
  );
  return review;
}

export const inlineBadges = (page: Page) => page.locator('[data-autotask-bridge-badge]');
