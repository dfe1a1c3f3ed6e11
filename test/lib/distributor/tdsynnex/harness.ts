// Shared set-up for the adapter tests: the TD SYNNEX simulator in-process, the real HTTP policy
// (lib/http/policy.ts) with the TD SYNNEX classifier, and the adapter on top — no mocks.
import { createHttp } from '../../../../lib/http/policy';
import type { HttpSend } from '../../../../lib/http/types';
import { createTdSynnexAdapter } from '../../../../lib/distributor/tdsynnex/adapter';
import type { TdSynnexAdapterOptions } from '../../../../lib/distributor/tdsynnex/adapter';
import { classifyTdSynnexResponse } from '../../../../lib/distributor/tdsynnex/classify';
import type { OrderRequest } from '../../../../lib/distributor/adapter';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../../sandbox/tdsynnex/index';
import type { TdSynnexSimOptions } from '../../../sandbox/tdsynnex/index';

export const DEMO_PASSWORD = DEMO_TDSYNNEX_ACCOUNT.password;

export interface Harness {
  sim: ReturnType<typeof createTdSynnexSim>;
  adapter: ReturnType<typeof createTdSynnexAdapter>;
  /** Requests in flight at the simulator right now, and the most ever seen. */
  traffic: { inFlight: number; peak: number };
}

export function setup(
  options: { sim?: TdSynnexSimOptions; adapter?: Partial<TdSynnexAdapterOptions> } = {},
): Harness {
  const sim = createTdSynnexSim({ catalogueSize: 500, ...options.sim });
  const traffic = { inFlight: 0, peak: 0 };
  const countingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    traffic.inFlight += 1;
    traffic.peak = Math.max(traffic.peak, traffic.inFlight);
    try {
      return await sim.fetch(new Request(input, init));
    } finally {
      traffic.inFlight -= 1;
    }
  };
  // Retries of reads wait no real time in tests.
  const send: HttpSend = createHttp({
    fetch: countingFetch as typeof fetch,
    classify: classifyTdSynnexResponse,
    sleep: async () => {},
    random: () => 0.5,
  });
  const adapter = createTdSynnexAdapter({
    customerNo: DEMO_TDSYNNEX_ACCOUNT.customerNo,
    userId: DEMO_TDSYNNEX_ACCOUNT.userId,
    password: DEMO_PASSWORD,
    region: 'US',
    environment: 'production',
    send,
    ...options.adapter,
  });
  return { sim, adapter, traffic };
}

/** The team brief's demo PO 1042, ship-to "Smith & Sons <HQ>", lines 5432101–5432103. */
export function demoOrder(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    poNumber: 'AT684213-1042',
    shipTo: {
      name: 'Smith & Sons <HQ>',
      address1: '12 Main St "Suite 4"',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      country: 'US',
      contactName: "Pat O'Brien",
      phone: '+1 217 555 0100',
      email: 'pat@smith-sons.example',
    },
    allowBackorder: true,
    lines: [
      { lineNumber: 1, distributorSku: '5432101', quantity: 2, unitPrice: 1043.17 },
      { lineNumber: 2, distributorSku: '5432102', quantity: 1 },
      { lineNumber: 3, distributorSku: '5432103', quantity: 3 },
    ],
    ...overrides,
  };
}

/** Runs `work` and returns what it threw (the test fails if nothing was thrown). */
export async function caught(work: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await work();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a failure, but the call succeeded');
}
