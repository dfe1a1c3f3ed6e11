// Product Sync's run against both simulators (issue 4 §1–§2): only changed values are written, only
// owned fields, blank costs are never zero, 429 and Itgenatr005 slow the run down, and a create whose
// answer was lost never makes a second product.
import { describe, expect, it } from 'vitest';
import { allOutcomes } from '../../../lib/products/checkpoint';
import { externalKey } from '../../../lib/distributor/registry';
import { DEMO, autotaskCalls, createWorld, linkCatalogue, memoryRun } from './world';
import type { Fetch } from './world';

const patches = (world: ReturnType<typeof createWorld>, from = 0) =>
  autotaskCalls(world, from).filter((c) => c.method === 'PATCH');

describe('a Product Sync run over linked products', () => {
  it('PATCHes only the changed fields of the changed products, each once', async () => {
    const world = createWorld();
    const { changed } = linkCatalogue(world, 600, 0.05);
    const run = memoryRun(world, { createNew: false });

    const result = await run.run();

    expect(result.state).toBe('done');
    const writes = patches(world);
    expect(writes).toHaveLength(changed.size * 2);
    const productBodies = writes
      .filter((w) => w.path === '/Products')
      .map((w) => Object.keys(w.body as object).sort());
    expect(new Set(productBodies.map((k) => k.join()))).toEqual(new Set(['id,unitCost,unitPrice']));
    expect(
      writes
        .filter((w) => /\/Products\/\d+\/Vendors$/.test(w.path))
        .map((w) =>
          Object.keys(w.body as object)
            .sort()
            .join(),
        ),
    ).toEqual(Array(changed.size).fill('id,vendorCost'));
    const of = (kind: string) => allOutcomes(result.checkpoint).filter((o) => o.outcome === kind);
    expect(
      of('updated')
        .map((o) => o.sku)
        .sort(),
    ).toEqual([...changed].sort());
    expect(of('unchanged')).toHaveLength(600 - changed.size);
  });

  it('reads with IncludeFields and `in` filters of at most 500 ids, one page per 500 rows', async () => {
    const world = createWorld();
    linkCatalogue(world, 1_200, 0.05);
    await memoryRun(world, { createNew: false }).run();

    const reads = autotaskCalls(world).filter((c) => /\/query$/.test(c.path));
    const vendorReads = reads.filter((r) => r.path === '/ProductVendors/query');
    const productReads = reads.filter((r) => r.path === '/Products/query');
    expect(vendorReads).toHaveLength(3);
    expect(productReads).toHaveLength(3);
    for (const read of [...vendorReads, ...productReads]) {
      const body = read.body as { includeFields?: string[]; filter: { op: string; value?: unknown }[] };
      expect(body.includeFields?.length).toBeGreaterThan(0);
      const list = body.filter.find((f) => f.op === 'in');
      if (list) expect((list.value as unknown[]).length).toBeLessThanOrEqual(500);
    }
  });

  it('never overwrites a field the sync does not own', async () => {
    const world = createWorld();
    const { changed } = linkCatalogue(world, 100, 0.1);
    const sku = [...changed][0]!;
    const vendor = world.autotaskSim.db
      .rows(DEMO.ci, 'ProductVendors')
      .find((v) => v.vendorPartNumber === sku)!;
    const productId = Number(vendor.productID);
    world.autotaskSim.db.update(DEMO.ci, 'Products', productId, { unitPrice: 999.99 });
    const owned = { vendorCost: true, unitCost: true, unitPrice: false, msrp: true, isActive: true };

    await memoryRun(world, { createNew: false, owned }).run();

    const product = world.autotaskSim.db.get(DEMO.ci, 'Products', productId)!;
    expect(product.unitPrice).toBe(999.99);
    expect(product.unitCost).toBe(world.tdsynnexSim.catalogue.get(sku)!.price);
    expect(patches(world).some((p) => p.body && 'unitPrice' in (p.body as object))).toBe(false);
  });

  it('writes a blank cost (it is not zero) and compares money at cents', async () => {
    const world = createWorld();
    linkCatalogue(world, 30, 1 / 1_000);
    const [first, second] = world.autotaskSim.db
      .rows(DEMO.ci, 'ProductVendors')
      .filter((v) => v.isActive && v.vendorID === DEMO.tdSynnexVendorId);
    world.autotaskSim.db.update(DEMO.ci, 'ProductVendors', first!.id, { vendorCost: null });
    // Float noise below a cent is not a change.
    world.autotaskSim.db.update(DEMO.ci, 'ProductVendors', second!.id, {
      vendorCost: Number(second!.vendorCost) + 0.001,
    });

    const result = await memoryRun(world, { createNew: false }).run();

    const vendorWrites = patches(world).filter((p) => /Vendors$/.test(p.path));
    expect(vendorWrites.map((w) => (w.body as { id: number }).id)).toEqual([first!.id]);
    expect(result.checkpoint.outcomes.find((o) => o.sku === first!.vendorPartNumber)?.changes).toMatchObject({
      vendorCost: expect.stringMatching(/^blank → /),
    });
  });

  it('neither compares nor writes costs for an API user that cannot read them, and says so', async () => {
    const world = createWorld();
    const { changed } = linkCatalogue(world, 40, 0.1);
    world.autotaskSim.knobs.noCosts = true;

    const result = await memoryRun(world, { createNew: false }).run();

    expect(result.checkpoint.costsHidden).toBe(true);
    const written = patches(world).flatMap((p) => Object.keys(p.body as object));
    expect(written).not.toContain('vendorCost');
    expect(written).not.toContain('unitCost');
    // Prices are not costs: the changed products still get their new price.
    expect(patches(world).filter((p) => p.path === '/Products')).toHaveLength(changed.size);
  });

  it('records a SKU TD SYNNEX does not know as invalid, deactivates a discontinued one, and goes on', async () => {
    const world = createWorld();
    linkCatalogue(world, 20, 1 / 1_000);
    const rows = world.autotaskSim.db
      .rows(DEMO.ci, 'ProductVendors')
      .filter((v) => v.isActive && v.vendorID === DEMO.tdSynnexVendorId);
    world.autotaskSim.db.update(DEMO.ci, 'ProductVendors', rows[0]!.id, { vendorPartNumber: '9999999' });
    world.tdsynnexSim.catalogue.get(String(rows[1]!.vendorPartNumber))!.status = 'Discontinued';

    const result = await memoryRun(world, { createNew: false }).run();

    const bySku = new Map(result.checkpoint.outcomes.map((o) => [o.sku, o]));
    expect(bySku.get('9999999')).toMatchObject({
      outcome: 'skipped',
      status: 'invalid',
      hintId: 'invalid-sku',
    });
    expect(bySku.get(String(rows[1]!.vendorPartNumber))).toMatchObject({ outcome: 'deactivated' });
    expect(world.autotaskSim.db.get(DEMO.ci, 'Products', Number(rows[1]!.productID))?.isActive).toBe(false);
    expect(result.checkpoint.unchanged).toHaveLength(18);
  });
});

describe('429 and Itgenatr005', () => {
  it('slow the run down instead of failing it: refused reads and writes are sent again after a wait', async () => {
    const waits: number[] = [];
    let n = 0;
    // Every 5th request is refused before Autotask processes it, the way a busy tenant answers.
    const throttling =
      (inner: Fetch): Fetch =>
      async (req) => {
        n += 1;
        if (n % 5 === 0 && !/zoneInformation/i.test(req.url)) {
          return new Response(JSON.stringify({ errors: ['Request limit exceeded.'] }), {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '2' },
          });
        }
        return inner(req);
      };
    // Waits are recorded and taken at a hundredth of their length, so backoff jitter still spreads retries.
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((resolve) => setTimeout(resolve, ms / 100));
    };
    const world = createWorld({ latencyMs: 2, autotaskFetch: throttling, sleep });
    // A tenant whose thread limit is lower than our 3 in flight: the 3rd answers Itgenatr005 (status 500).
    world.autotaskSim.knobs.maxConcurrentPerEntity = 2;
    world.autotaskSim.knobs.threadLimitStatus = 500;
    const { changed } = linkCatalogue(world, 300, 0.1);
    const run = memoryRun(world, { createNew: false }, { sleep });

    // A read still refused after the HTTP policy's retries pauses the run; the engine resumes it later.
    let result = await run.run();
    const reasons: string[] = [];
    for (let segment = 1; result.state === 'paused' && segment < 20; segment += 1) {
      reasons.push(result.reason);
      result = await run.run();
    }

    expect(result.state).toBe('done');
    expect(reasons.every((r) => /thread limit|throttl/i.test(r))).toBe(true);
    expect(result.checkpoint.outcomes.filter((o) => o.outcome === 'failed')).toEqual([]);
    expect(
      result.checkpoint.outcomes
        .filter((o) => o.outcome === 'updated')
        .map((o) => o.sku)
        .sort(),
    ).toEqual([...changed].sort());
    const answers = autotaskCalls(world).map((c) => c.status);
    expect(answers).toContain(500); // Itgenatr005 reached the client …
    expect(waits).toContain(2_000); // … and 429's Retry-After was honoured.
    // Each changed product was written exactly once in the end (refused writes did nothing).
    for (const sku of changed) {
      const vendor = world.autotaskSim.db
        .rows(DEMO.ci, 'ProductVendors')
        .find((v) => v.vendorPartNumber === sku)!;
      expect(vendor.vendorCost).toBe(world.tdsynnexSim.catalogue.get(sku)!.price);
    }
  });
});

describe('creating new products', () => {
  const entry = (sku: string, category = 'Notebooks') => ({
    sku,
    category,
    description: `Item ${sku}`,
    cost: 10,
    msrp: 12,
  });

  it('does not duplicate a product whose create response was lost', async () => {
    let dropped = 0;
    const losing =
      (inner: Fetch): Fetch =>
      async (req) => {
        const res = await inner(req);
        if (req.method === 'POST' && /\/Products$/i.test(new URL(req.url).pathname) && dropped === 0) {
          dropped += 1;
          throw new TypeError('fetch failed'); // the product was created; its answer never arrived
        }
        return res;
      };
    const world = createWorld({ autotaskFetch: losing });
    const run = memoryRun(
      world,
      { categoryMapping: { Notebooks: 'Hardware' }, updateExisting: false, deactivateDiscontinued: false },
      {
        entries: [entry('7000001'), entry('7000002')],
      },
    );

    const result = await run.run();

    expect(dropped).toBe(1);
    expect(result.checkpoint.outcomes.map((o) => o.outcome)).toEqual(['created', 'created']);
    for (const sku of ['7000001', '7000002']) {
      const products = world.autotaskSim.db
        .rows(DEMO.ci, 'Products')
        .filter((p) => p.externalProductID === externalKey('tdsynnex', sku));
      expect(products).toHaveLength(1);
      const vendors = world.autotaskSim.db
        .rows(DEMO.ci, 'ProductVendors')
        .filter((v) => v.vendorPartNumber === sku);
      expect(vendors.map((v) => v.productID)).toEqual([products[0]!.id]);
    }
    expect(run.queue.entries).toEqual([]);
  });

  it('finishes a product a stopped run created without its vendor row, instead of creating another', async () => {
    const world = createWorld();
    const half = world.autotaskSim.db.insert(DEMO.ci, 'Products', {
      name: 'Half done',
      isActive: true,
      externalProductID: externalKey('tdsynnex', '7000003'),
    });
    const run = memoryRun(
      world,
      { categoryMapping: { Notebooks: 'Hardware' } },
      { entries: [entry('7000003')] },
    );

    await run.run();

    expect(
      world.autotaskSim.db
        .rows(DEMO.ci, 'Products')
        .filter((p) => p.externalProductID === externalKey('tdsynnex', '7000003')),
    ).toHaveLength(1);
    expect(
      world.autotaskSim.db
        .rows(DEMO.ci, 'ProductVendors')
        .filter((v) => v.vendorPartNumber === '7000003')
        .map((v) => v.productID),
    ).toEqual([half.id]);
  });

  it('skips a SKU already linked in Autotask and one whose category is not mapped', async () => {
    const world = createWorld();
    const run = memoryRun(
      world,
      { categoryMapping: { Notebooks: 'Hardware' } },
      {
        entries: [entry('5432101'), entry('7000004', 'Toner')],
      },
    );
    const before = world.autotaskSim.db.rows(DEMO.ci, 'Products').length;

    const result = await run.run();

    const bySku = new Map(result.checkpoint.outcomes.map((o) => [o.sku, o]));
    expect(bySku.get('5432101')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/^Already in Autotask as product 71/),
    });
    expect(bySku.get('7000004')).toMatchObject({ outcome: 'skipped', hintId: 'category-not-mapped' });
    expect(world.autotaskSim.db.rows(DEMO.ci, 'Products')).toHaveLength(before);
  });
});

describe('matching by manufacturer part number', () => {
  it('links a product without a TD SYNNEX row by its part number once, and never searches it again', async () => {
    const world = createWorld();
    const item = world.tdsynnexSim.catalogue.get('7000021')!;
    item.status = 'Active';
    const product = world.autotaskSim.db.insert(DEMO.ci, 'Products', {
      name: 'Bought elsewhere so far',
      isActive: true,
      manufacturerProductName: item.mfgPN,
    });
    const run = memoryRun(world, { matchByMpn: true, createNew: false });

    const first = await run.run();

    const rows = () =>
      world.autotaskSim.db.rows(DEMO.ci, 'ProductVendors').filter((v) => v.productID === product.id);
    expect(rows().map((v) => [v.vendorID, v.vendorPartNumber, v.vendorCost])).toEqual([
      [DEMO.tdSynnexVendorId, '7000021', item.price],
    ]);
    expect(
      first.checkpoint.outcomes.find((o) => o.productId === product.id && o.changes?.vendorPartNumber),
    ).toMatchObject({
      sku: '7000021',
      outcome: 'updated',
      message: 'Matched by manufacturer part number.',
    });

    const mark = world.tdsynnexSim.requests.length;
    await run.run();
    const asked = world.tdsynnexSim.requests
      .slice(mark)
      .map((r) => r.body)
      .join();
    expect(asked).not.toContain(`<mfgPN>${item.mfgPN}</mfgPN>`);
    expect(rows()).toHaveLength(1);
  });
});
