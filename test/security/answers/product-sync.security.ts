// Issue 7 §3 on issue 4's real Product Sync, run by the engine: every answer of one endpoint is
// replaced by a malformed one generated from the recorded answer. Nothing may be written from it
// (no Autotask PATCH/POST, no sku state synced), and the run's log entry must say what was wrong.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import { db } from '../../../lib/db/db';
import { startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { provideSyncServices } from '../../../lib/sync/services';
import { saveTemplateSettings } from '../../../lib/sync/template-settings';
import { PRODUCT_SYNC_TEMPLATE_ID, productSyncTemplate } from '../../../lib/products/template';
import { freshDb } from '../../lib/db/fresh-db';
import { createWorld, linkCatalogue, servicesFor } from '../../lib/products/world';
import type { Fetch, World } from '../../lib/products/world';
import { recordFigure } from '../figures';
import { bodyMutationsJson, bodyMutationsXml, fieldMutationsJson, fieldMutationsXml } from './mutations';
import type { Mutation } from './mutations';
import { autotaskWrites } from './world';
import type { Recorded } from './world';

const ID = PRODUCT_SYNC_TEMPLATE_ID;
let tamper: { match: (req: Request) => boolean; mutation: Mutation } | undefined;
let tampered = 0;

const through =
  (inner: Fetch): Fetch =>
  async (req) => {
    const res = await inner(req);
    if (!tamper?.match(req)) return res;
    const original: Recorded = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text: await res.text(),
    };
    const answer = tamper.mutation.answer(original);
    tampered += 1;
    return new Response(answer.text, {
      status: answer.status,
      headers: answer.contentType ? { 'content-type': answer.contentType } : {},
    });
  };

let world: World;
beforeEach(async () => {
  await freshDb();
  tamper = undefined;
  tampered = 0;
  registerTemplate(productSyncTemplate);
  world = createWorld({ catalogueSize: 200, autotaskFetch: through, tdsynnexFetch: through });
  linkCatalogue(world, 20, 0.5);
  provideSyncServices(servicesFor(world));
  await saveTemplateSettings(productSyncTemplate, { createNew: false });
});
afterEach(() => {
  unregisterTemplate(ID);
  provideSyncServices(undefined);
});

const tally = { tried: 0, rejected: 0 };
afterAll(() => {
  recordFigure('answers-product-sync', {
    label: 'Malformed answers during Product Sync (issue 4)',
    counts: { tried: tally.tried, rejected: tally.rejected, 'got through': tally.tried - tally.rejected },
    mustBeZero: ['got through'],
    minimums: { tried: 20 },
  });
});

const path = (req: Request) => new URL(req.url).pathname;
const TARGETS: { endpoint: string; match: (req: Request) => boolean; mutations: Mutation[] }[] = [
  {
    endpoint: 'ProductVendors/query',
    match: (req) => /\/ProductVendors\/query$/i.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'productID'], 'id').slice(0, 4),
      ...fieldMutationsJson(['items', 0, 'vendorCost'], 'money').filter((m) => /negative|NaN/.test(m.what)),
      ...bodyMutationsJson(['items', 0], ['items']),
    ],
  },
  {
    endpoint: 'Products/query',
    match: (req) => /\/Products\/query$/i.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'id'], 'id').slice(0, 4),
      ...fieldMutationsJson(['items', 0, 'unitCost'], 'money').filter((m) => /negative|NaN/.test(m.what)),
      ...bodyMutationsJson(['items', 0], ['items']),
    ],
  },
  {
    endpoint: 'PriceAvailability',
    match: (req) => /tdsynnex/i.test(new URL(req.url).host) && /price/i.test(path(req)),
    mutations: [
      ...fieldMutationsXml('price', 'price').filter((m) => /missing|NaN|-0.01|1e999/.test(m.what)),
      ...bodyMutationsXml('PriceAvailabilityList'),
    ],
  },
];

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

describe('Product Sync with untouched answers (control)', () => {
  it('writes the changed products and logs success', async () => {
    const outcome = await (await startRun(ID, 'manual')).finished;
    expect(outcome?.result).toBe('success');
    expect(autotaskWrites(world.autotaskSim).length).toBeGreaterThan(0);
  });
});

for (const target of TARGETS) {
  describe(`Product Sync with malformed answers to ${target.endpoint}`, () => {
    it.each(target.mutations.map((m) => [m.what, m] as const))(
      '%s: nothing written, the log says what was wrong',
      async (_w, mutation) => {
        tally.tried += 1;
        tamper = { match: target.match, mutation };
        const outcome = await (await startRun(ID, 'manual')).finished;
        expect(tampered).toBeGreaterThan(0);
        expect(outcome?.result).not.toBe('success');
        expect(autotaskWrites(world.autotaskSim)).toEqual([]);
        expect((await db.skuState.toArray()).filter((s) => s.status === 'synced')).toEqual([]);
        const [entry] = await recentEntries(1);
        const items = entry?.id !== undefined ? await itemsOf(entry.id) : [];
        const said = [
          entry?.summary,
          entry?.error?.message,
          entry?.error?.field,
          ...items.flatMap((i) => [i.message, i.error?.message, i.error?.field]),
        ].join(' ');
        expect(norm(said), said).toContain(norm(target.endpoint));
        expect(entry?.error?.field ?? items.find((i) => i.error?.field)?.error?.field, said).toBeTruthy();
        tally.rejected += 1;
      },
    );
  });
}
