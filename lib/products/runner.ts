// One Product Sync run, resumable (issue 4 §2): the update pass over linked products, then the create
// pass over the import queue. Pages overlap (PAGES_IN_FLIGHT) so every entity's request slots stay
// busy, but they commit in order: the checkpoint only ever moves past a page whose writes are done.
// Before each page the run checks its per-run cap and the tenant's headroom below 50 %; without
// room it pauses (and the engine resumes it later) rather than spend what is not there.
import { CONCURRENCY_PER_ENTITY } from '../autotask/limits';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter, PriceAvailability } from '../distributor/adapter';
import { countingClient, isPause, readsFirst } from './calls';
import type { CallCounter, Sleep } from './calls';
import { carry, freshCheckpoint, withCarried } from './checkpoint';
import type { ProductSyncCheckpoint } from './checkpoint';
import { createPage } from './create-pass';
import type { ImportQueue } from './import-entry';
import { createRunBudget } from './run-budget';
import type { Pause } from './run-budget';
import { matchPage } from './match-pass';
import type { MatchCursor } from './match-pass';
import { PAGES_IN_FLIGHT, PAGE_ROWS, READ_AHEAD, TENANT_WAIT_MS } from './limits';
import {
  PageStopped,
  linkedFilter,
  priceLane,
  readProducts,
  readVendorPage,
  syncLinkedPage,
} from './linked-pass';
import type { LinkedPage, PassDeps, VendorPage } from './linked-pass';
import type { SkuOutcome } from './outcomes';
import type { ProductRow } from './rows';
import type { ProductSyncSettings } from './settings';

/** A blank-cost page this large is a "can't read costs" API user, not a catalogue without costs. */
const BLANK_COSTS_SAMPLE = 20;

export interface RunPorts {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  settings: ProductSyncSettings;
  checkpoint: {
    load(): Promise<ProductSyncCheckpoint | undefined>;
    save(value: ProductSyncCheckpoint, alsoWrite?: () => Promise<void>): Promise<void>;
  };
  queue: ImportQueue;
  /** Where matching by manufacturer part number has got to (used when the setting is on). */
  matchCursor?: MatchCursor;
  /** Inside the checkpoint's transaction: the per-SKU state of a committed page (db.skuState). */
  saveStates(outcomes: readonly SkuOutcome[], at: number): Promise<void>;
  progress(done: number, total: number): Promise<void>;
  now(): number;
  sleep: Sleep;
  signal: AbortSignal;
  /** The connection check found a "can't read costs" API user (lib/connections/costs.ts). */
  costsHidden?: boolean;
}

export type RunResult =
  | { state: 'done'; checkpoint: ProductSyncCheckpoint; calls: number }
  | {
      state: 'paused';
      resumeAfterMs: number;
      reason: string;
      checkpoint: ProductSyncCheckpoint;
      calls: number;
    };

export async function runProductSync(ports: RunPorts): Promise<RunResult> {
  const cp = (await ports.checkpoint.load()) ?? freshCheckpoint(ports.now());
  const counter: CallCounter = { total: 0, at: [] };
  const autotask = countingClient(ports.autotask, counter, ports.now);
  const deps: PassDeps = { ...ports, autotask, dryRun: false };
  let categoryLabels: Promise<Map<number, string>> | undefined;
  const labels = () =>
    (categoryLabels ??= autotask
      .fields('Products', ports.signal)
      .then(
        (fields) =>
          new Map(
            (fields.find((f) => f.name === 'productCategory')?.picklistValues ?? []).map((v) => [
              v.value,
              v.label,
            ]),
          ),
      ));

  const budget = createRunBudget({
    autotask,
    counter,
    runCap: ports.settings.runCap,
    earlierCalls: cp.calls,
    now: ports.now,
    signal: ports.signal,
  });
  const { recentCalls, reserve, gate } = budget;

  async function commit(
    raw: SkuOutcome[],
    move: (cp: ProductSyncCheckpoint) => void,
    alsoWrite?: () => Promise<void>,
  ) {
    const outcomes = withCarried(cp, raw);
    move(cp);
    cp.done += outcomes.length;
    for (const o of outcomes) {
      if (o.outcome === 'unchanged') (cp.unchanged ??= []).push(o.sku);
      else cp.outcomes.push(o);
    }
    cp.calls = recentCalls();
    const at = ports.now();
    await ports.checkpoint.save(cp, async () => {
      await alsoWrite?.();
      await ports.saveStates(outcomes, at);
    });
    await ports.progress(cp.done, cp.total);
  }

  const asPause = (error: unknown): Pause => {
    if (!isPause(error)) throw error;
    return { resumeAfterMs: error.retryAfterMs ?? TENANT_WAIT_MS, reason: error.message };
  };

  async function updatePass(): Promise<Pause | undefined> {
    const lanes = readsFirst(autotask, 'ProductVendors', CONCURRENCY_PER_ENTITY - 1, CONCURRENCY_PER_ENTITY);
    const pageDeps: PassDeps = { ...deps, autotask: lanes.client };
    const prices = priceLane(ports.distributor, ports.signal);
    const fresh = cp.afterVendorRowId === 0 && cp.done === 0;
    if (ports.costsHidden) cp.costsHidden = true;
    // The count (for progress), the tenant sample and the first page go out together.
    const counted = fresh
      ? autotask.count('ProductVendors', linkedFilter(ports.vendorId), ports.signal)
      : undefined;
    const firstGate = gate(2).catch(asPause);

    // The reader runs ahead of the pages being written (at most READ_AHEAD pages), so the id-cursor
    // chain is never held up by a full window.
    type ReadPage = VendorPage & {
      products: Promise<Map<number, ProductRow>>;
      answers: Promise<Map<string, PriceAvailability>>;
    };
    const buffered: ReadPage[] = [];
    let readerDone = false;
    let readerError: unknown;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    let stopReading = false;
    const reader = (async () => {
      let cursor = cp.afterVendorRowId;
      let seen = cp.linkedRead;
      const productReads: Promise<unknown>[] = [];
      try {
        // Stop once every counted row is in hand: saves the one empty read at the end.
        while (!stopReading && !(cp.linkedTotal > 0 && seen >= cp.linkedTotal)) {
          while (buffered.length >= READ_AHEAD && !stopReading)
            await new Promise<void>((r) => setTimeout(r, 10));
          const page = await readVendorPage(pageDeps, cursor);
          if (page.read === 0) break;
          cursor = page.lastId;
          seen += page.read;
          // The page's products are read now, ahead of its writes (and its errors wait for its turn).
          const products = readProducts(pageDeps, [...new Set(page.rows.map((r) => r.productID))]);
          // The distributor's prices too: its lane (priceLane) keeps pages in order and its 3 slots busy.
          const answers = prices(page.rows.map((r) => (r.vendorPartNumber ?? '').trim()));
          products.catch(() => {});
          answers.catch(() => {});
          productReads.push(products);
          buffered.push({ ...page, products, answers });
          notify();
        }
        await Promise.allSettled(productReads);
      } catch (error) {
        readerError = error;
      } finally {
        readerDone = true;
        lanes.readsDone();
        notify();
      }
    })();
    if (fresh) {
      cp.linkedTotal = await counted!;
      cp.total = cp.linkedTotal + (ports.settings.createNew ? await ports.queue.size() : 0);
    }
    const first = await firstGate;
    const byCategory = Object.keys(ports.settings.categoryPricing).length > 0;
    const labelMap = byCategory ? await labels() : new Map<number, string>();
    const nextPage = async (): Promise<ReadPage | undefined> => {
      while (buffered.length === 0 && !readerDone) await new Promise<void>((r) => (wake = r));
      return buffered.shift();
    };

    const inFlight: { page: Promise<LinkedPage>; lastId: number; read: number }[] = [];
    let pause: Pause | undefined = first;
    let failure: { error: unknown } | undefined;
    let lastWrites = 0;
    const settleOldest = async () => {
      const head = inFlight.shift()!;
      try {
        const page = await head.page;
        if (pause || failure) return carry(cp, page.outcomes); // an earlier page did not commit: nor may this one
        lastWrites =
          page.outcomes.filter((o) => o.outcome === 'updated' || o.outcome === 'deactivated').length * 2;
        await commit(page.outcomes, (c) => {
          c.afterVendorRowId = head.lastId;
          c.linkedRead += head.read;
        });
      } catch (thrown) {
        const error = thrown instanceof PageStopped ? thrown.reason : thrown;
        if (thrown instanceof PageStopped) carry(cp, thrown.written);
        if (isPause(error)) pause ??= asPause(error);
        else failure ??= { error };
      }
    };

    while (!pause && !failure) {
      const page = await nextPage();
      if (!page) break;
      pause = await gate(2 + lastWrites).catch(asPause);
      if (pause) break;
      const pending = syncLinkedPage(
        pageDeps,
        page.rows,
        page.products,
        page.answers,
        ({ vendors, products }) => {
          if (cp.costsHidden === undefined) {
            const blank =
              vendors.every((v) => v.vendorCost == null) && products.every((p) => p.unitCost == null);
            cp.costsHidden = blank && vendors.length >= BLANK_COSTS_SAMPLE;
          }
          return !cp.costsHidden;
        },
        (value) => (value == null ? undefined : labelMap.get(value)),
        reserve,
      );
      pending.catch(() => {}); // settled in order by settleOldest; not an unhandled rejection meanwhile
      inFlight.push({ page: pending, lastId: page.lastId, read: page.read });
      if (inFlight.length >= PAGES_IN_FLIGHT) await settleOldest();
    }
    stopReading = true;
    while (inFlight.length > 0) await settleOldest();
    await reader;
    if (!pause && !failure && readerError !== undefined) {
      if (isPause(readerError)) pause = asPause(readerError);
      else failure = { error: readerError };
    }
    if (failure) throw failure.error;
    return pause;
  }

  async function createPass(): Promise<Pause | undefined> {
    const hidden = cp.costsHidden ?? ports.costsHidden ?? false;
    const labelValues = async (label: string) => {
      const map = await labels();
      const wanted = label.trim().toLowerCase();
      return [...map.entries()].find(([, l]) => l.trim().toLowerCase() === wanted)?.[0];
    };
    for (;;) {
      const waiting = await ports.queue.size();
      if (waiting === 0) return undefined;
      // Size the page to the room left under the cap: 2 reconcile reads + 2 creates per entry.
      const room = ports.settings.runCap - recentCalls().length;
      const size = Math.min(PAGE_ROWS, waiting, Math.floor((room - 2) / 2));
      const pause = size < 1 ? await gate(4) : await gate(2 + 2 * size);
      if (pause) return pause;
      const entries = await ports.queue.peek(size);
      let outcomes: SkuOutcome[];
      try {
        outcomes = await createPage({ ...deps, costsReadable: !hidden, categoryValue: labelValues }, entries);
      } catch (error) {
        return asPause(error);
      }
      await commit(
        outcomes,
        () => {},
        () => ports.queue.remove(entries.map((e) => e.sku)),
      );
    }
  }

  async function matchPass(cursorStore: MatchCursor): Promise<Pause | undefined> {
    let cursor = await cursorStore.load();
    for (;;) {
      const pause = await gate(2).catch(asPause);
      if (pause) return pause;
      let page;
      try {
        page = await matchPage(
          { ...deps, costsReadable: !(cp.costsHidden ?? ports.costsHidden ?? false) },
          cursor,
        );
      } catch (error) {
        return asPause(error);
      }
      if (page.read === 0) return undefined;
      cursor = page.lastId;
      const at = page.lastId;
      await commit(
        page.outcomes,
        () => {},
        () => cursorStore.save(at),
      );
    }
  }

  const finish = (pause: Pause | undefined): RunResult =>
    pause
      ? { state: 'paused', ...pause, checkpoint: cp, calls: counter.total }
      : { state: 'done', checkpoint: cp, calls: counter.total };

  if (cp.phase === 'update' && ports.settings.matchByMpn && ports.matchCursor && !cp.matched) {
    const pause = await matchPass(ports.matchCursor);
    if (pause) {
      cp.calls = recentCalls();
      await ports.checkpoint.save(cp);
      return finish(pause);
    }
    cp.matched = true;
  }
  if (cp.phase === 'update') {
    if (ports.settings.updateExisting || ports.settings.deactivateDiscontinued) {
      const pause = await updatePass();
      if (pause) {
        cp.calls = recentCalls();
        await ports.checkpoint.save(cp);
        return finish(pause);
      }
    }
    cp.phase = 'create';
    await ports.checkpoint.save(cp);
  }
  if (ports.settings.createNew) {
    const pause = await createPass();
    if (pause) {
      cp.calls = recentCalls();
      await ports.checkpoint.save(cp);
      return finish(pause);
    }
  }
  return finish(undefined);
}
