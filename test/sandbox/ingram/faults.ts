// One-shot fault knobs of the Ingram simulator. "Before" faults answer without touching state (the
// request never reached Ingram's application); "after" faults let the request do its work — an
// order is created — and then spoil the answer: the case an order outcome must be settled by search.

export type IngramSimOperation = 'token' | 'price' | 'order' | 'search' | 'detail';

export type IngramFault =
  | { kind: 'status'; status: 500 | 502 | 503 }
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'html' }
  | { kind: 'malformed' }
  | { kind: 'unauthorized' }
  | { kind: 'drop' }
  | { kind: 'lost'; status: 502 | 504 };

const AFTER = new Set<IngramFault['kind']>(['drop', 'lost']);

interface Queued {
  fault: IngramFault;
  remaining: number;
  operation: IngramSimOperation | undefined;
}

export interface IngramFaultKnobs {
  /** The next `count` requests answer 5xx with Ingram's `/errors/system-errors` body. */
  failNext(count?: number, status?: 500 | 502 | 503, operation?: IngramSimOperation): void;
  /** The next `count` requests answer 429 with Retry-After and X-RateLimit-* (IM-RATE). */
  throttleNext(count?: number, retryAfterSeconds?: number, operation?: IngramSimOperation): void;
  /** The next `count` requests answer HTTP 200 with an HTML page (a maintenance or login page). */
  htmlNext(count?: number, operation?: IngramSimOperation): void;
  /** The next `count` requests answer HTTP 200, application/json, with a truncated body. */
  malformedNext(count?: number, operation?: IngramSimOperation): void;
  /** The next `count` API requests answer 401 as if their token had been revoked. */
  unauthorizedNext(count?: number, operation?: IngramSimOperation): void;
  /** Processed (an order is created), then the connection drops before any response. */
  dropNext(count?: number, operation?: IngramSimOperation): void;
  /** Processed (an order is created), then a gateway answers 502/504 instead of Ingram's answer. */
  loseResponseNext(count?: number, status?: 502 | 504, operation?: IngramSimOperation): void;
  clear(): void;
}

export interface IngramFaultQueue extends IngramFaultKnobs {
  take(operation: IngramSimOperation | undefined, when: 'before' | 'after'): IngramFault | undefined;
}

export function createIngramFaults(): IngramFaultQueue {
  const queue: Queued[] = [];
  const push = (fault: IngramFault, count: number, operation: IngramSimOperation | undefined) => {
    if (count > 0) queue.push({ fault, remaining: count, operation });
  };
  return {
    failNext: (count = 1, status = 503, op) => push({ kind: 'status', status }, count, op),
    throttleNext: (count = 1, retryAfterSeconds = 2, op) =>
      push({ kind: 'throttle', retryAfterSeconds }, count, op),
    htmlNext: (count = 1, op) => push({ kind: 'html' }, count, op),
    malformedNext: (count = 1, op) => push({ kind: 'malformed' }, count, op),
    unauthorizedNext: (count = 1, op) => push({ kind: 'unauthorized' }, count, op),
    dropNext: (count = 1, op) => push({ kind: 'drop' }, count, op),
    loseResponseNext: (count = 1, status = 502, op) => push({ kind: 'lost', status }, count, op),
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
