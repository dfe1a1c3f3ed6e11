// A demo world for the order-status tests: both simulators, real clients on them (the Autotask
// fetch can be wrapped by a test to lose an answer or stop a run), the template registered, two
// distributors as the services report them (TD SYNNEX connected with its vendor company; Ingram
// Micro registered but not connected — a test may change that through `vendors`/`failing`), and
// helpers that place an order the way a browser would — here, or in "another browser" (only the
// PO's order-number field says so). Issue 3's submit flow is not used: orders are created through
// the TD SYNNEX adapter against the simulator, and the Autotask PO is updated through the API.
import { z } from 'zod';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { createDistributorAdapter } from '../../../lib/distributor';
import type { DistributorAdapter, OrderRequest } from '../../../lib/distributor/adapter';
import { AppError } from '../../../lib/errors/app-error';
import { db } from '../../../lib/db/db';
import { distributorPoNumber } from '../../../lib/orders/po-number';
import type { OrderStatusSettings } from '../../../lib/order-status/settings';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { provideSyncServices } from '../../../lib/sync/services';
import type { DistributorVendor, SyncServices } from '../../../lib/sync/services';
import { saveTemplateSettings } from '../../../lib/sync/template-settings';
import { ORDER_STATUS_TEMPLATE_ID, orderStatusTemplate } from '../../../lib/order-status/template';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import { createTdSynnexSim } from '../../sandbox/tdsynnex/index';
import { freshDb } from '../db/fresh-db';

export { DEMO };
export const TEMPLATE = ORDER_STATUS_TEMPLATE_ID;
export const PO = DEMO.purchaseOrders.new;
export const PO_NUMBER = distributorPoNumber(DEMO.ci, PO);
/** PO status ids of the demo tenant (deliberately unusual, seed.ts). */
export const STATUS = { new: 11, submitted: 12, partial: 13, full: 14, cancel: 15 } as const;
export const HOUR = 3_600_000;

type Fetch = (req: Request) => Promise<Response>;

export async function orderStatusWorld() {
  await freshDb();
  const autotask = createAutotaskSim({ seed: 'demo' });
  const tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  /** Tests replace this to lose an answer, count writes or stop the run. */
  const wire: { autotaskFetch: (req: Request, next: Fetch) => Promise<Response> } = {
    autotaskFetch: (req, next) => next(req),
  };
  const client = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: ((req: Request) => wire.autotaskFetch(req, autotask.fetch)) as typeof fetch,
  });
  const distributor = createDistributorAdapter(
    'tdsynnex',
    {
      customerNo: '123456',
      userId: 'ec-user@contoso-msp.example',
      password: 'demo-tds-password',
      region: 'US',
      environment: 'production',
    },
    { fetch: tdsynnex.fetch, sleep: async () => {} },
  );
  /** What distributorVendors() answers, in registry order; tests change the second entry. */
  const vendors: DistributorVendor[] = [
    { id: 'tdsynnex', vendorId: DEMO.tdSynnexVendorId, connected: true },
    { id: 'ingram', vendorId: undefined, connected: false },
  ];
  /** Distributors whose adapter cannot be built, with the error the background would throw. */
  const failing = new Map<string, AppError>();
  /** Which distributors' adapters were asked for, in order. */
  const asked: string[] = [];
  const services: SyncServices = {
    autotask: async () => client,
    async distributor(id): Promise<DistributorAdapter> {
      asked.push(id);
      const failure = failing.get(id);
      if (failure) throw failure;
      if (id === 'tdsynnex') return distributor;
      // As the background's container says it (entrypoints/background/container.ts).
      throw new AppError({
        kind: 'auth',
        service: 'distributor',
        distributor: id,
        status: 0,
        code: 'not-connected',
        message: `${id} is not connected: open the extension's options and Connect.`,
      });
    },
    distributorVendors: async () => vendors.map((v) => ({ ...v })),
    beginWork: async () => {},
  };
  provideSyncServices(services);
  registerTemplate(orderStatusTemplate);

  const items = async () =>
    (
      await client.queryIn(
        'PurchaseOrderItems',
        'orderID',
        [PO],
        z.object({
          id: z.number(),
          productID: z.number(),
          quantity: z.number(),
          memo: z.string().nullish(),
          estimatedArrivalDate: z.string().nullish(),
        }),
      )
    ).sort((a, b) => a.id - b.id);
  const SKUS = ['5432101', '5432102', '5432103'];

  /** Submits PO-1042's three lines to the TD SYNNEX simulator under `poNumber`. */
  async function submit(poNumber = PO_NUMBER, skus: readonly string[] = SKUS) {
    const lines = await items();
    const order: OrderRequest = {
      poNumber,
      shipTo: {
        name: 'Smith & Sons <HQ>',
        address1: '12 Market Street',
        city: 'Hartford',
        state: 'CT',
        postalCode: '06103',
        country: 'US',
      },
      allowBackorder: true,
      lines: lines.map((item, i) => ({
        lineNumber: i + 1,
        distributorSku: skus[i]!,
        quantity: item.quantity,
      })),
    };
    const result = await distributor.submitOrder(order);
    return { result, lines };
  }

  /** What issue 3's write-back leaves on the PO: the order numbers in the field, status Submitted. */
  async function writeOrderNumbersToPo(orderNumbers: string[], status: number = STATUS.submitted) {
    await client.update('PurchaseOrders', { id: PO, externalPONumber: orderNumbers.join(', '), status });
  }

  return {
    autotask,
    tdsynnex,
    client,
    distributor,
    services,
    vendors,
    failing,
    asked,
    wire,
    items,
    /** Ordered in this browser: an accepted outbox record (issue 3) plus the PO write-back. */
    async orderHere(poStatus: number = STATUS.submitted) {
      const { result, lines } = await submit();
      const now = Date.now();
      await db.outbox.put({
        poNumber: PO_NUMBER,
        poId: PO,
        tenantId: DEMO.ci,
        state: 'accepted',
        createdAt: now,
        updatedAt: now,
        lines: lines.map((item, i) => ({ itemId: item.id, sku: SKUS[i]!, quantity: item.quantity })),
        orderNumbers: result.orderNumbers,
      });
      await writeOrderNumbersToPo(result.orderNumbers, poStatus);
      return result;
    },
    /** Ordered in another browser: nothing local, only the PO's field says it was ordered. */
    async orderElsewhere(attempt = 1, poStatus: number = STATUS.submitted, skus: readonly string[] = SKUS) {
      const { result } = await submit(distributorPoNumber(DEMO.ci, PO, attempt), skus);
      await writeOrderNumbersToPo(result.orderNumbers, poStatus);
      return result;
    },
    settings: (patch: Partial<OrderStatusSettings>) => saveTemplateSettings(orderStatusTemplate, patch),
    purchaseOrder: () => autotask.db.tenant(DEMO.ci).tables.PurchaseOrders.get(PO)!,
    /** Every receipt of PO-1042's items, straight from the simulator's tables. */
    receipts() {
      const tenant = autotask.db.tenant(DEMO.ci);
      const ids = new Set(
        [...tenant.tables.PurchaseOrderItems.values()].filter((i) => i.orderID === PO).map((i) => i.id),
      );
      return [...tenant.tables.PurchaseOrderItemReceiving.values()].filter((r) =>
        ids.has(r.purchaseOrderItemID as number),
      );
    },
    /** The serial numbers TD SYNNEX shipped so far for the order, from its own status answer. */
    async shippedSerials(poNumber = PO_NUMBER) {
      const status = await distributor.orderStatus(poNumber);
      return status.lines.flatMap((l) => l.packages.flatMap((p) => p.serialNumbers)).sort();
    },
    dispose() {
      unregisterTemplate(ORDER_STATUS_TEMPLATE_ID);
      provideSyncServices(undefined);
    },
  };
}

export type OrderStatusWorld = Awaited<ReturnType<typeof orderStatusWorld>>;

/** True for the Autotask request that creates a receipt (POST …/PurchaseOrderItems/{id}/Receiving). */
export const isReceiptCreate = (req: Request) =>
  req.method === 'POST' && /\/PurchaseOrderItems\/\d+\/Receiving$/i.test(new URL(req.url).pathname);
