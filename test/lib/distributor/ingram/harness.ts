// Shared set-up for the Ingram adapter tests: the Ingram simulator in-process, the real HTTP policy
// (lib/http/policy.ts) with the Ingram classifier, and the adapter on top — no mocks. The policy's
// sleeps are recorded, not waited, so a Retry-After can be checked without real time passing.
import { createHttp } from '../../../../lib/http/policy';
import type { HttpSend } from '../../../../lib/http/types';
import type { OrderRequest } from '../../../../lib/distributor/adapter';
import { createIngramAdapter } from '../../../../lib/distributor/ingram/adapter';
import type { IngramAdapterOptions } from '../../../../lib/distributor/ingram/adapter';
import { classifyIngramResponse } from '../../../../lib/distributor/ingram/classify';
import { isIngramUrl } from '../../../../lib/distributor/ingram/hosts';
import { createIngramSim, DEMO_INGRAM_ACCOUNT, ingramPartNumberFor } from '../../../sandbox/ingram/index';
import type { IngramSim, IngramSimOptions } from '../../../sandbox/ingram/index';

export const DEMO_SECRET = DEMO_INGRAM_ACCOUNT.clientSecret;

export interface Harness {
  sim: IngramSim;
  adapter: ReturnType<typeof createIngramAdapter>;
  /** Every delay the policy asked to wait, in ms. */
  sleeps: number[];
}

export interface SetupOptions {
  sim?: IngramSimOptions;
  adapter?: Partial<IngramAdapterOptions>;
  /** Spoils the simulator's answer body on its way back (a transport-level fault for one test). */
  rewrite?: (url: string, body: string) => string;
}

export function setup(options: SetupOptions = {}): Harness {
  const sim = createIngramSim({ catalogueSize: 500, ...options.sim });
  const sleeps: number[] = [];
  const { rewrite } = options;
  const transport = async (req: Request): Promise<Response> => {
    const res = await sim.fetch(req);
    if (!rewrite || res.status === 204) return res;
    return new Response(rewrite(req.url, await res.text()), { status: res.status, headers: res.headers });
  };
  const send: HttpSend = createHttp({
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      transport(new Request(input, init))) as typeof fetch,
    classify: classifyIngramResponse,
    isAllowedUrl: isIngramUrl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });
  const adapter = createIngramAdapter({
    clientId: DEMO_INGRAM_ACCOUNT.clientId,
    clientSecret: DEMO_SECRET,
    customerNumber: DEMO_INGRAM_ACCOUNT.customerNumber,
    countryCode: DEMO_INGRAM_ACCOUNT.countryCode,
    environment: 'sandbox',
    senderId: 'AutotaskBridge',
    send,
    now: sim.now,
    ...options.adapter,
  });
  return { sim, adapter, sleeps };
}

/** Ingram part numbers of the TD SYNNEX demo products 5432101… */
export const pn = (tdsynnexSku: string | number) => ingramPartNumberFor(String(tdsynnexSku));

export function demoOrder(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    poNumber: 'AT684213-1042',
    shipTo: {
      name: 'Smith & Sons HQ',
      address1: '12 Main St',
      address2: 'Suite 4',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      country: 'US',
      contactName: 'Pat Smith',
      phone: '5555550100',
      email: 'pat@smith.example',
    },
    shipMethod: 'RG',
    allowBackorder: true,
    comment: 'Deliver to reception',
    lines: [
      { lineNumber: 1, distributorSku: pn(5432101), quantity: 2, unitPrice: 1000 },
      { lineNumber: 2, distributorSku: pn(5432102), quantity: 1 },
      { lineNumber: 3, distributorSku: pn(5432103), quantity: 3 },
    ],
    ...overrides,
  };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function caught(run: () => Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await run();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

export const apiCalls = (sim: IngramSim, operation: string) =>
  sim.requests.filter((r) => r.operation === operation);
