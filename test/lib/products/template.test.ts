// Product Sync through the real engine (lib/sync/engine.ts) on both simulators: a stopped worker
// resumes without re-writing committed pages, and one run writes one activity entry with per-SKU
// outcomes — an unmapped category among them, with the category-mapping hint.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import { db } from '../../../lib/db/db';
import { enqueueImport, skuStates } from '../../../lib/products/store';
import { cancelRun, startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { readRun } from '../../../lib/sync/run-state';
import { provideSyncServices } from '../../../lib/sync/services';
import { saveTemplateSettings } from '../../../lib/sync/template-settings';
import { PRODUCT_SYNC_TEMPLATE_ID, productSyncTemplate } from '../../../lib/products/template';
import { freshDb } from '../db/fresh-db';
import { DEMO, autotaskCalls, createWorld, linkCatalogue, servicesFor } from './world';
import type { Fetch, World } from './world';

const ID = PRODUCT_SYNC_TEMPLATE_ID;

beforeEach(async () => {
  await freshDb();
  registerTemplate(productSyncTemplate);
});
afterEach(() => {
  unregisterTemplate(ID);
  provideSyncServices(undefined);
});

function use(world: World): World {
  provideSyncServices(servicesFor(world));
  return world;
}

/** Holds TD SYNNEX price requests from the `from`-th on until released (or the request aborts). */
function holdPricesFrom(from: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  const wrap =
    (inner: Fetch): Fetch =>
    async (req) => {
      seen += 1;
      if (seen >= from) {
        await Promise.race([
          released,
          new Promise((_, reject) =>
            req.signal.addEventListener('abort', () => reject(req.signal.reason), { once: true }),
          ),
        ]);
      }
      return inner(req);
    };
  return { wrap, release };
}

const writesByProduct = (world: World, from = 0) => {
  const out = new Map<number, number>();
  for (const call of autotaskCalls(world, from).filter((c) => c.method === 'PATCH')) {
    const id =
      call.path === '/Products'
        ? (call.body as { id: number }).id
        : Number(/\/Products\/(\d+)\//.exec(call.path)?.[1]);
    out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
};

describe('Product Sync run by the engine', () => {
  it('resumes a stopped run after its last committed page, without writing committed pages again', async () => {
    // 1,200 linked rows = pages of 500, 500, 200; TD SYNNEX prices 50 per request, so the 21st price
    // request is page 3's first: holding it lets pages 1 and 2 commit while page 3 cannot.
    const hold = holdPricesFrom(21);
    const world = use(createWorld({ tdsynnexFetch: hold.wrap }));
    const { changed } = linkCatalogue(world, 1_200, 0.1);
    await saveTemplateSettings(productSyncTemplate, { createNew: false });

    const first = await startRun(ID, 'schedule');
    await vi.waitFor(
      async () => expect((await readRun(ID))?.checkpoint).toMatchObject({ linkedRead: 1_000 }),
      {
        timeout: 10_000,
      },
    );
    const committedCursor = ((await readRun(ID))?.checkpoint as { afterVendorRowId: number })
      .afterVendorRowId;
    expect(cancelRun(ID)).toBe(true); // the worker stops mid-run
    expect(await first.finished).toBeUndefined();
    const writtenBefore = writesByProduct(world);
    const resumeFrom = world.autotaskSim.requests.length;
    hold.release();

    const second = await startRun(ID, 'resume');
    expect(await second.finished).toMatchObject({ result: 'success' });

    // The resumed run read on from the committed cursor and wrote nothing of pages 1 and 2 again.
    const firstRead = autotaskCalls(world, resumeFrom).find((c) => c.path === '/ProductVendors/query');
    expect(JSON.stringify(firstRead?.body)).toContain(`{"op":"gt","field":"id","value":${committedCursor}}`);
    const writtenAfter = writesByProduct(world, resumeFrom);
    for (const id of writtenBefore.keys()) expect(writtenAfter.has(id)).toBe(false);
    // Every changed product was written exactly twice in all (its Product and its vendor row).
    const all = writesByProduct(world);
    expect(all.size).toBe(changed.size);
    expect([...all.values()].every((n) => n === 2)).toBe(true);
    // One activity entry for the whole run, with an outcome per SKU.
    const entries = (await recentEntries(10)).filter((e) => e.template === ID);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      result: 'success',
      counts: { updated: changed.size, unchanged: 1_200 - changed.size },
    });
    const states = await skuStates('tdsynnex', [...changed]);
    expect([...states.values()].every((s) => s.status === 'synced' && s.lastOutcome === 'updated')).toBe(
      true,
    );
  });

  it('does not create an unmapped category and logs it with the category-mapping hint', async () => {
    const world = use(createWorld());
    await saveTemplateSettings(productSyncTemplate, {
      categoryMapping: { Notebooks: 'Hardware' },
      updateExisting: false,
      deactivateDiscontinued: false,
    });
    await enqueueImport([
      { sku: '7000011', category: 'Notebooks', description: 'A notebook', cost: 500, msrp: 650 },
      { sku: '7000012', category: 'Toner', description: 'A toner', cost: 50, msrp: 65 },
    ]);
    world.tdsynnexSim.catalogue.get('7000011')!.status = 'Active';

    expect(await (await startRun(ID, 'manual')).finished).toMatchObject({ result: 'success' });

    const products = world.autotaskSim.db.rows(DEMO.ci, 'Products');
    expect(products.filter((p) => p.externalProductID === 'TDSYNNEX:7000011')).toHaveLength(1);
    expect(products.filter((p) => p.externalProductID === 'TDSYNNEX:7000012')).toHaveLength(0);
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({
      template: ID,
      operation: 'product-sync',
      counts: { created: 1, skipped: 1 },
    });
    const items = await itemsOf(entry!.id!);
    expect(items.find((i) => i.key === '7000012')).toMatchObject({
      outcome: 'skipped',
      hintId: 'category-not-mapped',
      message: expect.stringContaining('"Toner" is not mapped'),
    });
    expect((await db.meta.get('product-sync.import-queue'))?.value).toEqual([]);
  });

  it('pauses at the per-run cap and continues from its checkpoint an hour later', async () => {
    const world = use(createWorld());
    const { changed } = linkCatalogue(world, 1_200, 0.1); // 100 writes per full page
    await saveTemplateSettings(productSyncTemplate, { createNew: false, runCap: 150 });
    const linkedRead = async () => ((await readRun(ID))?.checkpoint as { linkedRead: number }).linkedRead;

    const first = await (await startRun(ID, 'schedule')).finished;

    expect(first).toMatchObject({ result: 'paused', summary: expect.stringContaining('per-run cap of 150') });
    expect(await readRun(ID)).toMatchObject({ state: 'paused' });
    expect(await linkedRead()).toBe(500);
    // The first page's 100 writes committed; the page the cap stopped wrote nothing. A later, smaller
    // page that still fitted under the cap may have written (pages overlap): its writes are carried
    // to the resumed run. Either way the run spent no more than its cap.
    const writesSoFar = autotaskCalls(world).filter((c) => c.method === 'PATCH').length;
    expect(writesSoFar).toBeGreaterThanOrEqual(100);
    expect(autotaskCalls(world).length).toBeLessThanOrEqual(150);

    // An hour later it resumes at its checkpoint, as often as the cap needs, until it is done.
    let outcome = first;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let hour = 1; hour <= 3 && outcome?.result === 'paused'; hour += 1) {
        vi.setSystemTime(Date.now() + 61 * 60_000);
        outcome = (await (await startRun(ID, 'resume')).finished)!;
      }
    } finally {
      vi.useRealTimers();
    }
    expect(outcome).toMatchObject({ result: 'success' });
    // Each changed product written once over all the segments, and the run's one entry reports it.
    const productWrites = autotaskCalls(world).filter((c) => c.method === 'PATCH' && c.path === '/Products');
    expect(productWrites).toHaveLength(changed.size);
    const [entry] = await recentEntries(1);
    expect(entry).toMatchObject({ template: ID, counts: { updated: changed.size } });
  });
});
