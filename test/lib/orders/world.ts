// A world for the order tests: both simulators seeded with the demo tenant, and "browsers" — each
// with its own extension database (its own outbox) and its own Autotask client — that can be
// stopped and restarted like a service worker. Fakes, not mocks: the real adapter, HTTP policy,
// Autotask client, outbox and order service run against the simulators.
import { z } from 'zod';
import { createAutotaskClient } from '../../../lib/autotask/client';
import type { AutotaskClient } from '../../../lib/autotask/types';
import { createDistributorAdapter } from '../../../lib/distributor';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { BridgeDb } from '../../../lib/db/db';
import { DEFAULT_PRICE_DRIFT_PERCENT } from '../../../lib/orders/constants';
import { dexieOutbox } from '../../../lib/db/dexie-outbox';
import type { Outbox } from '../../../lib/orders/outbox';
import { createOrderService } from '../../../lib/orders/service';
import type { OrderService, OrderServiceDeps } from '../../../lib/orders/service';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';

export { DEMO };
export const PO_ID = DEMO.purchaseOrders.new;
export const PO_NUMBER = `AT${DEMO.ci}-${PO_ID}`;
export const DEMO_SKUS = ['5432101', '5432102', '5432103'];
/** The registry's first distributor: the one the TD SYNNEX simulator answers for. */
export const FIRST = DISTRIBUTORS[0]!.id;
/** The registry's second: in routing tests a second TD SYNNEX simulator stands in for it. */
export const SECOND = DISTRIBUTORS[1]!.id;

let dbCounter = 0;

/** Thrown by a step hook: the "service worker" stops right there. */
export class WorkerStopped extends Error {
  constructor(at: string) {
    super(`worker stopped at ${at}`);
  }
}

export type TdsFetch = (req: Request) => Promise<Response>;
/** Sits between the adapter and the TD SYNNEX simulator (a network, another browser, a lag). */
export type Wire = (req: Request, next: TdsFetch) => Promise<Response>;

export interface OrderWorldOptions {
  /**
   * A second distributor: the registry's second entry, connected, with the demo tenant's "Ingram
   * Micro" company as its vendor, answered by a second TD SYNNEX simulator (routing and side by side
   * need only a second adapter, not a second protocol).
   */
  second?: boolean;
  /**
   * Where each browser keeps its outbox: its own IndexedDB by default; given, each browser's comes
   * from here instead (sql-outbox.ts: one SQL database shared by all, as runner replicas share one).
   */
  outbox?: () => Outbox;
}

export function orderWorld(options: OrderWorldOptions = {}) {
  const autotask = createAutotaskSim({ seed: 'demo' });
  const tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  const second = options.second ? createTdSynnexSim({ seed: 'demo', catalogueSize: 0 }) : undefined;
  const wires: Wire[] = [];
  const tdsFetch: TdsFetch = (req) => {
    const through = wires.reduceRight<TdsFetch>((next, wire) => (r) => wire(r, next), tdsynnex.fetch);
    return through(req);
  };

  /** One browser: its own database and clients; `start()` is one worker life. */
  function browser(name = 'a') {
    const db = new BridgeDb(`orders-test-${name}-${++dbCounter}`);
    const outbox: Outbox = options.outbox ? options.outbox() : dexieOutbox(db);
    let client: AutotaskClient | undefined;
    return {
      db,
      outbox,
      start(extra: Partial<OrderServiceDeps> = {}): OrderService {
        // A new worker: new clients, new in-memory state; only the database survives.
        client = createAutotaskClient({
          credentials: {
            userName: DEMO.userName,
            secret: DEMO.secret,
            integrationCode: DEMO.integrationCode,
          },
          fetch: autotask.fetch as typeof fetch,
        });
        const distributor = createDistributorAdapter(
          FIRST,
          { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
          { fetch: tdsFetch, sleep: async () => {}, random: () => 0.5 },
        );
        const secondAdapter = second
          ? createDistributorAdapter(
              FIRST,
              { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
              { fetch: second.fetch, sleep: async () => {}, random: () => 0.5 },
            )
          : undefined;
        const own = client;
        return createOrderService({
          autotask: async () => own,
          distributor: async (id) => {
            if (id === FIRST) return distributor;
            if (id === SECOND && secondAdapter) return secondAdapter;
            throw new Error(`no adapter for ${id} in this world`);
          },
          distributorVendors: async () =>
            DISTRIBUTORS.map(({ id }) =>
              id === FIRST
                ? { id, vendorId: DEMO.tdSynnexVendorId, connected: true }
                : id === SECOND && second
                  ? { id, vendorId: DEMO.ingramVendorId, connected: true }
                  : { id, vendorId: undefined, connected: false },
            ),
          shipToCountry: async () => 'US',
          orderNumberField: async () => 'externalPONumber',
          priceDriftPercent: async () => DEFAULT_PRICE_DRIFT_PERCENT,
          outbox,
          ...extra,
        });
      },
    };
  }

  /** The PO as Autotask holds it now (read straight from the simulator's API). */
  async function autotaskPo(poId = PO_ID) {
    const client = createAutotaskClient({
      credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
      fetch: autotask.fetch as typeof fetch,
    });
    const po = await client.get(
      'PurchaseOrders',
      poId,
      z.object({ status: z.number(), externalPONumber: z.string().nullish() }),
    );
    const items = await client.queryIn(
      'PurchaseOrderItems',
      'orderID',
      [poId],
      z.object({ id: z.number(), estimatedArrivalDate: z.string().nullish() }),
    );
    const submitted = await client.picklistValue('PurchaseOrders', 'status', 'Submitted');
    return { ...po!, submitted: po?.status === submitted, items };
  }

  /** Orders TD SYNNEX accepted (a refused order is also stored by the simulator, with code rejected). */
  const acceptedOrders = () => tdsynnex.orders.filter((order) => order.code === 'accepted');

  return { autotask, tdsynnex, second, wires, browser, autotaskPo, acceptedOrders };
}
