// What one Product Sync run may still spend (issue 4 §2): its per-run cap over a rolling hour, and
// the tenant's headroom below 50 % of its threshold (issue 2 §2; API.md §3). `gate` is asked before
// a page starts; `reserve` claims the exact writes of a page just before they are sent, so pages
// that overlap can never together go past the cap.
import type { AutotaskClient } from '../autotask/types';
import { AppError } from '../errors/app-error';
import type { CallCounter } from './calls';
import { CAP_WINDOW_MS, TENANT_SAMPLE_MS, TENANT_SHARE_MAX, TENANT_WAIT_MS } from './limits';

export interface Pause {
  resumeAfterMs: number;
  reason: string;
}

export interface RunBudget {
  /** Our calls in the last hour, earlier segments of this run included (epoch ms, oldest first). */
  recentCalls(): number[];
  gate(estimate: number): Promise<Pause | undefined>;
  /** Throws a pause (AppError 'throttled', code 'run-cap') when `writes` do not fit; returns the release. */
  reserve(writes: number): () => void;
}

export function createRunBudget(options: {
  autotask: AutotaskClient;
  counter: CallCounter;
  runCap: number;
  earlierCalls: readonly number[];
  now(): number;
  signal: AbortSignal;
}): RunBudget {
  const { autotask, counter, runCap, now } = options;
  let reserved = 0;
  let sample: { at: number; used: number; threshold: number; ours: number } | undefined;

  const recentCalls = () => {
    const since = now() - CAP_WINDOW_MS;
    return [...options.earlierCalls, ...counter.at].filter((t) => t > since);
  };
  const capPause = (recent: number[]): Pause => {
    const at = now();
    return {
      resumeAfterMs: Math.max(1_000, (recent[0] ?? at) + CAP_WINDOW_MS - at),
      reason: `Paused at the per-run cap of ${runCap} Autotask calls per hour; it continues later.`,
    };
  };

  return {
    recentCalls,
    async gate(estimate) {
      const recent = recentCalls();
      if (recent.length + reserved + estimate > runCap) return capPause(recent);
      const at = now();
      if (!sample) {
        // The engine's budget gate read the tenant's use just before the run started: take that.
        const last = autotask.lastThreshold?.();
        if (last && at >= last.at && at - last.at < TENANT_SAMPLE_MS) {
          sample = {
            at: last.at,
            used: last.info.currentTimeframeRequestCount,
            threshold: last.info.externalRequestThreshold,
            ours: counter.total,
          };
        }
      }
      if (!sample || at - sample.at >= TENANT_SAMPLE_MS) {
        const info = await autotask.threshold(options.signal);
        sample = {
          at,
          used: info.currentTimeframeRequestCount,
          threshold: info.externalRequestThreshold,
          ours: counter.total,
        };
      }
      // The tenant's measured use plus what we have sent since, plus this page: never past 50 %.
      const projected = sample.used + (counter.total - sample.ours) + estimate;
      if (projected > TENANT_SHARE_MAX * sample.threshold) {
        return {
          resumeAfterMs: TENANT_WAIT_MS,
          reason: `Paused: the Autotask tenant is near ${Math.round(TENANT_SHARE_MAX * 100)} % of its hourly threshold; it continues later.`,
        };
      }
      return undefined;
    },
    reserve(writes) {
      if (writes === 0) return () => {};
      const recent = recentCalls();
      if (recent.length + reserved + writes > runCap) {
        const pause = capPause(recent);
        throw new AppError({
          kind: 'throttled',
          service: 'extension',
          status: 0,
          code: 'run-cap',
          message: pause.reason,
          retryAfterMs: pause.resumeAfterMs,
        });
      }
      reserved += writes;
      return () => void (reserved -= writes);
    },
  };
}
