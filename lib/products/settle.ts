// Waiting for a group of a page's requests: every one settles before the first failure is thrown,
// so nothing of the page is left running behind a pause or an abort.

/** Every task settled; the first failure (a pause, an abort) is rethrown only then, so nothing is left running. */
export async function settleAll<T>(tasks: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
