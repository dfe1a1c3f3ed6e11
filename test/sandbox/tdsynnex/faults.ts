// One-shot fault knobs (TDSYNNEX-XML.md "Fault knobs"). Each call queues a fault for the next
// `count` matching requests. "Before" faults answer without touching the simulator's state (the
// request never reached the application); "after" faults let the request do its work — an order
// is created — and then spoil the answer.

export type SimOperation = 'price' | 'order' | 'status';

export type FaultKind =
  | { kind: 'status'; status: 500 | 502 | 503 }
  | { kind: 'html' }
  | { kind: 'malformed' }
  | { kind: 'content-type'; contentType: string }
  | { kind: 'rewrite'; rewrite: (xml: string) => string }
  | { kind: 'drop' };

interface Queued {
  fault: FaultKind;
  remaining: number;
  operation: SimOperation | undefined;
}

export interface FaultKnobs {
  /** The next `count` requests answer HTTP 500/502/503 with a server error page. */
  failNext(count?: number, status?: 500 | 502 | 503, operation?: SimOperation): void;
  /** The next `count` requests answer HTTP 200 with an HTML page (a maintenance or login page). */
  htmlNext(count?: number, operation?: SimOperation): void;
  /** The next `count` requests answer HTTP 200, application/xml, with a truncated XML body. */
  malformedNext(count?: number, operation?: SimOperation): void;
  /** The next `count` requests are processed, then answered with the right body but this content type. */
  wrongContentTypeNext(count?: number, contentType?: string, operation?: SimOperation): void;
  /** The next `count` requests are processed, then their XML passes through `rewrite` (e.g. a price "N/A"). */
  rewriteNext(count: number, rewrite: (xml: string) => string, operation?: SimOperation): void;
  /**
   * The next `count` requests are processed (an order is created) and then the connection drops
   * before any response: `fetch` rejects with DropConnection (a TypeError "fetch failed").
   */
  dropNext(count?: number, operation?: SimOperation): void;
  clear(): void;
}

export interface FaultQueue extends FaultKnobs {
  take(operation: SimOperation | undefined, when: 'before' | 'after'): FaultKind | undefined;
}

const AFTER = new Set<FaultKind['kind']>(['content-type', 'rewrite', 'drop']);

export function createFaults(): FaultQueue {
  const queue: Queued[] = [];
  const push = (fault: FaultKind, count: number, operation: SimOperation | undefined) => {
    if (count > 0) queue.push({ fault, remaining: count, operation });
  };
  return {
    failNext: (count = 1, status = 503, operation) => push({ kind: 'status', status }, count, operation),
    htmlNext: (count = 1, operation) => push({ kind: 'html' }, count, operation),
    malformedNext: (count = 1, operation) => push({ kind: 'malformed' }, count, operation),
    wrongContentTypeNext: (count = 1, contentType = 'text/plain', operation) =>
      push({ kind: 'content-type', contentType }, count, operation),
    rewriteNext: (count, rewrite, operation) => push({ kind: 'rewrite', rewrite }, count, operation),
    dropNext: (count = 1, operation) => push({ kind: 'drop' }, count, operation),
    clear: () => {
      queue.length = 0;
    },
    take(operation, when) {
      const index = queue.findIndex(
        (entry) =>
          AFTER.has(entry.fault.kind) === (when === 'after') &&
          (entry.operation === undefined || entry.operation === operation),
      );
      const entry = queue[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue.splice(index, 1);
      return entry.fault;
    },
  };
}
