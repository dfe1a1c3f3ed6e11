// The create pass of a run: the import queue, one page at a time, each page sized to the room left
// under the per-run cap; a committed page leaves the queue in the checkpoint's transaction.
import { createPage } from './create-pass';
import { PAGE_ROWS } from './limits';
import type { SkuOutcome } from './outcomes';
import type { RunContext } from './run-context';
import type { Pause } from './run-budget';

export async function createPass(run: RunContext): Promise<Pause | undefined> {
  const { cp, ports, budget } = run;
  const hidden = cp.costsHidden ?? ports.costsHidden ?? false;
  const categoryValue = async (label: string) => {
    const map = await run.categoryLabels();
    const wanted = label.trim().toLowerCase();
    return [...map.entries()].find(([, l]) => l.trim().toLowerCase() === wanted)?.[0];
  };
  for (;;) {
    const waiting = await ports.queue.size();
    if (waiting === 0) return undefined;
    // Size the page to the room left under the cap: 2 reconcile reads + 2 creates per entry.
    const room = ports.settings.runCap - budget.recentCalls().length;
    const size = Math.min(PAGE_ROWS, waiting, Math.floor((room - 2) / 2));
    const pause = size < 1 ? await budget.gate(4) : await budget.gate(2 + 2 * size);
    if (pause) return pause;
    const entries = await ports.queue.peek(size);
    let outcomes: SkuOutcome[];
    try {
      outcomes = await createPage({ ...run.deps, costsReadable: !hidden, categoryValue }, entries);
    } catch (error) {
      return run.asPause(error);
    }
    await run.commit(
      outcomes,
      () => {},
      () => ports.queue.remove(entries.map((e) => e.sku)),
    );
  }
}
