// Where the runner's entries go in this browser's id list (issue 13 §2). The local reader lists ids
// only (an index walk over up to 100,000 entries: lib/log/query.ts), not their times, and reading
// every row to merge would cost what an export costs. So each runner entry's place is found by a
// binary search over the local list, all searches in step: each step reads the times of the probed
// ids in one request. R runner entries over N local ones take ⌈log2(N+1)⌉ reads of at most R rows
// each (10,000 over 100,000: 17 reads; most probes of the first steps are shared).

/**
 * For each time of `times`, how many of `ids` (newest first) are newer than it: the index an entry
 * of that time goes in front of. An entry of the same time as a local one goes first, as
 * `mergeNewestFirst` orders them (merge.ts). `timesOf` answers epoch ms for the ids it still finds;
 * one removed meanwhile (retention) counts as oldest.
 */
export async function insertionPoints(
  ids: readonly number[],
  times: readonly number[],
  timesOf: (ids: number[]) => Promise<Map<number, number>>,
): Promise<number[]> {
  const lo = times.map(() => 0);
  const hi = times.map(() => ids.length);
  const known = new Map<number, number>();
  for (;;) {
    const wanted = new Set<number>();
    let active = false;
    for (let k = 0; k < times.length; k++) {
      if ((lo[k] as number) >= (hi[k] as number)) continue;
      active = true;
      const mid = ((lo[k] as number) + (hi[k] as number)) >>> 1;
      if (!known.has(mid)) wanted.add(mid);
    }
    if (!active) return lo;
    if (wanted.size > 0) {
      const probes = [...wanted];
      const read = await timesOf(probes.map((i) => ids[i] as number));
      for (const i of probes) known.set(i, read.get(ids[i] as number) ?? -Infinity);
    }
    for (let k = 0; k < times.length; k++) {
      if ((lo[k] as number) >= (hi[k] as number)) continue;
      const mid = ((lo[k] as number) + (hi[k] as number)) >>> 1;
      if ((known.get(mid) as number) > (times[k] as number)) lo[k] = mid + 1;
      else hi[k] = mid;
    }
  }
}

/** `local` with each of `inserted` placed before the local index its point names (points ascending). */
export function interleave(local: readonly number[], inserted: readonly number[], points: readonly number[]) {
  const merged: number[] = [];
  let i = 0;
  for (let k = 0; k < inserted.length; k++) {
    const at = points[k] as number;
    while (i < at) merged.push(local[i++] as number);
    merged.push(inserted[k] as number);
  }
  while (i < local.length) merged.push(local[i++] as number);
  return merged;
}
