// The per-distributor cases of the issue 12 journeys (distributor-journeys.test.ts, side-by-side.test.ts):
// for each distributor of the registry, the demo account as its Options card's fields name it, its
// Autotask vendor company and PO, and how its simulator lists and ships orders and prices products.
// Everything a journey asserts about "the distributor's side" is read from that distributor's own
// simulator, so a journey routed to the wrong distributor fails.
import type { Page } from 'playwright-core';
import { createDistributorAdapter } from '../../../lib/distributor';
import { distributorById } from '../../../lib/distributor/registry';
import { labelForValue } from '../../sandbox/autotask/picklists';
import { DEMO as TENANT } from '../../sandbox/autotask/seed';
import { ingramPartNumberFor } from '../../sandbox/ingram/index';
import type { Sandbox } from '../../sandbox/server';
import { WAREHOUSES } from '../../sandbox/tdsynnex/index';
import { DEMO } from './demo-accounts';
import {
  autotaskConnectedText,
  connectAutotask,
  connectDistributor,
  distributorCard,
  selectedVendor,
} from './user';
import { eventually } from './wait';

const HOUR = 3_600_000;

/** One order at a simulator, the same shape for every distributor. */
export interface SimOrderSummary {
  /** The PO number the extension sent (TD SYNNEX PONumber, Ingram customerOrderNumber). */
  poNumber: string;
  /** The distributor's own order number(s). */
  orderNumbers: string[];
  /** Ordered lines by the distributor's SKU. */
  lines: { sku: string; quantity: number }[];
}

export interface DistributorCase {
  id: 'tdsynnex' | 'ingram';
  /** The registry label, as the UI shows it. */
  label: string;
  /** The Options card's values by field name (lib/distributor/<id>/info.ts); also the adapter's account. */
  account: Record<string, string>;
  /** The Autotask vendor company standing for it in the demo tenant, and its name. */
  vendorId: number;
  vendorName: string;
  /** Its New PO in the demo tenant, the Autotask PO number, and the distributor PO number derived. */
  poId: number;
  poNumber: string;
  distributorPoNumber: string;
  /** The distributor's SKUs of the PO's lines. */
  skus: string[];
  /** A product linked to it (a ProductVendors row of its vendor) and its SKU there. */
  productId: number;
  productSku: string;
  /** The distributor's current price for a SKU, as its simulator holds it. */
  priceOf(sandbox: Sandbox, sku: string): number;
  /** What the distributor reports available for a SKU (the account's region's warehouses). */
  availableOf(sandbox: Sandbox, sku: string): number;
  /** Every order its simulator holds. */
  ordersIn(sandbox: Sandbox): SimOrderSummary[];
  /** Ships half of what is open on each line, or the rest of it. */
  ship(sandbox: Sandbox, poNumber: string, part: 'half' | 'rest'): void;
  /** The tracking numbers the distributor reports for the order right now (its own API, no browser). */
  trackingNumbers(sandbox: Sandbox, poNumber: string): Promise<string[]>;
}

const distributorPoNumber = (poId: number) => `AT${DEMO.autotask.tenantId}-${poId}`;
const TDSYNNEX_ACCOUNT = { ...DEMO.tdsynnex, environment: DEMO.tdsynnex.environment.toLowerCase() };
/** tdsSku 5432104's product: sold by both (a default TD SYNNEX row and an Ingram row). */
export const BOTH_LINKED_PRODUCT = { productId: TENANT.firstProductId + 3, tdsSku: '5432104' } as const;

async function tracking(
  sandbox: Sandbox,
  id: DistributorCase['id'],
  account: Record<string, string>,
  poNumber: string,
): Promise<string[]> {
  const sim = sandbox[id];
  const adapter = createDistributorAdapter(id, account, { fetch: (req) => sim.fetch(req) });
  const status = await adapter.orderStatus(poNumber);
  return status.lines.flatMap((l) => l.packages.map((p) => p.trackingNumber));
}

export const TDSYNNEX_CASE: DistributorCase = {
  id: 'tdsynnex',
  label: distributorById('tdsynnex').label,
  account: TDSYNNEX_ACCOUNT,
  vendorId: TENANT.tdSynnexVendorId,
  vendorName: DEMO.vendorName,
  poId: TENANT.purchaseOrders.new,
  poNumber: `PO-${TENANT.purchaseOrders.new}`,
  distributorPoNumber: distributorPoNumber(TENANT.purchaseOrders.new),
  skus: ['5432101', '5432102', '5432103'],
  // Product 72 is SKU 5432102, whose Autotask cost differs from TD SYNNEX's price.
  productId: 72,
  productSku: '5432102',
  priceOf: (sandbox, sku) => sandbox.tdsynnex.catalogue.get(sku)!.price,
  availableOf: (sandbox, sku) => {
    const stock = sandbox.tdsynnex.catalogue.get(sku)!.stock;
    return WAREHOUSES.US.reduce((sum, w) => sum + (stock[w.id] ?? 0), 0);
  },
  ordersIn: (sandbox) =>
    sandbox.tdsynnex.orders.map((o) => ({
      poNumber: o.poNumber,
      orderNumbers: [...new Set(o.lines.flatMap((l) => (l.orderNumber ? [l.orderNumber] : [])))],
      lines: o.lines
        .filter((l) => l.outcome !== 'rejected')
        .map((l) => ({ sku: l.sku, quantity: l.quantity })),
    })),
  // TD SYNNEX's order status follows its clock (test/sandbox/tdsynnex/status.ts): half of each line
  // ships 4 hours after the order, the rest within a day.
  ship(sandbox, poNumber, part) {
    const order = sandbox.tdsynnex.order(poNumber);
    if (!order) throw new Error(`No TD SYNNEX order ${poNumber}`);
    const target = order.createdAt + (part === 'half' ? 4 * HOUR + 60_000 : 25 * HOUR);
    sandbox.tdsynnex.advance(Math.max(0, target - sandbox.tdsynnex.now()));
  },
  trackingNumbers: (sandbox, poNumber) => tracking(sandbox, 'tdsynnex', TDSYNNEX_ACCOUNT, poNumber),
};

export const INGRAM_CASE: DistributorCase = {
  id: 'ingram',
  label: distributorById('ingram').label,
  account: DEMO.ingram,
  vendorId: TENANT.ingramVendorId,
  vendorName: 'Ingram Micro',
  poId: TENANT.purchaseOrders.ingramNew,
  poNumber: `PO-${TENANT.purchaseOrders.ingramNew}`,
  distributorPoNumber: distributorPoNumber(TENANT.purchaseOrders.ingramNew),
  skus: ['5432104', '5432105'].map(ingramPartNumberFor),
  productId: BOTH_LINKED_PRODUCT.productId,
  productSku: ingramPartNumberFor(BOTH_LINKED_PRODUCT.tdsSku),
  priceOf: (sandbox, sku) => sandbox.ingram.catalogue.get(sku)!.customerPrice,
  availableOf: (sandbox, sku) =>
    Object.values(sandbox.ingram.catalogue.get(sku)!.stock).reduce((sum, n) => sum + n, 0),
  ordersIn: (sandbox) =>
    sandbox.ingram.orders.map((o) => ({
      poNumber: o.customerOrderNumber,
      orderNumbers: [o.ingramOrderNumber],
      lines: o.lines.map((l) => ({ sku: l.product.ingramPartNumber, quantity: l.quantity })),
    })),
  ship: (sandbox, poNumber, part) => sandbox.ingram.ship(poNumber, part),
  trackingNumbers: (sandbox, poNumber) => tracking(sandbox, 'ingram', DEMO.ingram, poNumber),
};

export const DISTRIBUTOR_CASES: readonly DistributorCase[] = [TDSYNNEX_CASE, INGRAM_CASE];

export const otherCases = (d: DistributorCase) => DISTRIBUTOR_CASES.filter((c) => c.id !== d.id);

/**
 * Connects one distributor in its Options card as a user would (Connect, then its vendor company
 * confirmed if the card asks), and waits until the card says that vendor is saved.
 */
export async function connectInOptions(options: Page, d: DistributorCase): Promise<void> {
  await connectDistributor(options, d.id, d.account);
  const card = distributorCard(options, d.id);
  await card.getByRole('button', { name: 'Reconnect' }).waitFor({ timeout: 15_000 });
  await eventually(
    () => selectedVendor(options, d.id).catch(() => ''),
    (name) => name !== '' && name !== 'Choose a vendor…',
    { what: `the pre-selected ${d.label} vendor`, timeoutMs: 15_000 },
  );
  const vendor = card.getByLabel(`${d.label} vendor`, { exact: true });
  if ((await selectedVendor(options, d.id)) !== d.vendorName) {
    await vendor.selectOption({ value: String(d.vendorId) });
  }
  const confirm = card.getByRole('button', { name: 'Use this vendor' });
  if ((await confirm.count()) > 0) {
    await confirm.click();
    await confirm.waitFor({ state: 'detached', timeout: 10_000 });
  }
  await card.getByText(`Saved: ${d.vendorName}.`).waitFor({ timeout: 10_000 });
}

/** Autotask connected, then the given distributors; returns the options page, left open. */
export async function connectInOptionsPage(
  open: () => Promise<Page>,
  cases: readonly DistributorCase[],
): Promise<Page> {
  const options = await open();
  await connectAutotask(options);
  await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
  for (const d of cases) await connectInOptions(options, d);
  return options;
}

/** A PO as the Autotask simulator holds it: status label, order-number field, memo, lines by d's SKU. */
export function autotaskPo(sandbox: Sandbox, d: DistributorCase) {
  const db = sandbox.autotask.db;
  const ci = DEMO.autotask.tenantId;
  const po = db.get(ci, 'PurchaseOrders', d.poId)!;
  const vendorRows = db.rows(ci, 'ProductVendors').filter((v) => v.vendorID === d.vendorId);
  const lines = db
    .rows(ci, 'PurchaseOrderItems')
    .filter((item) => item.orderID === d.poId)
    .map((item) => ({
      sku: String(vendorRows.find((v) => v.productID === item.productID)?.vendorPartNumber),
      quantity: Number(item.quantity),
    }));
  return {
    status: labelForValue(db.tenant(ci).picklists, 'PurchaseOrders.status', po.status),
    externalPONumber: (po.externalPONumber as string | null) ?? '',
    memo: String(po.generalMemo ?? ''),
    lines,
  };
}

/** The product's ProductVendors row for a vendor company. */
export function vendorRow(sandbox: Sandbox, productId: number, vendorId: number) {
  return sandbox.autotask.db
    .rows(DEMO.autotask.tenantId, 'ProductVendors')
    .find((v) => v.productID === productId && v.vendorID === vendorId);
}

/** Amounts as the sidebar prints them (en-US in the e2e Chromium). */
export const money = (n: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
