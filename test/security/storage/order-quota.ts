// A full disk during an order submission (issue 7 §4): the outbox write that fails is the Nth
// mutation of the outbox table; everything before it succeeded. Used by storage.security.ts.
import type { DBCore } from 'dexie';
import { createDistributorAdapter } from '../../../lib/distributor/index';
import { BridgeDb } from '../../../lib/db/db';
import { dexieOutbox } from '../../../lib/db/dexie-outbox';
import type { NewOrderRecord } from '../../../lib/orders/outbox';
import { createSubmitter } from '../../../lib/orders/submit';
import { createTdSynnexSim, DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/index';

/** Every outbox write after the first `okWrites` fails like an exhausted quota, until `free()`. */
export function diskFullAfter(table: string, okWrites: number) {
  let left = okWrites;
  let full = true;
  return {
    free: () => void (full = false),
    middleware: {
      stack: 'dbcore' as const,
      name: `full-after-${table}`,
      create: (down: DBCore) => ({
        ...down,
        table: (name: string) => {
          const t = down.table(name);
          if (name !== table) return t;
          return {
            ...t,
            mutate: (req: Parameters<typeof t.mutate>[0]) => {
              if (full && left-- <= 0)
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              return t.mutate(req);
            },
          };
        },
      }),
    },
  };
}

export const ORDER: NewOrderRecord = {
  poNumber: 'AT684213-1042',
  poId: 1042,
  tenantId: 684213,
  attempt: 1,
  origin: 'manual',
  allowBackorder: true,
  shipTo: {
    name: 'Smith & Sons <HQ>',
    address1: '12 Market Street',
    city: 'Hartford',
    state: 'CT',
    postalCode: '06103',
    country: 'US',
  },
  lines: [
    { itemId: 3001, sku: '5432101', quantity: 2 },
    { itemId: 3002, sku: '5432102', quantity: 2 },
    { itemId: 3003, sku: '5432103', quantity: 1 },
  ],
};

export function orderQuotaWorld(okWrites: number) {
  const tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  const db = new BridgeDb(`order-quota-${okWrites}-${Math.random()}`);
  const disk = diskFullAfter('outbox', okWrites);
  db.use(disk.middleware);
  const outbox = dexieOutbox(db);
  const distributor = createDistributorAdapter(
    'tdsynnex',
    { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
    { fetch: (req: Request) => tdsynnex.fetch(req), sleep: async () => {}, random: () => 0.5 },
  );
  let clock = Date.UTC(2026, 10, 25, 12);
  const submitter = createSubmitter({ outbox, distributor, now: () => (clock += 1_000) });
  return { tdsynnex, db, outbox, submitter, disk, advanceClock: (ms: number) => void (clock += ms) };
}
