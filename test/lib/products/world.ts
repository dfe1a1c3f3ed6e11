// Product Sync's test world: both simulators, the real clients on them (in-process fetch), and the
// run's ports backed by memory — shared by the unit tests and test/bench/product-sync.bench.ts.
import { setMaxListeners } from 'node:events';
import { createAutotaskBudget } from '../../../lib/autotask/budget';
import type { AutotaskBudget } from '../../../lib/autotask/budget';
import { createAutotaskClient } from '../../../lib/autotask/client';
import type { AutotaskClient } from '../../../lib/autotask/types';
import { createDistributorAdapter } from '../../../lib/distributor';
import type { DistributorAdapter } from '../../../lib/distributor/adapter';
import type { Sleep } from '../../../lib/products/calls';
import type { SyncServices } from '../../../lib/sync/services';
import type { ProductSyncCheckpoint } from '../../../lib/products/checkpoint';
import { memoryQueue } from '../../../lib/products/import-entry';
import type { ImportEntry } from '../../../lib/products/import-entry';
import type { SkuOutcome } from '../../../lib/products/outcomes';
import { runProductSync } from '../../../lib/products/runner';
import type { RunPorts, RunResult } from '../../../lib/products/runner';
import { DEFAULT_PRODUCT_SYNC_SETTINGS } from '../../../lib/products/settings';
import type { ProductSyncSettings } from '../../../lib/products/settings';
import { DEMO, createAutotaskSim } from '../../sandbox/autotask/index';
import type { AutotaskSim } from '../../sandbox/autotask/index';
import { DEMO_TDSYNNEX_ACCOUNT, createTdSynnexSim } from '../../sandbox/tdsynnex/index';
import type { TdSynnexSim } from '../../sandbox/tdsynnex/index';

export { DEMO };
export type Fetch = (req: Request) => Promise<Response>;

export interface WorldOptions {
  latencyMs?: number;
  /** Generated TD SYNNEX catalogue size (SKUs from 7000001). */
  catalogueSize?: number;
  now?: () => number;
  sleep?: Sleep;
  /** Wraps the Autotask simulator's fetch (fault injection, clocks). */
  autotaskFetch?: (fetch: Fetch) => Fetch;
  tdsynnexFetch?: (fetch: Fetch) => Fetch;
}

export interface World {
  autotaskSim: AutotaskSim;
  tdsynnexSim: TdSynnexSim;
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  budget: AutotaskBudget;
}

export function createWorld(options: WorldOptions = {}): World {
  const autotaskSim = createAutotaskSim({
    seed: 'demo',
    latencyMs: options.latencyMs ?? 0,
    ...(options.now ? { now: options.now } : {}),
  });
  const tdsynnexSim = createTdSynnexSim({
    seed: 'demo',
    catalogueSize: options.catalogueSize ?? 2_000,
    ...(options.now ? { now: options.now } : {}),
  });
  tdsynnexSim.knobs.latencyMs = options.latencyMs ?? 0;
  const budget = createAutotaskBudget(options.now ? { now: options.now } : {});
  const sleep = options.sleep ? { sleep: (ms: number) => options.sleep!(ms) } : {};
  const autotaskFetch = options.autotaskFetch ? options.autotaskFetch(autotaskSim.fetch) : autotaskSim.fetch;
  const autotask = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: autotaskFetch as typeof fetch,
    budget,
    ...sleep,
    ...(options.now ? { now: options.now } : {}),
  });
  const tdsFetch = options.tdsynnexFetch ? options.tdsynnexFetch(tdsynnexSim.fetch) : tdsynnexSim.fetch;
  const distributor = createDistributorAdapter(
    'tdsynnex',
    {
      customerNo: DEMO_TDSYNNEX_ACCOUNT.customerNo,
      userId: DEMO_TDSYNNEX_ACCOUNT.userId,
      password: DEMO_TDSYNNEX_ACCOUNT.password,
      region: 'US',
      environment: 'production',
    },
    { fetch: tdsFetch, ...sleep },
  );
  return { autotaskSim, tdsynnexSim, autotask, distributor, budget };
}

/**
 * `n` linked products (SKUs from 7000001) whose Autotask values already match TD SYNNEX, except every
 * `1 / changedShare`-th, whose TD SYNNEX price moved by a dollar. The demo tenant's own 20 TD SYNNEX
 * rows are switched off so that exactly `n` rows are linked.
 */
export function linkCatalogue(world: World, n: number, changedShare: number): { changed: Set<string> } {
  const { autotaskSim, tdsynnexSim } = world;
  for (const row of autotaskSim.db.rows(DEMO.ci, 'ProductVendors')) {
    if (row.vendorID === DEMO.tdSynnexVendorId)
      autotaskSim.db.update(DEMO.ci, 'ProductVendors', row.id, { isActive: false });
  }
  const linked = autotaskSim.seedLinkedProducts(n);
  const every = Math.round(1 / changedShare);
  const changed = new Set<string>();
  linked.forEach(({ productId, vendorPartNumber }, i) => {
    const product = autotaskSim.db.get(DEMO.ci, 'Products', productId)!;
    const item = tdsynnexSim.catalogue.get(vendorPartNumber);
    if (!item) throw new Error(`TD SYNNEX simulator has no SKU ${vendorPartNumber}: raise catalogueSize`);
    item.status = 'Active';
    item.price = Number(product.unitCost);
    if (i % every === every - 1) {
      item.price = Math.round((item.price + 1) * 100) / 100;
      changed.add(vendorPartNumber);
    }
  });
  return { changed };
}

/** A run's signal is shared by hundreds of requests at once; Node warns from 11 listeners on. */
function quietSignal(): AbortSignal {
  const { signal } = new AbortController();
  setMaxListeners(0, signal);
  return signal;
}

export interface MemoryRun {
  ports: RunPorts;
  queue: ReturnType<typeof memoryQueue>;
  saved: ProductSyncCheckpoint[];
  states: Map<string, SkuOutcome>;
  checkpoint(): ProductSyncCheckpoint | undefined;
  run(): Promise<RunResult>;
}

/** Ports kept in memory: the checkpoint, the import queue and the per-SKU states. */
export function memoryRun(
  world: World,
  settings: Partial<ProductSyncSettings> = {},
  extra: Partial<RunPorts> & { entries?: ImportEntry[] } = {},
): MemoryRun {
  const { entries, ...portExtra } = extra;
  let stored: ProductSyncCheckpoint | undefined;
  const saved: ProductSyncCheckpoint[] = [];
  const states = new Map<string, SkuOutcome>();
  let matchCursor = 0;
  const queue = memoryQueue(entries ?? []);
  const ports: RunPorts = {
    autotask: world.autotask,
    distributor: world.distributor,
    vendorId: DEMO.tdSynnexVendorId,
    settings: { ...DEFAULT_PRODUCT_SYNC_SETTINGS, ...settings },
    checkpoint: {
      load: async () => (stored ? structuredClone(stored) : undefined),
      async save(value, alsoWrite) {
        await alsoWrite?.();
        stored = structuredClone(value);
        saved.push(stored);
      },
    },
    queue,
    matchCursor: {
      load: async () => matchCursor,
      save: async (id) => void (matchCursor = id),
    },
    saveStates: async (outcomes) => void outcomes.forEach((o) => states.set(o.sku, o)),
    progress: async () => {},
    now: Date.now,
    sleep: async () => {},
    signal: quietSignal(),
    ...portExtra,
  };
  return {
    ports,
    queue,
    saved,
    states,
    checkpoint: () => stored,
    async run() {
      const result = await runProductSync(ports);
      if (result.state === 'done') stored = undefined;
      return result;
    },
  };
}

/** The background's SyncServices, on this world's clients (for runs through the real engine). */
export function servicesFor(world: World): SyncServices {
  return {
    autotask: async () => world.autotask,
    distributor: async (id) => {
      if (id !== 'tdsynnex') throw new Error(`not connected: ${id}`);
      return world.distributor;
    },
    distributorVendors: async () => [
      { id: 'tdsynnex', vendorId: DEMO.tdSynnexVendorId, connected: true },
      { id: 'ingram', vendorId: undefined, connected: false },
    ],
    beginWork: (signal) => world.budget.beginWork((s) => world.autotask.threshold(s), signal),
  };
}

/** Requests the Autotask simulator answered, as `METHOD /path` (zone host and version dropped). */
export function autotaskCalls(
  world: World,
  from = 0,
): { method: string; path: string; body: unknown; status?: number }[] {
  return world.autotaskSim.requests.slice(from).map((r) => ({
    method: r.method,
    path: new URL(r.url).pathname.replace(/^\/atservicesrest\/v1\.0/i, ''),
    body: r.body,
    ...(r.status !== undefined ? { status: r.status } : {}),
  }));
}
