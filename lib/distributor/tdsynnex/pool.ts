// Runs `task` over `inputs` with at most `limit` running at once and returns the results in input
// order. The first failure (or an abort) stops new tasks from starting and is the one thrown.

export async function mapWithLimit<I, O>(
  inputs: readonly I[],
  limit: number,
  task: (input: I, index: number) => Promise<O>,
  stop?: { signal?: AbortSignal; abortError: () => unknown },
): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (!failure && next < inputs.length) {
      if (stop?.signal?.aborted) {
        failure = { error: stop.abortError() };
        return;
      }
      const index = next;
      next += 1;
      try {
        results[index] = await task(inputs[index] as I, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
