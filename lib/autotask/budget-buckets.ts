// How the API budget's memory is laid out in storage, the same for IndexedDB and SQL: calls counted
// per service per minute, which bounds the table at 60 rows per service whatever the call rate. A
// call is then dated at the start of its minute, which can only make the rolling hour end up to a
// minute early — never late. The tenant sample is one meta value.
export const BUDGET_SERVICE = 'autotask';
export const TENANT_SAMPLE_KEY = 'autotask.tenantSample';
const MINUTE_MS = 60_000;

/** Minutes since the epoch. */
export const minuteOf = (at: number): number => Math.floor(at / MINUTE_MS);

/** One call time (the start of its minute) per call counted. */
export function callTimes(buckets: readonly { minute: number; count: number }[]): number[] {
  return buckets.flatMap((b) => Array.from({ length: b.count }, () => b.minute * MINUTE_MS));
}
