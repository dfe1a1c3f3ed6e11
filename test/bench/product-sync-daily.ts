// The extension's daily Product Sync at the floor of the API budget: the scenario and its figures,
// shared by product-sync.bench.ts (which prints them, with the floors) and
// runner-product-sync.bench.ts (which puts the runner's figures beside them). 10,000 linked SKUs,
// 2 % changed, 200 ms latency on both simulators (in-process fetch), the run's ports in memory.
import { availableParallelism, loadavg } from 'node:os';
import type { BudgetStatus } from '../../lib/autotask/budget';
import { CONCURRENCY_PER_ENTITY, PAGE_SIZE_MAX } from '../../lib/autotask/limits';
import { MAX_PRICE_BATCH, TDSYNNEX_CONCURRENCY } from '../../lib/distributor/tdsynnex/limits';
import { allOutcomes } from '../../lib/products/checkpoint';
import { createWorld, linkCatalogue, memoryRun } from '../lib/products/world';
import type { World } from '../lib/products/world';

export const SKUS = 10_000;
export const CHANGED_SHARE = 0.02;
export const LATENCY_MS = 200;

export const fmt = (n: number, digits = 2) => n.toFixed(digits);
export const isApi = (url: string) =>
  /^https:\/\/webservices\d+\.autotask\.net\/atservicesrest\/v1\.0\/(?!zoneinformation)/i.test(url);
const entityOf = (req: { method: string; url: string }) => {
  const path = new URL(req.url).pathname.split('/').slice(3);
  if (path[0] === 'Products' && path[2] === 'Vendors') return 'ProductVendors';
  return path[0] ?? '?';
};

export type EntityCalls = Map<string, { reads: number; writes: number }>;

/** Autotask API calls (zone lookups left out) by entity, writes told from reads and queries. */
export function callsByEntity(requests: readonly { method: string; url: string }[]): EntityCalls {
  const byEntity: EntityCalls = new Map();
  for (const r of requests.filter((q) => isApi(q.url))) {
    const e = byEntity.get(entityOf(r)) ?? { reads: 0, writes: 0 };
    if (r.method === 'PATCH' || (r.method === 'POST' && !/\/query/i.test(r.url))) e.writes += 1;
    else e.reads += 1;
    byEntity.set(entityOf(r), e);
  }
  return byEntity;
}

/** TD SYNNEX price requests (one per batch of up to MAX_PRICE_BATCH SKUs). */
export const priceCalls = (world: World, from = 0) =>
  world.tdsynnexSim.requests.slice(from).filter((r) => r.operation === 'price').length;

/** A world with SKUS linked products, CHANGED_SHARE of them priced a dollar differently at TD SYNNEX. */
export function dailyWorld(): { world: World; changed: Set<string> } {
  const world = createWorld({ latencyMs: LATENCY_MS, catalogueSize: SKUS });
  return { world, ...linkCatalogue(world, SKUS, CHANGED_SHARE) };
}

export interface DailyFigures {
  changed: Set<string>;
  outcomes: Record<string, number>;
  wrongUpdates: number;
  byEntity: EntityCalls;
  autotaskCalls: number;
  tdsCalls: number;
  /** Every TD SYNNEX request, of any operation. */
  tdsRequests: number;
  seconds: number;
  /** The run's Autotask budget after it: calls in the rolling hour against the hourly allowance. */
  budget: BudgetStatus;
}

/** The extension's daily run, measured (lib/products/runner.ts runProductSync on memory ports). */
export async function measureDailyRun(): Promise<DailyFigures> {
  const { world, changed } = dailyWorld();
  const run = memoryRun(world, { createNew: false });
  const firstAt = world.autotaskSim.requests.length;
  const started = performance.now();
  const result = await run.run();
  const seconds = (performance.now() - started) / 1000;
  if (result.state !== 'done')
    throw new Error(`run ended ${result.state}: ${'reason' in result ? result.reason : ''}`);

  const byEntity = callsByEntity(world.autotaskSim.requests.slice(firstAt));
  const all = allOutcomes(result.checkpoint);
  const updated = all.filter((o) => o.outcome === 'updated');
  const wrongUpdates =
    updated.filter((o) => !changed.has(o.sku)).length +
    [...changed].filter((s) => !updated.some((o) => o.sku === s)).length;
  const outcomes = Object.fromEntries(
    ['updated', 'unchanged', 'skipped', 'failed'].map((k) => [k, all.filter((o) => o.outcome === k).length]),
  );
  const autotaskCalls = [...byEntity.values()].reduce((n, e) => n + e.reads + e.writes, 0);
  return {
    changed,
    outcomes,
    wrongUpdates,
    byEntity,
    autotaskCalls,
    tdsCalls: priceCalls(world),
    tdsRequests: world.tdsynnexSim.requests.length,
    seconds,
    budget: await world.budget.status(),
  };
}

/** Prints the daily run against its floors; true when every goal is met. */
export function printDailyRun(f: DailyFigures): boolean {
  const { changed, byEntity, autotaskCalls, tdsCalls, seconds, wrongUpdates } = f;
  // Floors: one read per 500 rows of each entity read, one write per changed record.
  const pages = Math.ceil(SKUS / PAGE_SIZE_MAX);
  const changedRecords = changed.size * 2; // each changed SKU: its Product and its ProductVendors row
  const floorCalls = pages * 2 + changedRecords;
  const tdsFloor = Math.ceil(SKUS / MAX_PRICE_BATCH);
  const perEntity = { ProductVendors: pages + changed.size, Products: pages + changed.size };
  const rounds = {
    ProductVendors: Math.ceil(perEntity.ProductVendors / CONCURRENCY_PER_ENTITY),
    Products: Math.ceil(perEntity.Products / CONCURRENCY_PER_ENTITY),
    tdsynnex: Math.ceil(tdsFloor / TDSYNNEX_CONCURRENCY),
  };
  const floorSeconds =
    (Math.max(rounds.ProductVendors, rounds.Products, rounds.tdsynnex) * LATENCY_MS) / 1000;

  console.log(
    `Daily run: ${SKUS} linked SKUs, ${changed.size} changed (${CHANGED_SHARE * 100} %), ${LATENCY_MS} ms latency`,
  );
  console.log(
    `  concurrency: ${CONCURRENCY_PER_ENTITY} per Autotask entity, ${TDSYNNEX_CONCURRENCY} toward TD SYNNEX (batch ${MAX_PRICE_BATCH})`,
  );
  console.log(`  outcomes: ${JSON.stringify(f.outcomes)}; updated ≠ changed: ${wrongUpdates}`);
  console.log(`  Autotask calls by entity: ${JSON.stringify(Object.fromEntries(byEntity))}`);
  console.log(
    `  Autotask floor = ⌈${SKUS}/${PAGE_SIZE_MAX}⌉ ProductVendors reads + ⌈${SKUS}/${PAGE_SIZE_MAX}⌉ Products reads + ${changedRecords} writes (${changed.size} Products + ${changed.size} ProductVendors) = ${floorCalls}`,
  );
  console.log(
    `  Autotask calls = ${autotaskCalls} → ${fmt(autotaskCalls / floorCalls, 3)} × floor (goal ≤ 1.05)`,
  );
  console.log(
    `  TD SYNNEX calls = ${tdsCalls} vs ⌈${SKUS}/${MAX_PRICE_BATCH}⌉ = ${tdsFloor} → ${fmt(tdsCalls / tdsFloor, 3)} ×`,
  );
  console.log(
    `  time floor = max(ProductVendors ⌈${perEntity.ProductVendors}/${CONCURRENCY_PER_ENTITY}⌉ = ${rounds.ProductVendors}, Products ⌈${perEntity.Products}/${CONCURRENCY_PER_ENTITY}⌉ = ${rounds.Products}, TD SYNNEX ⌈${tdsFloor}/${TDSYNNEX_CONCURRENCY}⌉ = ${rounds.tdsynnex}) rounds × ${LATENCY_MS} ms = ${fmt(floorSeconds)} s`,
  );
  console.log(`  wall time = ${fmt(seconds)} s → ${fmt(seconds / floorSeconds, 3)} × floor (goal ≤ 1.25)`);
  // Both simulators run in this process: a busy machine stretches every "200 ms" answer.
  console.log(
    `  machine load average (1 min) during the run: ${fmt(loadavg()[0] ?? 0)} on ${availableParallelism()} cores`,
  );
  return (
    autotaskCalls / floorCalls <= 1.05 &&
    seconds / floorSeconds <= 1.25 &&
    wrongUpdates === 0 &&
    tdsCalls === tdsFloor
  );
}
