// A bounded read-ahead buffer over an async iterator: while its consumer is busy (writing earlier
// pages), it goes on pulling from `source` until `size` items wait, then waits for room — so a chain
// of reads (each page's cursor is the last id of the one before) is never held up by the writes.
// Items come out in order; a failure of the source comes out after the items read before it.
// `return()` (a `break` out of for-await) stops the reading and resolves once the source has closed.

export function readAhead<T>(source: AsyncGenerator<T, void>, size: number): AsyncGenerator<T, void> {
  const buffer: T[] = [];
  let stopped = false;
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const wake = (which: 'consumer' | 'producer') => {
    const resolve = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = undefined;
    else wakeProducer = undefined;
    resolve?.();
  };

  const producer = (async () => {
    try {
      while (!stopped) {
        if (buffer.length >= size) {
          await new Promise<void>((resolve) => (wakeProducer = resolve));
          continue;
        }
        const next = await source.next();
        if (next.done) break;
        buffer.push(next.value);
        wake('consumer');
      }
    } catch (error) {
      failure = { error };
    } finally {
      await source.return(undefined).catch(() => {});
      ended = true;
      wake('consumer');
    }
  })();

  const stop = async () => {
    stopped = true;
    buffer.length = 0;
    wake('producer');
    await producer;
    return { value: undefined, done: true as const };
  };

  const iterator: AsyncGenerator<T, void> = {
    async next() {
      for (;;) {
        if (stopped) return { value: undefined, done: true };
        if (buffer.length > 0) {
          const value = buffer.shift()!;
          wake('producer');
          return { value, done: false };
        }
        if (ended) {
          if (failure) {
            const { error } = failure;
            failure = undefined;
            throw error;
          }
          return { value: undefined, done: true };
        }
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
    return: stop,
    async throw(error: unknown) {
      await stop();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
    async [Symbol.asyncDispose]() {
      await stop();
    },
  };
  return iterator;
}
