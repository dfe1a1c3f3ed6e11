// A process killed between a page's writes and its commit (issue 13 "0 lost log entries"): the
// writes landed in Autotask, no checkpoint knew of them, and the resumed run finds those SKUs at
// their new values. The planned writes stored before they went out (lib/products/write-intents.ts)
// let the resumed run report them as the updates they were instead of "unchanged".
import { describe, expect, it } from 'vitest';
import { allOutcomes } from '../../../lib/products/checkpoint';
import type { ProductSyncCheckpoint } from '../../../lib/products/checkpoint';
import type { SkuOutcome } from '../../../lib/products/outcomes';
import { runProductSync } from '../../../lib/products/runner';
import { writeIntents } from '../../../lib/products/write-intents';
import type { WriteIntentStore } from '../../../lib/products/write-intents';
import { autotaskCalls, createWorld, linkCatalogue, memoryRun } from './world';

const updated = (sku: string): SkuOutcome => ({ sku, outcome: 'updated', status: 'synced', price: 1 });

function memoryIntents(): WriteIntentStore & { value: unknown; saves: unknown[] } {
  const port = {
    value: undefined as unknown,
    saves: [] as unknown[],
    load: async () => port.value,
    async save(outcomes: readonly SkuOutcome[]) {
      port.value = structuredClone(outcomes);
      port.saves.push(port.value);
    },
  };
  return port;
}

describe('write intents', () => {
  it('stores each page’s planned writes before they go out and drops a page once it committed', async () => {
    const port = memoryIntents();
    const intents = writeIntents(port);
    expect(await intents.recovered()).toEqual([]);
    const first = await intents.before([updated('A'), updated('B')]);
    await intents.before([updated('C')]);
    expect(port.value).toEqual([updated('A'), updated('B'), updated('C')]);
    first();
    await intents.before([updated('D')]);
    expect(port.value).toEqual([updated('C'), updated('D')]);
    await intents.clear();
    expect(port.value).toEqual([]);
  });

  it('saves one at a time, so a slow older save never lands after a newer one', async () => {
    const landed: string[][] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let calls = 0;
    let saving = 0;
    let overlapped = false;
    const intents = writeIntents({
      load: async () => undefined,
      async save(outcomes) {
        calls += 1;
        saving += 1;
        overlapped ||= saving > 1;
        const snapshot = outcomes.map((o) => o.sku);
        if (calls === 1) await firstHeld;
        landed.push(snapshot);
        saving -= 1;
      },
    });
    const a = intents.before([updated('A')]);
    const b = intents.before([updated('B')]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    releaseFirst();
    await Promise.all([a, b]);
    expect(overlapped).toBe(false);
    expect(landed.at(-1)).toEqual(['A', 'B']);
  });

  it('reads a damaged record as none rather than failing the run', async () => {
    const port = memoryIntents();
    port.value = [{ sku: 42 }, 'not an outcome'];
    expect(await writeIntents(port).recovered()).toEqual([]);
  });

  it('a page with no writes stores nothing', async () => {
    const port = memoryIntents();
    await writeIntents(port).before([]);
    expect(port.saves).toEqual([]);
  });
});

describe('a Product Sync run resumed after its process died mid-page', () => {
  it('reports the dead process’s uncommitted writes as updated, each SKU once, and writes nothing twice', async () => {
    const world = createWorld();
    const { changed } = linkCatalogue(world, 1_500, 0.1);
    const intents = memoryIntents();
    // One checkpoint store for both processes; the first "dies" at its second commit: that page's
    // writes are in Autotask, its checkpoint is not.
    let stored: ProductSyncCheckpoint | undefined;
    let saves = 0;
    const processRun = (diesAtSave?: number) =>
      memoryRun(
        world,
        { createNew: false },
        {
          intents,
          checkpoint: {
            load: async () => (stored ? structuredClone(stored) : undefined),
            async save(value, alsoWrite) {
              saves += 1;
              if (saves === diesAtSave) throw new Error('killed');
              await alsoWrite?.();
              stored = structuredClone(value);
            },
          },
        },
      );
    const dying = processRun(2);
    await expect(runProductSync(dying.ports)).rejects.toThrow('killed');
    const writtenBefore = autotaskCalls(world).filter((c) => c.method === 'PATCH' && c.path === '/Products');
    expect(stored?.afterVendorRowId).toBeGreaterThan(0);
    const committedUpdates = stored!.outcomes.filter((o) => o.outcome === 'updated').length;
    expect(writtenBefore.length).toBeGreaterThan(committedUpdates); // writes no checkpoint knows of

    const from = autotaskCalls(world).length;
    const resumed = processRun();
    const result = await runProductSync(resumed.ports);
    expect(result.state).toBe('done');
    const outcomes = allOutcomes(result.checkpoint);
    const skus = outcomes.map((o) => o.sku);
    expect(new Set(skus).size).toBe(skus.length);
    expect(new Set(outcomes.filter((o) => o.outcome === 'updated').map((o) => o.sku))).toEqual(changed);
    // Nothing written twice: the resumed run wrote only what the dead one had not.
    const writtenAfter = autotaskCalls(world, from).filter(
      (c) => c.method === 'PATCH' && c.path === '/Products',
    );
    expect(writtenBefore.length + writtenAfter.length).toBe(changed.size);
    expect(intents.value).toEqual([]);
  });
});
