// Request limits of API.md §3: a rolling-hour counter per tenant shared by every integration,
// added latency once usage passes 50 % and 75 %, 429 over the threshold, and a thread limit of 3
// concurrent requests per (integration code, entity) that answers with an `Itgenatr005` error.
import { SimError } from './http';
import type { Tenant } from './store';

/** Requests per rolling 60 minutes per tenant (API.md §3, HELP REST_Thresholds_Limits). */
export const HOURLY_THRESHOLD = 10_000;
export const THRESHOLD_TIMEFRAME_MINUTES = 60;
const WINDOW_MS = THRESHOLD_TIMEFRAME_MINUTES * 60_000;
/** Concurrent requests per integration code and entity (API.md §3, HELP ThreadLimiting). */
export const THREAD_LIMIT = 3;
/** "about 0.5 s, rising to about 1 s at 75 %" (API.md §3, [U]). */
export const LATENCY_AT_50_MS = 500;
export const LATENCY_AT_75_MS = 1_000;
/** Retry-After values up to 300 s have been seen (API.md §1.3). */
const MAX_RETRY_AFTER_S = 300;

export interface LimitKnobs {
  threshold: number;
  latencyMs: number;
  latencyAt50Ms: number;
  latencyAt75Ms: number;
  maxConcurrentPerEntity: number;
  /** The thread-limit error "can arrive with a non-429 status" (API.md §1.3); 429 by default. */
  threadLimitStatus: 429 | 500;
}

/** Requests in the rolling window ending at `now` (drops the older ones). */
export function windowCount(tenant: Tenant, now: number): number {
  const hits = tenant.hits;
  let expired = 0;
  while (expired < hits.length && hits[expired]! <= now - WINDOW_MS) expired += 1;
  if (expired > 0) hits.splice(0, expired);
  return hits.length;
}

/**
 * Counts one authenticated request (ThresholdInformation included, API.md §3) or refuses it with
 * 429 once the tenant is at its threshold. Refused requests are not counted, so the tenant
 * recovers as the hour rolls on. Returns the usage ratio after counting.
 */
export function admit(tenant: Tenant, now: number, threshold: number): number {
  const count = windowCount(tenant, now);
  if (count >= threshold) {
    const oldest = tenant.hits[0] ?? now;
    const waitS = Math.ceil((oldest + WINDOW_MS - now) / 1000);
    throw new SimError(
      429,
      `Request limit exceeded: this database has made ${count} requests in the last ` +
        `${THRESHOLD_TIMEFRAME_MINUTES} minutes (threshold ${threshold}).`,
      { 'retry-after': String(Math.min(Math.max(waitS, 1), MAX_RETRY_AFTER_S)) },
    );
  }
  tenant.hits.push(now);
  tenant.totalRequests += 1;
  return (count + 1) / threshold;
}

/** Base latency plus the usage-driven delay (API.md §3). */
export function latencyFor(usage: number, knobs: LimitKnobs): number {
  const added = usage >= 0.75 ? knobs.latencyAt75Ms : usage >= 0.5 ? knobs.latencyAt50Ms : 0;
  return knobs.latencyMs + added;
}

export class ThreadLimiter {
  private readonly inFlight = new Map<string, number>();

  /** Takes a slot or throws the Itgenatr005 error; call the returned function when done. */
  acquire(integrationCode: string, entity: string, knobs: LimitKnobs): () => void {
    const key = `${integrationCode}\u0000${entity.toLowerCase()}`;
    const current = this.inFlight.get(key) ?? 0;
    if (current >= knobs.maxConcurrentPerEntity) {
      throw new SimError(
        knobs.threadLimitStatus,
        `Itgenatr005: The thread threshold of ${knobs.maxConcurrentPerEntity} concurrent requests ` +
          `for this API integration code on ${entity} has been exceeded.`,
      );
    }
    this.inFlight.set(key, current + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(key);
      else this.inFlight.set(key, left);
    };
  }
}

export const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
