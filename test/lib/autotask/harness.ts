// Shared set-up for the Autotask client tests: the demo simulator, a client on it, and small fakes
// that sit between the two (a flaky network, a response rewriter) — fakes, not mocks.
import { createAutotaskClient } from '../../../lib/autotask/client';
import type { AutotaskClientOptions } from '../../../lib/autotask/client';
import type { AppError } from '../../../lib/errors/app-error';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import type { AutotaskSim } from '../../sandbox/autotask/index';

export { DEMO };

export const credentials = {
  userName: DEMO.userName,
  secret: DEMO.secret,
  integrationCode: DEMO.integrationCode,
};

export function demo(): AutotaskSim {
  return createAutotaskSim({ seed: 'demo' });
}

export function clientFor(
  fetch: (req: Request) => Promise<Response>,
  extra: Partial<AutotaskClientOptions> = {},
): ReturnType<typeof createAutotaskClient> {
  return createAutotaskClient({ credentials, fetch: fetch as typeof globalThis.fetch, ...extra });
}

/** Requests the simulator received, as `METHOD path?query` (host dropped unless `withHost`). */
export function seen(sim: AutotaskSim, withHost = false): string[] {
  return sim.requests.map((r) => {
    const url = new URL(r.url);
    return `${r.method} ${withHost ? url.host : ''}${url.pathname}`;
  });
}

export function recordingSleep(onSleep?: (ms: number) => void) {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms: number) => {
      delays.push(ms);
      onSleep?.(ms);
    },
  };
}

/** Passes requests through after failing the first `drops` like a lost connection. */
export function flaky(fetch: (req: Request) => Promise<Response>, drops: number) {
  let left = drops;
  return async (req: Request) => {
    if (left > 0) {
      left -= 1;
      throw new TypeError('fetch failed');
    }
    return fetch(req);
  };
}

/** Lets `rewrite` change the JSON body of answers from the simulator. */
export function rewriting(
  fetch: (req: Request) => Promise<Response>,
  rewrite: (body: unknown, req: Request) => unknown,
) {
  return async (req: Request) => {
    const res = await fetch(req);
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return new Response(text, { status: res.status, headers: res.headers });
    }
    return new Response(JSON.stringify(rewrite(body, req)), { status: res.status, headers: res.headers });
  };
}

export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the call to fail');
}
