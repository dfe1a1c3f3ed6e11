// The update pass of a run over every linked page: read → plan and write → commit, page after page.
// The reader runs ahead (at most READ_AHEAD pages waiting), pages overlap (PAGES_IN_FLIGHT) so every
// entity's request slots stay busy, and they commit in order. Before each page the budget is asked
// (per-run cap, tenant headroom); without room the pass pauses and the engine resumes it later.
import { CONCURRENCY_PER_ENTITY } from '../autotask/limits';
import { isPause } from './calls';
import { carry, carryRecovered } from './checkpoint';
import type { ProductSyncCheckpoint } from './checkpoint';
import { orderedCommits } from './committer';
import { PAGES_IN_FLIGHT, READ_AHEAD } from './limits';
import { PageStopped, syncLinkedPage } from './linked-pass';
import type { LinkedPage } from './linked-pass';
import { linkedFilter, priceLane, readLinkedPages } from './linked-reader';
import type { LinkedRead } from './linked-reader';
import { readAhead } from './read-ahead';
import { readsFirst } from './reads-first';
import type { ProductRow, VendorRow } from './rows';
import type { RunContext } from './run-context';
import type { Pause } from './run-budget';
import { writeIntents } from './write-intents';

/** A blank-cost page this large is a "can't read costs" API user, not a catalogue without costs. */
const BLANK_COSTS_SAMPLE = 20;

/** Decided once, on the first page: a "can't read costs" user's blank costs are never compared. */
const costsReadable =
  (cp: ProductSyncCheckpoint) =>
  ({ vendors, products }: { vendors: VendorRow[]; products: ProductRow[] }) => {
    if (cp.costsHidden === undefined) {
      const blank = vendors.every((v) => v.vendorCost == null) && products.every((p) => p.unitCost == null);
      cp.costsHidden = blank && vendors.length >= BLANK_COSTS_SAMPLE;
    }
    return !cp.costsHidden;
  };

interface Written {
  page: LinkedPage;
  lastId: number;
  read: number;
}

export async function linkedPass(run: RunContext): Promise<Pause | undefined> {
  const { cp, ports, budget } = run;
  const lanes = readsFirst(
    run.deps.autotask,
    'ProductVendors',
    CONCURRENCY_PER_ENTITY - 1,
    CONCURRENCY_PER_ENTITY,
  );
  const deps = { ...run.deps, autotask: lanes.client };
  const fresh = cp.afterVendorRowId === 0 && cp.done === 0;
  if (ports.costsHidden) cp.costsHidden = true;
  // Writes a killed process made without committing them: reported when this run finds them done.
  const intents = ports.intents ? writeIntents(ports.intents) : undefined;
  if (intents) carryRecovered(cp, await intents.recovered());

  // The count (for progress), the tenant sample and the first page go out together.
  const counted = fresh
    ? run.deps.autotask.count('ProductVendors', linkedFilter(ports.vendorId), ports.signal)
    : undefined;
  const firstGate = budget.gate(2).catch(run.asPause);
  const from = { afterId: cp.afterVendorRowId, read: cp.linkedRead, total: () => cp.linkedTotal };
  const pages = readAhead(
    readLinkedPages(deps, from, priceLane(ports.distributor, ports.signal), lanes.readsDone),
    READ_AHEAD,
  );
  if (fresh) {
    cp.linkedTotal = await counted!;
    cp.total = cp.linkedTotal + (ports.settings.createNew ? await ports.queue.size() : 0);
  }
  let pause: Pause | undefined = await firstGate;
  let failure: { error: unknown } | undefined;
  const byCategory = Object.keys(ports.settings.categoryPricing).length > 0;
  const labels = byCategory ? await run.categoryLabels() : new Map<number, string>();

  let lastWrites = 0;
  const commits = orderedCommits<Written>({
    depth: PAGES_IN_FLIGHT,
    async commit({ page, lastId, read }) {
      lastWrites =
        page.outcomes.filter((o) => o.outcome === 'updated' || o.outcome === 'deactivated').length * 2;
      await run.commit(page.outcomes, (c) => {
        c.afterVendorRowId = lastId;
        c.linkedRead += read;
      });
      page.committed();
    },
    discard: ({ page }) => carry(cp, page.outcomes),
    failed(thrown) {
      const error = thrown instanceof PageStopped ? thrown.reason : thrown;
      if (thrown instanceof PageStopped) carry(cp, thrown.written);
      if (isPause(error)) pause ??= run.asPause(error);
      else failure ??= { error };
    },
  });
  if (pause) commits.halt();

  let readFailure: { error: unknown } | undefined;
  while (!commits.halted) {
    // Read: the next page, with its Products and prices on the way.
    let next: IteratorResult<LinkedRead, void>;
    try {
      next = await pages.next();
    } catch (error) {
      readFailure = { error };
      break;
    }
    if (next.done) break;
    const read = next.value;
    pause = await budget.gate(2 + lastWrites).catch(run.asPause);
    if (pause) {
      commits.halt();
      break;
    }
    // Plan and write: the page's changed fields, once its Products and prices are in.
    const written = syncLinkedPage(
      deps,
      read.rows,
      read.products,
      read.answers,
      costsReadable(cp),
      (value) => (value == null ? undefined : labels.get(value)),
      budget.reserve,
      intents?.before,
    ).then((page): Written => ({ page, lastId: read.lastId, read: read.read }));
    // Commit: in order, once its writes are done (waits for the oldest when the window is full).
    await commits.add(written);
  }
  const stopped = pages.return(undefined);
  await commits.drain();
  await stopped;
  if (!pause && !failure && readFailure) {
    if (isPause(readFailure.error)) pause = run.asPause(readFailure.error);
    else failure = readFailure;
  }
  if (failure) throw failure.error;
  // Every page committed: nothing written is unknown to the checkpoint any more.
  if (!pause) await intents?.clear();
  return pause;
}
