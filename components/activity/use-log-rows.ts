// The rows of a windowed log list: loaded in blocks as they scroll into view and cached per result
// list (a new filter starts a new cache). Only the blocks the user has seen are ever read.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogSource } from './log-source';
import type { VisibleRange } from './virtual-list';
import type { LogEntryView } from '../../lib/messaging/results';

/** Rows read per IndexedDB request: a screenful and a half. */
export const ROW_BLOCK = 50;

interface Cache {
  ids: readonly number[];
  rows: ReadonlyMap<number, LogEntryView>;
}

const byId = (rows: readonly LogEntryView[]) => new Map(rows.map((row) => [row.id, row]));

/** `seed`: rows already read for these ids (the first screen), kept when the full list arrives. */
export function useLogRows(ids: readonly number[], source: LogSource, seed: readonly LogEntryView[] = []) {
  const [cache, setCache] = useState<Cache>(() => ({ ids, rows: byId(seed) }));
  const requested = useRef<{ ids: readonly number[]; blocks: Set<number> }>({ ids, blocks: new Set() });
  const current = cache.ids === ids ? cache : { ids, rows: byId(seed) };

  useEffect(() => {
    if (requested.current.ids !== ids) requested.current = { ids, blocks: new Set() };
  }, [ids]);

  const ensure = useCallback(
    ({ start, end }: VisibleRange) => {
      if (requested.current.ids !== ids) requested.current = { ids, blocks: new Set() };
      const asked = requested.current.blocks;
      for (let block = Math.floor(start / ROW_BLOCK); block * ROW_BLOCK < end; block++) {
        if (asked.has(block)) continue;
        asked.add(block);
        const slice = ids.slice(block * ROW_BLOCK, (block + 1) * ROW_BLOCK);
        if (slice.every((id) => current.rows.has(id))) continue;
        source.rows(slice).then(
          (rows) =>
            setCache((prev) => {
              const base = prev.ids === ids ? prev.rows : byId(seed);
              const next = new Map(base);
              for (const row of rows) next.set(row.id, row);
              return { ids, rows: next };
            }),
          // Asked again the next time the block is on screen.
          () => asked.delete(block),
        );
      }
    },
    [ids, source, seed, current.rows],
  );

  const rowAt = (index: number): LogEntryView | undefined => {
    const id = ids[index];
    return id === undefined ? undefined : current.rows.get(id);
  };
  return { rowAt, ensure, loaded: current.rows.size };
}
