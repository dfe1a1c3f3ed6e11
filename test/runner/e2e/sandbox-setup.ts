// Sandbox set-ups for the runner's kill and replica journeys: a bulk linked catalogue with a share of
// changed prices (as the bench's linkCatalogue does in-process), more POs in the trigger status, and
// TD SYNNEX order answers held back so that a runner can be killed between "order created" and
// "answer received".
import { DEMO } from '../../sandbox/autotask/index';
import type { Sandbox } from '../../sandbox/server';

/**
 * `n` bench products linked to TD SYNNEX (the demo's own links switched off), each at its
 * distributor price except every `changedEvery`-th, whose price went up by 1.00. Returns the
 * changed SKUs.
 */
export function linkBenchCatalogue(
  sandbox: Sandbox,
  n: number,
  changedEvery: number,
): { changed: Set<string> } {
  const db = sandbox.autotask.db;
  for (const row of db.rows(DEMO.ci, 'ProductVendors')) {
    if (row.vendorID === DEMO.tdSynnexVendorId)
      db.update(DEMO.ci, 'ProductVendors', row.id, { isActive: false });
  }
  const changed = new Set<string>();
  sandbox.autotask.seedLinkedProducts(n).forEach(({ productId, vendorPartNumber }, i) => {
    const item = sandbox.tdsynnex.catalogue.get(vendorPartNumber);
    if (!item) throw new Error(`The TD SYNNEX simulator has no SKU ${vendorPartNumber}`);
    item.status = 'Active';
    item.price = Number(db.get(DEMO.ci, 'Products', productId)!.unitCost);
    if (i % changedEvery === changedEvery - 1) {
      item.price = Math.round((item.price + 1) * 100) / 100;
      changed.add(vendorPartNumber);
    }
  });
  return { changed };
}

/** `count` copies of the demo's Submitted TD SYNNEX PO, lines included; returns their ids. */
export function addSubmittedPurchaseOrders(sandbox: Sandbox, count: number): number[] {
  const db = sandbox.autotask.db;
  const source = db.get(DEMO.ci, 'PurchaseOrders', DEMO.purchaseOrders.submitted)!;
  const lines = db.rows(DEMO.ci, 'PurchaseOrderItems').filter((r) => r.orderID === source.id);
  const ids: number[] = [];
  for (let i = 1; i <= count; i += 1) {
    const id = 2000 + i;
    const { id: _sourceId, ...fields } = source;
    db.insert(DEMO.ci, 'PurchaseOrders', { ...fields, id, purchaseOrderNumber: `PO-${id}` });
    for (const { id: _lineId, ...line } of lines)
      db.insert(DEMO.ci, 'PurchaseOrderItems', { ...line, orderID: id });
    ids.push(id);
  }
  return ids;
}

/**
 * From now on each TD SYNNEX order is created at once and answered `ms` later (a slow distributor):
 * a runner killed meanwhile never hears of the order it placed. `off()` answers at once again.
 */
export function delayOrderAnswers(sandbox: Sandbox, ms: number): { off(): void } {
  const sim = sandbox.tdsynnex;
  const inner = sim.fetch.bind(sim);
  let on = true;
  sim.fetch = async (req) => {
    const before = sim.requests.length;
    const response = await inner(req);
    const isOrder = sim.requests.slice(before).some((r) => r.operation === 'order');
    if (on && isOrder) await new Promise((resolve) => setTimeout(resolve, ms));
    return response;
  };
  return { off: () => void (on = false) };
}
