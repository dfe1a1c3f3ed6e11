// One API budget for the whole extension (issue 2 §2; API.md §3, §6.6). Autotask allows 10,000
// requests per rolling hour per tenant, shared by every integration on it; from 50 % of that it
// slows every caller down. So:
//
// Precedence, first match wins:
//   1. The caller's abort signal (the HTTP policy).
//   2. The tenant gate — checked only when NEW work starts (a sync run, a user action): while the
//      tenant's measured usage (ThresholdInformation, read at most every 5 minutes because it counts
//      as a call) is above TENANT_CEILING (50 %), no new work starts, even with allowance left.
//      Work already started continues; code 'tenant-busy'.
//   3. Our allowance — checked before EVERY call: this extension's calls in the rolling hour may not
//      exceed its allowance (default BUDGET_SHARE = 20 % of the tenant's threshold). Over it, a call
//      fails fast with kind 'throttled', code 'budget', retryAfterMs = when the oldest call ages out.
//   4. Autotask's own answers (429, Itgenatr005): the HTTP policy retries reads, honouring Retry-After.
//
// Calls are recorded as they are sent, retries included — Autotask counts every request.
// zoneInformation is neither checked nor counted (it carries no credentials, API.md §1.2).
// The check and the record are separate steps, so concurrent calls may overshoot by at most the
// number in flight (≤ 3 per entity).
import { AppError } from '../errors/app-error';
import type { ThresholdInfo } from './types';
import {
  BUDGET_SHARE,
  HOURLY_THRESHOLD_DEFAULT,
  TENANT_CEILING,
  THRESHOLD_SAMPLE_INTERVAL_MS,
  THRESHOLD_WINDOW_MS,
} from './limits';

export interface TenantSample {
  /** When ThresholdInformation was read (epoch ms). */
  at: number;
  threshold: number;
  used: number;
}

/** Persistence for the budget; the lead backs it with IndexedDB so it survives worker restarts. */
export interface BudgetStore {
  /** Epoch-ms times of this extension's calls; older than the window may be included (they are ignored). */
  loadCalls(): Promise<number[]>;
  addCall(at: number): Promise<void>;
  /** Drop calls at or before `before` (they have left the rolling hour). */
  pruneCalls(before: number): Promise<void>;
  loadTenant(): Promise<TenantSample | undefined>;
  saveTenant(sample: TenantSample): Promise<void>;
}

export interface BudgetStatus {
  allowance: number;
  used: number;
  remaining: number;
  /** Tenant usage as a fraction (0.37 = 37 %) at `tenantSampledAt`; undefined before the first read. */
  tenantUsage?: number;
  tenantSampledAt?: number;
}

export interface AutotaskBudget {
  /** Before every call: throws 'throttled'/'budget' when the allowance for the rolling hour is spent. */
  beforeCall(): Promise<void>;
  /** Every request actually sent (retries included). */
  recordCall(): void;
  /** Feed a ThresholdInformation answer (the client does this for every read). */
  observeThreshold(info: ThresholdInfo): Promise<void>;
  /** The gate for new work; reads ThresholdInformation through `readThreshold` when the sample is stale. */
  beginWork(
    readThreshold: (signal?: AbortSignal) => Promise<ThresholdInfo>,
    signal?: AbortSignal,
  ): Promise<void>;
  status(): Promise<BudgetStatus>;
}

export interface BudgetOptions {
  store?: BudgetStore;
  now?: () => number;
  /** Fraction of the tenant's threshold this extension may use per hour. */
  share?: number;
  /** A fixed hourly allowance, overriding `share`. */
  allowance?: number;
  /** Tenant usage above which no new work starts. */
  ceiling?: number;
}

export function createMemoryBudgetStore(): BudgetStore {
  let calls: number[] = [];
  let tenant: TenantSample | undefined;
  return {
    loadCalls: async () => [...calls],
    addCall: async (at) => void calls.push(at),
    pruneCalls: async (before) => void (calls = calls.filter((t) => t > before)),
    loadTenant: async () => tenant,
    saveTenant: async (sample) => void (tenant = sample),
  };
}

export function createAutotaskBudget(options: BudgetOptions = {}): AutotaskBudget {
  const store = options.store ?? createMemoryBudgetStore();
  const now = options.now ?? Date.now;
  const share = options.share ?? BUDGET_SHARE;
  const ceiling = options.ceiling ?? TENANT_CEILING;

  // In-memory mirror of the store, loaded once, so checks and records are synchronous.
  let loaded: Promise<void> | undefined;
  let calls: number[] = [];
  let tenant: TenantSample | undefined;
  const load = () =>
    (loaded ??= (async () => {
      calls = [...(await store.loadCalls()), ...calls].sort((a, b) => a - b);
      tenant = (await store.loadTenant()) ?? tenant;
    })());

  const windowStart = () => now() - THRESHOLD_WINDOW_MS;
  const recent = () => {
    const start = windowStart();
    while (calls.length > 0 && (calls[0] ?? 0) <= start) calls.shift();
    return calls;
  };
  const allowance = () =>
    options.allowance ?? Math.floor(share * (tenant?.threshold ?? HOURLY_THRESHOLD_DEFAULT));
  const persist = (work: Promise<void>) => void work.catch(() => undefined); // the mirror stays right

  return {
    async beforeCall() {
      await load();
      const used = recent();
      const limit = allowance();
      if (used.length >= limit) {
        const oldest = used[0] ?? now();
        throw new AppError({
          kind: 'throttled',
          service: 'autotask',
          status: 0,
          code: 'budget',
          message: `This extension has used its Autotask allowance of ${limit} calls this hour.`,
          retryAfterMs: Math.max(0, oldest + THRESHOLD_WINDOW_MS - now()),
        });
      }
    },
    recordCall() {
      const at = now();
      calls.push(at);
      persist(store.addCall(at).then(() => store.pruneCalls(windowStart())));
    },
    async observeThreshold(info) {
      await load();
      tenant = {
        at: now(),
        threshold: info.externalRequestThreshold,
        used: info.currentTimeframeRequestCount,
      };
      persist(store.saveTenant(tenant));
    },
    async beginWork(readThreshold, signal) {
      await load();
      if (!tenant || now() - tenant.at >= THRESHOLD_SAMPLE_INTERVAL_MS) {
        await this.observeThreshold(await readThreshold(signal));
      }
      const sample = tenant;
      if (sample && sample.used / sample.threshold > ceiling) {
        const percent = Math.round((sample.used / sample.threshold) * 100);
        throw new AppError({
          kind: 'throttled',
          service: 'autotask',
          status: 0,
          code: 'tenant-busy',
          message: `The Autotask tenant has used ${percent} % of its hourly API threshold; new work waits until it is below ${Math.round(ceiling * 100)} %.`,
          retryAfterMs: Math.max(0, sample.at + THRESHOLD_SAMPLE_INTERVAL_MS - now()),
        });
      }
    },
    async status() {
      await load();
      const used = recent().length;
      const limit = allowance();
      const out: BudgetStatus = { allowance: limit, used, remaining: Math.max(0, limit - used) };
      if (tenant) {
        out.tenantUsage = tenant.used / tenant.threshold;
        out.tenantSampledAt = tenant.at;
      }
      return out;
    },
  };
}
