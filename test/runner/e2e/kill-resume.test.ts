// @vitest-environment node
// Issue 13 "Done when": killing the runner (`kill -9`) in the middle of Product Sync and in the
// middle of Create Orders, then starting it again, resumes — 0 products written twice, 0 duplicate
// orders, 0 lost log entries. The runner is a child process (`--once`) on a PGlite data folder,
// against both simulators over real HTTPS; the sandbox's request logs count what reached them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../runner/store/open';
import type { RunnerStore } from '../../../runner/store/types';
import { DEMO } from '../../sandbox/autotask/index';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { demoConfig, startRunner, waitFor } from './runner-process';
import { addSubmittedPurchaseOrders, delayOrderAnswers, linkBenchCatalogue } from './sandbox-setup';

/** Linked SKUs: four ProductVendors pages of 500 (PAGE_SIZE_MAX), one in five with a new price. */
const SKUS = 2_000;
const CHANGED_EVERY = 5;
const PAGE = 500;

let sandbox: Sandbox;
let dir: string;
beforeEach(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
  dir = await mkdtemp(join(tmpdir(), 'bridge-kill-'));
});
afterEach(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

async function withStore<T>(read: (store: RunnerStore) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: join(dir, 'data') });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

const path = (url: string) => new URL(url).pathname;
const since = <T>(list: T[], from: number) => list.slice(from);

/** The product each Autotask price write touched: a Products PATCH (body id) or its vendor row. */
function writtenProducts(from = 0): number[] {
  return since(sandbox.autotask.requests, from).flatMap((r) => {
    if (r.method !== 'PATCH') return [];
    if (/\/Products$/i.test(path(r.url))) return [(r.body as { id: number }).id];
    return [];
  });
}
const vendorRowWrites = (from = 0) =>
  since(sandbox.autotask.requests, from).filter(
    (r) => r.method === 'PATCH' && /\/Products\/\d+\/Vendors$/i.test(path(r.url)),
  ).length;
const vendorPageReads = (from = 0) =>
  since(sandbox.autotask.requests, from).filter(
    (r) => r.method === 'POST' && /\/ProductVendors\/query$/i.test(path(r.url)),
  ).length;
const priceCalls = (from = 0) =>
  since(sandbox.tdsynnex.requests, from).filter((r) => r.operation === 'price').length;

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('runner killed with SIGKILL, then started again', () => {
  it('resumes Product Sync at its checkpoint: no product written twice, one log entry for the run', async () => {
    const { changed } = linkBenchCatalogue(sandbox, SKUS, CHANGED_EVERY);
    // Slow enough to stop it between pages; a full run is ~10 s on 2 cores.
    sandbox.autotask.knobs.latencyMs = 20;
    const config = demoConfig({
      dataDir: join(dir, 'data'),
      templates: { 'product-sync': { enabled: true } },
    });
    const start = (name: string) =>
      startRunner({ dir, name, config, sandboxPort: sandbox.port, once: 'product-sync' });

    const first = await start('first');
    // Past the first page's 100 writes (committed with its checkpoint), inside the second page.
    await waitFor(() => writtenProducts().length >= 150, 'the second page of writes', 45_000);
    await first.kill9();
    const killedAfter = writtenProducts().length;
    expect(first.output()).toMatch(/run started: product-sync/);
    expect(first.output()).not.toMatch(/run ended/);
    expect(killedAfter).toBeLessThan(changed.size);

    const checkpoint = await withStore(async (store) => (await store.runs.get('product-sync'))?.checkpoint);
    expect(checkpoint).toMatchObject({ phase: 'update' });
    const committed = checkpoint as { afterVendorRowId: number; linkedRead: number; done: number };
    expect(committed.afterVendorRowId).toBeGreaterThan(0);
    expect(committed.linkedRead).toBeGreaterThanOrEqual(PAGE);

    const atRestart = {
      autotask: sandbox.autotask.requests.length,
      tdsynnex: sandbox.tdsynnex.requests.length,
    };
    const second = await start('second');
    const { code } = await second.exited;
    expect(code, second.output()).toBe(0);
    expect(second.output()).toMatch(/run ended: product-sync \(schedule\) success/);

    // 0 products written twice: every changed product's price written exactly once over both
    // processes (a page re-read after the kill finds the written ones already at their new price).
    const writes = countBy(writtenProducts());
    expect([...writes.values()].filter((n) => n > 1)).toEqual([]);
    expect(writes.size).toBe(changed.size);
    expect(vendorRowWrites()).toBe(changed.size);
    const restartWrote = writtenProducts(atRestart.autotask).length;
    expect(killedAfter + restartWrote).toBe(changed.size);

    // Resumed, not restarted: the committed pages are not read again from either API.
    const fullPages = Math.ceil(SKUS / PAGE);
    const pagesRead = vendorPageReads(atRestart.autotask);
    expect(pagesRead).toBeLessThanOrEqual(fullPages - committed.linkedRead / PAGE);
    expect(priceCalls(atRestart.tdsynnex)).toBeLessThan(priceCalls() - priceCalls(atRestart.tdsynnex));

    // 0 lost log entries: Product Sync logs one entry per run, at its end — the killed process
    // logged none, the resumed run's one entry accounts for every SKU of the run.
    const entries = await withStore(async (store) => {
      const page = await store.log.query({}, { offset: 0, limit: 50 });
      return Promise.all(
        page.entries
          .filter((e) => e.template === 'product-sync')
          .map(async (e) => (await store.log.entry(e.id!))!),
      );
    });
    expect(entries).toHaveLength(1);
    const [run] = entries;
    expect(run!.entry.result).toBe('success');
    console.log(
      `Product Sync: killed after ${killedAfter} product writes (checkpoint at ${committed.linkedRead} of ${SKUS} SKUs); ` +
        `restart wrote ${restartWrote}, read ${pagesRead} of ${fullPages} ProductVendors pages; ` +
        `0 written twice; entry: ${run!.entry.summary}`,
    );
    // The entry's SKUs: each once, and every changed SKU reported as updated — those of the page the
    // kill cut off too, whose writes landed before any checkpoint knew of them (write-intents.ts):
    // the resumed run finds them at their new price and reports the write that put them there.
    const keys = run!.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    const updated = run!.items.filter((i) => i.outcome === 'updated').map((i) => i.key);
    expect(new Set(updated)).toEqual(changed);
    expect(run!.entry.summary).toMatch(new RegExp(`${changed.size} updated`));
  }, 90_000);

  it('settles Create Orders killed while an order waited for its answer: no PO ordered twice', async () => {
    const poIds = addSubmittedPurchaseOrders(sandbox, 4);
    // The order is created at TD SYNNEX at once; its answer comes 5 s later, or never (killed).
    const delay = delayOrderAnswers(sandbox, 5_000);
    const config = demoConfig({
      dataDir: join(dir, 'data'),
      templates: { 'create-orders': { enabled: true, automaticSubmission: true } },
    });
    const start = (name: string) =>
      startRunner({ dir, name, config, sandboxPort: sandbox.port, once: 'create-orders' });
    const orderRequests = () => sandbox.tdsynnex.requests.filter((r) => r.operation === 'order');

    const first = await start('first');
    // The second PO's order exists at TD SYNNEX, the runner still waits for its answer.
    await waitFor(() => orderRequests().length >= 2, 'the second order', 45_000);
    await first.kill9();
    const orderedBeforeKill = orderRequests().length;
    const open = await withStore((store) => store.outbox.inFlight());
    expect(open.map((r) => r.state)).toContain('submitting');
    delay.off();

    const second = await start('second');
    const { code } = await second.exited;
    expect(code, second.output()).toBe(0);

    // 0 duplicate orders: each PO number reached TD SYNNEX's order endpoint once.
    const poNumbers = orderRequests().map((r) => /<PONumber>([^<]+)<\/PONumber>/i.exec(r.body)?.[1]);
    expect(poNumbers).not.toContain(undefined);
    const perPo = countBy(poNumbers);
    expect([...perPo.values()].filter((n) => n > 1)).toEqual([]);
    expect(sandbox.tdsynnex.orders.filter((o) => perPo.has(o.poNumber))).toHaveLength(perPo.size);

    // Every PO ends with exactly one order: accepted in the outbox, its order number on the PO.
    const records = await withStore(async (store) =>
      Promise.all([...perPo.keys()].map((po) => store.outbox.get(po!))),
    );
    const states = records.map((r) => r?.state);
    expect(states.every((s) => s === 'accepted' || s === 'unknown')).toBe(true);
    expect(await withStore((store) => store.outbox.inFlight())).toEqual([]);
    const allPos = [DEMO.purchaseOrders.submitted, ...poIds];
    expect(perPo.size).toBe(allPos.length);
    for (const id of allPos) {
      const po = sandbox.autotask.db.get(DEMO.ci, 'PurchaseOrders', id)!;
      expect(po.externalPONumber, `PO ${id}`).toBeTruthy();
    }
    console.log(
      `Create Orders: killed after ${orderedBeforeKill} order requests (the last unanswered); ` +
        `restart sent ${orderRequests().length - orderedBeforeKill}; ${allPos.length} POs, ` +
        `${perPo.size} orders, 0 duplicates; outbox states ${states.join(', ')}`,
    );

    // Log entries: the order answered before the kill has its entry from the killed process, the
    // one cut off by the kill its entry from the recovery that settled it, the orders of the resumed
    // run theirs and the run's summary; the killed run logged no summary. 0 lost entries.
    const entries = await withStore(
      async (store) =>
        (await store.log.query({ template: 'create-orders' }, { offset: 0, limit: 50 })).entries,
    );
    const submitted = entries.filter((e) => /→ AT\d+-\d+: TD SYNNEX order/.test(e.summary));
    expect(submitted.map((e) => /PO-(\d+)/.exec(e.summary)?.[1]).sort()).toEqual(allPos.map(String).sort());
    expect(entries.filter((e) => /^Submitted \d+ of \d+/.test(e.summary))).toHaveLength(1);
  }, 90_000);
});
