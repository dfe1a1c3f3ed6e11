// Issue 11 §5: the malformed-answer battery on the status write-back and receiving readers the
// extension ships (lib/order-status/check-order.ts, write-back.ts, receiving.ts), driven through
// `Refresh status` as the background answers it. Each malformed Autotask answer must stop that
// order's write-back — no Autotask write after it — and leave a failed log item that says
// `malformed-response`. The control refresh with untouched answers writes status and receipts.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemsOf, recentEntries } from '../../../lib/log/activity-reads';
import { orderStatusHandlers } from '../../../lib/order-status/handlers';
import { updateTemplateSettings } from '../../../lib/sync/scheduler';
import { orderStatusTemplate } from '../../../lib/order-status/template';
import { confirmWindow } from '../../lib/confirm/confirm-sender';
import { HOUR, PO, STATUS, orderStatusWorld } from '../../lib/order-status/world';
import type { OrderStatusWorld } from '../../lib/order-status/world';
import { recordFigure } from '../figures';
import { bodyMutationsJson, fieldMutationsJson } from './mutations';
import type { Mutation } from './mutations';
import type { Recorded } from './world';

let world: OrderStatusWorld;
const fromWindow = confirmWindow({ action: 'status-refresh', poId: PO });
const tamper: { match?: (req: Request) => boolean; answer?: Mutation['answer']; served: number } = {
  served: 0,
};
/** Autotask writes (not GETs, not queries) the extension sent, in order. */
let writes: string[] = [];

beforeEach(async () => {
  world = await orderStatusWorld();
  await updateTemplateSettings(orderStatusTemplate, {
    enabled: true,
    receiving: 'when-shipped',
    // Received Partial/Full are set by receiving, not by an update (API.md §4.3).
    mapping: { PARTIALLY_SHIPPED: { kind: 'status', statusId: STATUS.submitted } },
  });
  await world.orderElsewhere();
  world.tdsynnex.advance(4 * HOUR);
  writes = [];
  tamper.served = 0;
  tamper.match = undefined;
  poGets.seen = 0;
  world.wire.autotaskFetch = async (req, next) => {
    const url = new URL(req.url);
    const res = await next(req);
    if (req.method !== 'GET' && !/\/query(\/|$)/i.test(url.pathname))
      writes.push(`${req.method} ${url.pathname}`);
    if (!tamper.match?.(req) || !tamper.answer) return res;
    const original: Recorded = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text: await res.text(),
    };
    const answer = tamper.answer(original);
    tamper.match = undefined;
    tamper.served += 1;
    const headers = answer.contentType ? { 'content-type': answer.contentType } : undefined;
    return new Response(answer.text, { status: answer.status, headers });
  };
});
afterEach(() => world.dispose());

const path = (req: Request) => new URL(req.url).pathname;
/** GETs of the PO seen in the current test. */
const poGets = { seen: 0 };

const ENDPOINTS: { endpoint: string; match: (req: Request) => boolean; mutations: Mutation[] }[] = [
  {
    endpoint: `GET PurchaseOrders/${PO} (status write-back)`,
    // The refresh reads the PO's vendor first (which distributor to ask); the write-back's read is the
    // second GET of the PO, the one this row tampers with.
    match: (req) =>
      req.method === 'GET' && new RegExp(`/PurchaseOrders/${PO}$`).test(path(req)) && ++poGets.seen > 1,
    mutations: [
      ...fieldMutationsJson(['item', 'id'], 'id'),
      ...fieldMutationsJson(['item', 'status'], 'id'),
      ...fieldMutationsJson(['item', 'generalMemo'], 'text?'),
    ],
  },
  {
    endpoint: 'POST PurchaseOrderItems/query (ETA, memo and receiving lines)',
    match: (req) => /\/PurchaseOrderItems\/query$/.test(path(req)),
    mutations: [
      ...fieldMutationsJson(['items', 0, 'id'], 'id'),
      ...fieldMutationsJson(['items', 0, 'quantity'], 'quantity'),
      ...fieldMutationsJson(['items', 0, 'productID'], 'id'),
      ...fieldMutationsJson(['items', 0, 'memo'], 'text?'),
      ...bodyMutationsJson(['items', 0], ['items']),
    ],
  },
  {
    endpoint: 'POST Products/query (serialised products, for receiving)',
    match: (req) => /\/Products\/query$/.test(path(req)),
    mutations: [...fieldMutationsJson(['items', 0, 'id'], 'id')],
  },
];

const tally = { tried: 0, rejected: 0 };
afterAll(() => {
  recordFigure('answers-status-reader', {
    label: 'Malformed answers → status write-back and receiving (real readers)',
    counts: { tried: tally.tried, rejected: tally.rejected, 'got through': tally.tried - tally.rejected },
    mustBeZero: ['got through'],
    minimums: { tried: 40 },
  });
});

/** Every error kind on the items of the entries logged by the refresh. */
async function loggedErrorKinds(): Promise<string[]> {
  const kinds: string[] = [];
  for (const entry of await recentEntries(10)) {
    if (entry.error?.kind) kinds.push(entry.error.kind);
    for (const item of await itemsOf(entry.id!)) if (item.error?.kind) kinds.push(item.error.kind);
  }
  return kinds;
}

describe('the status write-back and receiving readers', () => {
  it('write status and receipts from the untouched answers (control)', async () => {
    await orderStatusHandlers(world.services)['orderStatus.refresh']({ poId: PO }, fromWindow);
    expect(writes.some((w) => /PurchaseOrders/.test(w))).toBe(true);
    expect(world.receipts().length).toBeGreaterThan(0);
    expect(await loggedErrorKinds()).toEqual([]);
  });

  for (const { endpoint, match, mutations } of ENDPOINTS) {
    it.each(mutations.map((m) => [m.what, m] as const))(
      `${endpoint}: %s writes nothing and is logged as malformed`,
      async (_what, mutation) => {
        tally.tried += 1;
        let writesAtTamper = -1;
        tamper.match = (req) => {
          if (!match(req)) return false;
          writesAtTamper = writes.length;
          return true;
        };
        tamper.answer = mutation.answer;
        await orderStatusHandlers(world.services)['orderStatus.refresh']({ poId: PO }, fromWindow);
        expect(tamper.served, 'the tampered answer was served').toBe(1);
        expect(writes.slice(writesAtTamper), 'Autotask writes after the malformed answer').toEqual([]);
        expect(world.receipts()).toEqual([]);
        expect(await loggedErrorKinds()).toContain('malformed-response');
        tally.rejected += 1;
      },
    );
  }
});
