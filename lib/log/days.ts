// The days of the runs chart (issue 6 §2), as this browser's clock and time zone draw them: each a
// local midnight, so a day is 23 or 25 hours long across a DST change. Both halves of a merged chart
// (lib/log/query.ts over IndexedDB, the team runner's SQL through lib/runner-client) count the same days.

/** Local midnight of the day `ms` falls in. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * The starts of the last `days` local days, oldest first, the last being the day `now` falls in.
 * Day i runs to day i + 1's start; the last has no end (a page left open past midnight still counts
 * the new day's runs in its last bar).
 */
export function lastDayStarts(days: number, now: number): number[] {
  const starts: number[] = [];
  let day = startOfDay(now);
  for (let i = 0; i < days; i++) {
    starts.unshift(day);
    day = startOfDay(day - 1);
  }
  return starts;
}
