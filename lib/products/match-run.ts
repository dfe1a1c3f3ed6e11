// The match pass of a run (a setting): page after page of products with a manufacturer part number
// and no distributor vendor row, matched and committed with the match cursor, until none are left.
import type { MatchCursor } from './match-pass';
import { matchPage } from './match-pass';
import type { RunContext } from './run-context';
import type { Pause } from './run-budget';

export async function matchPass(run: RunContext, cursorStore: MatchCursor): Promise<Pause | undefined> {
  const { cp, ports, budget } = run;
  let cursor = await cursorStore.load();
  for (;;) {
    const pause = await budget.gate(2).catch(run.asPause);
    if (pause) return pause;
    let page;
    try {
      page = await matchPage(
        { ...run.deps, costsReadable: !(cp.costsHidden ?? ports.costsHidden ?? false) },
        cursor,
      );
    } catch (error) {
      return run.asPause(error);
    }
    if (page.read === 0) return undefined;
    cursor = page.lastId;
    const at = page.lastId;
    await run.commit(
      page.outcomes,
      () => {},
      () => cursorStore.save(at),
    );
  }
}
