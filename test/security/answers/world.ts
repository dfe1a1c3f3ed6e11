// The world the malformed-answer corpus runs in (issue 7 §3): both simulators, the production
// client factories on top of them, and a tamper point between the two that swaps one answer for a
// generated malformed one. Fakes, not mocks: every other request is served by the simulators.
import { createAutotaskClient } from '../../../lib/autotask/client';
import type { AutotaskClient } from '../../../lib/autotask/types';
import { createDistributorAdapter } from '../../../lib/distributor/index';
import type { DistributorAdapter } from '../../../lib/distributor/adapter';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import type { AutotaskSim } from '../../sandbox/autotask/index';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';

/** A recorded answer: what the simulator really sent for one request. */
export interface Recorded {
  status: number;
  contentType: string;
  text: string;
}

/** Replaces the answer to the first request `match` accepts (then steps aside). */
export interface Tamper {
  match(req: Request, body: string): boolean;
  answer(original: Recorded): Recorded;
}

export interface World {
  autotaskSim: AutotaskSim;
  tdsynnexSim: ReturnType<typeof createTdSynnexSim>;
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  /** Set before a call; `tampered` says whether it was used. */
  tamper?: Tamper;
  tampered: number;
  /** Every answer seen, by `METHOD path`, for recording. */
  seen: Map<string, Recorded>;
}

export const endpointOf = (req: Request): string => {
  const url = new URL(req.url);
  return `${req.method} ${url.host}${url.pathname}`;
};

async function read(res: Response): Promise<Recorded> {
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

export function createWorld(): World {
  const autotaskSim = createAutotaskSim({ seed: 'demo' });
  const tdsynnexSim = createTdSynnexSim({ catalogueSize: 200 });
  const world = { autotaskSim, tdsynnexSim, tampered: 0, seen: new Map() } as unknown as World;

  const through =
    (serve: (req: Request) => Promise<Response>) =>
    async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const req = new Request(input, init);
      const body = req.method === 'GET' ? '' : await req.clone().text();
      const original = await read(await serve(req));
      world.seen.set(endpointOf(req), original);
      let answer = original;
      if (world.tamper?.match(req, body)) {
        answer = world.tamper.answer(original);
        world.tamper = undefined;
        world.tampered += 1;
      }
      const headers = answer.contentType ? { 'content-type': answer.contentType } : undefined;
      return new Response(answer.text, { status: answer.status, headers });
    };

  // Retries of reads wait no real time here.
  const deps = { sleep: async () => {}, random: () => 0.5 };
  world.autotask = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: through((req) => autotaskSim.fetch(req)) as typeof fetch,
    ...deps,
  });
  world.distributor = createDistributorAdapter(
    'tdsynnex',
    {
      customerNo: DEMO_TDSYNNEX_ACCOUNT.customerNo,
      userId: DEMO_TDSYNNEX_ACCOUNT.userId,
      password: DEMO_TDSYNNEX_ACCOUNT.password,
      region: 'US',
      environment: 'production',
    },
    { fetch: through((req) => tdsynnexSim.fetch(req)), ...deps },
  );
  return world;
}

/** Requests that changed something at Autotask (everything but reads and queries). */
export function autotaskWrites(sim: AutotaskSim): string[] {
  return sim.requests
    .filter((r) => r.method !== 'GET' && !/\/query(\/|$)/i.test(new URL(r.url).pathname))
    .map((r) => `${r.method} ${new URL(r.url).pathname}`);
}
