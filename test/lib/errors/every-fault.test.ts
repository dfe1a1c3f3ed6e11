// Issue 10 §4: every fault the two simulators can produce reaches the user as its own hint — never
// the generic "Something went wrong", never a raw code. The knobs are enumerated from the
// simulators' own knob objects, so a knob added there without a row here fails this test.
// Pipeline: simulator → real HTTP policy and client (Autotask client, TD SYNNEX adapter) → the
// service code that turns answers into errors → hintFor (what ErrorHint shows).
import { describe, expect, it } from 'vitest';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { ERROR_KINDS } from '../../../lib/errors/app-error';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { FALLBACK_HINT_ID, HINT_CODES } from '../../../lib/hints/catalogue';
import { hintFor, HINTS } from '../../../lib/hints/hints';
import { getPurchaseOrderView } from '../../../lib/orders/purchase-order-view';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import type { AutotaskKnobs, AutotaskSim } from '../../sandbox/autotask/index';
import type { FaultKnobs } from '../../sandbox/tdsynnex/faults';
import { demoOrder, setup } from '../distributor/tdsynnex/harness';
import type { Harness } from '../distributor/tdsynnex/harness';

/** The demo tenant's TD SYNNEX vendor company, as lib/sync/services.ts lists the distributors. */
const VENDORS = [{ id: 'tdsynnex', vendorId: DEMO.tdSynnexVendorId, connected: true }];

/** What ErrorHint puts on screen for an error: title, cause, resolution, details. */
function shown(error: AppErrorData): { hintId: string; text: string } {
  const hint = hintFor(error);
  return { hintId: hint.id, text: [hint.title, hint.cause, hint.resolution, error.message].join('\n') };
}

/** Words only our code uses: hint codes and ids, error kinds, outcome ids, the error's own code. */
const RAW_CODES = [
  ...Object.values(HINT_CODES),
  ...HINTS.map((h) => h.id),
  ...ERROR_KINDS.filter((k) => k.includes('-')),
  'not-ordered',
  'already-ordered',
  'wrong-vendor',
  'wrong-status',
];

/** Raw codes on screen: whole words of RAW_CODES, or the error's machine code. */
function rawCodes(text: string, error: AppErrorData): string[] {
  const codes = [
    ...RAW_CODES.filter((c) => c.includes('-')),
    ...(error.code && /[-_]/.test(error.code) ? [error.code] : []),
  ];
  return codes.filter((c) => new RegExp(`(^|[^\\w-])${c}($|[^\\w-])`, 'i').test(text));
}

async function failureOf(work: () => Promise<unknown>): Promise<AppErrorData | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return JSON.parse(JSON.stringify(error)) as AppErrorData;
  }
}

function expectTruthful(error: AppErrorData | undefined, label: string) {
  expect(error, `${label}: expected a failure the user sees`).toBeDefined();
  const { hintId, text } = shown(error!);
  expect(hintId, `${label} reaches the user as "Something went wrong": ${error!.message}`).not.toBe(
    FALLBACK_HINT_ID,
  );
  expect(rawCodes(text, error!), `${label}: raw codes on screen in\n${text}`).toEqual([]);
  return hintId;
}

// ───────────────────────── Autotask ─────────────────────────

type AutotaskScenario = (sim: AutotaskSim) => void;

/** One fault setting per Autotask knob; `undefined` marks a knob that cannot fail a call by itself. */
const AUTOTASK_KNOBS: Record<keyof AutotaskKnobs, AutotaskScenario | undefined> = {
  threshold: (sim) => {
    sim.knobs.threshold = 1;
  },
  // Latency slows calls but answers them: no failure for the user to read.
  latencyMs: undefined,
  latencyAt50Ms: undefined,
  latencyAt75Ms: undefined,
  maxConcurrentPerEntity: (sim) => {
    sim.knobs.maxConcurrentPerEntity = 0;
  },
  threadLimitStatus: (sim) => {
    sim.knobs.maxConcurrentPerEntity = 0;
    sim.knobs.threadLimitStatus = 500;
  },
  forbidden: (sim) => {
    sim.knobs.forbidden.add('PurchaseOrders');
  },
  emptyRows: (sim) => {
    sim.knobs.emptyRows.add('PurchaseOrders');
  },
  // Costs read as blank: a warning in Product Sync (test/lib/products), not a failed call.
  noCosts: undefined,
  access: (sim) => {
    sim.knobs.access = { PurchaseOrders: { query: 'None' } };
  },
};

/** Faults the simulator produces through its methods or its users rather than its knobs. */
const AUTOTASK_EVENTS: Record<string, AutotaskScenario> = {
  'the secret was changed (401)': (sim) => {
    const user = sim.db.users.get(DEMO.userName.toLowerCase());
    if (user) user.secret = 'changed';
  },
  'the API user was deleted': (sim) => {
    sim.db.users.delete(DEMO.userName.toLowerCase());
  },
};

function autotaskClient(sim: AutotaskSim) {
  return createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: sim.fetch as typeof fetch,
    sleep: async () => {},
    random: () => 0.5,
  });
}

async function readPurchaseOrder(sim: AutotaskSim) {
  const client = autotaskClient(sim);
  await client.zone();
  return failureOf(() => getPurchaseOrderView(DEMO.purchaseOrders.new, { client, vendors: VENDORS }));
}

describe('every Autotask simulator fault reaches the user as a truthful hint', () => {
  it('has a row for every knob of the simulator', () => {
    const knobs = Object.keys(createAutotaskSim({ seed: 'demo' }).knobs).sort();
    expect(Object.keys(AUTOTASK_KNOBS).sort()).toEqual(knobs);
  });

  const rows = [
    ...Object.entries(AUTOTASK_KNOBS)
      .filter((row): row is [string, AutotaskScenario] => row[1] !== undefined)
      .map(([knob, apply]) => [`knob ${knob}`, apply] as const),
    ...Object.entries(AUTOTASK_EVENTS),
  ];

  it.each(rows)('%s', async (label, apply) => {
    const sim = createAutotaskSim({ seed: 'demo' });
    // Zone discovery first, as a connected extension has it; then the fault.
    const client = autotaskClient(sim);
    await client.zone();
    apply(sim);
    const error = await failureOf(() =>
      getPurchaseOrderView(DEMO.purchaseOrders.new, { client, vendors: VENDORS }),
    );
    expectTruthful(error, label);
  });

  it('follows a tenant moved to another zone without a failure to show', async () => {
    const sim = createAutotaskSim({ seed: 'demo' });
    const client = autotaskClient(sim);
    await client.zone();
    sim.moveTenant(DEMO.ci, 5);
    expect(
      await failureOf(() => getPurchaseOrderView(DEMO.purchaseOrders.new, { client, vendors: VENDORS })),
    ).toBeUndefined();
  });

  it('records hidden by the security level read as hidden records, not as 403 or "went wrong"', async () => {
    const sim = createAutotaskSim({ seed: 'demo' });
    sim.knobs.emptyRows.add('PurchaseOrders');
    const error = await readPurchaseOrder(sim);
    expect(expectTruthful(error, 'emptyRows')).toBe('autotask-hidden-records');
  });
});

// ───────────────────────── TD SYNNEX ─────────────────────────

type Operation = 'price' | 'order' | 'status';
const OPERATIONS: Operation[] = ['price', 'order', 'status'];

function call(h: Harness, operation: Operation) {
  if (operation === 'price') return h.adapter.priceAvailability([{ distributorSku: '5432101' }]);
  if (operation === 'order') return h.adapter.submitOrder(demoOrder());
  return h.adapter.orderStatus('AT684213-1042');
}

type FaultKnob = Exclude<keyof FaultKnobs, 'clear'>;

/** Each fault knob, armed for the next request of one operation (enough count to outlast retries). */
const TDSYNNEX_FAULTS: Record<FaultKnob, (faults: FaultKnobs, op: Operation) => void> = {
  failNext: (f, op) => f.failNext(10, 503, op),
  htmlNext: (f, op) => f.htmlNext(10, op),
  malformedNext: (f, op) => f.malformedNext(10, op),
  wrongContentTypeNext: (f, op) => f.wrongContentTypeNext(10, 'text/plain', op),
  rewriteNext: (f, op) => f.rewriteNext(10, (xml) => xml.replace(/<\/?[A-Za-z]+Response\b[^>]*>/g, ''), op),
  dropNext: (f, op) => f.dropNext(10, op),
};

/** Other server statuses the failNext knob can answer with. */
const SERVER_STATUSES = [500, 502, 503] as const;

describe('every TD SYNNEX simulator fault reaches the user as a truthful hint', () => {
  it('has a row for every fault knob of the simulator', () => {
    const knobs = Object.keys(setup().sim.faults)
      .filter((k) => k !== 'clear' && k !== 'take')
      .sort();
    expect(Object.keys(TDSYNNEX_FAULTS).sort()).toEqual(knobs);
  });

  const rows = Object.entries(TDSYNNEX_FAULTS).flatMap(([knob, arm]) =>
    OPERATIONS.map((op) => [`${knob} on ${op}`, arm, op] as const),
  );

  it.each(rows)('%s', async (label, arm, op) => {
    const h = setup();
    arm(h.sim.faults, op);
    expectTruthful(await failureOf(() => call(h, op)), label);
  });

  it.each(SERVER_STATUSES)(
    'HTTP %i reads "TD SYNNEX is unavailable", not a network problem',
    async (status) => {
      const h = setup();
      h.sim.faults.failNext(10, status, 'price');
      const error = await failureOf(() => call(h, 'price'));
      expect(expectTruthful(error, `HTTP ${status}`)).toBe('distributor-unavailable');
      expect(shown(error!).text).toMatch(/TD SYNNEX is unavailable/);
      expect(shown(error!).text).not.toMatch(/internet connection/i);
    },
  );

  it('a maintenance page reads "TD SYNNEX is unavailable"', async () => {
    const h = setup();
    h.sim.faults.htmlNext(10, 'price');
    const error = await failureOf(() => call(h, 'price'));
    expect(expectTruthful(error, 'maintenance page')).toBe('distributor-unavailable');
  });

  it('a wrong password reads as the TD SYNNEX login', async () => {
    const h = setup({ adapter: { password: 'wrong' } });
    const error = await failureOf(() => call(h, 'price'));
    expect(expectTruthful(error, 'wrong password')).toBe('tdsynnex-login');
  });
});
