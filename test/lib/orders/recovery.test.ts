// Interrupted submissions settle on their own, without anyone opening the PO (issue 3 §3): the
// worker's start-up pass adopts an order TD SYNNEX has, and re-checks a NOTFOUND one later by alarm —
// never by sending it again.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAutotaskClient } from '../../../lib/autotask/client';
import { createDistributorAdapter } from '../../../lib/distributor';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { createOutbox } from '../../../lib/orders/outbox';
import { OUTBOX_RECOVERY_ALARM, recoverOutbox } from '../../../lib/orders/recovery';
import { NOTFOUND_RECHECK_MS } from '../../../lib/orders/constants';
import type { SyncServices } from '../../../lib/sync/services';
import { createAutotaskSim } from '../../sandbox/autotask';
import { createTdSynnexSim } from '../../sandbox/tdsynnex';
import { DEMO_TDSYNNEX_ACCOUNT } from '../../sandbox/tdsynnex/accounts';
import { freshDb } from '../db/fresh-db';
import { DEMO, DEMO_SKUS, PO_ID, PO_NUMBER } from './world';

const shipTo = {
  name: 'Smith & Sons <HQ>',
  address1: '12 Main St',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  country: 'US',
};

function world() {
  const autotask = createAutotaskSim({ seed: 'demo' });
  const tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  const client = createAutotaskClient({
    credentials: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    fetch: autotask.fetch as typeof fetch,
  });
  const distributor = createDistributorAdapter(
    DISTRIBUTORS[0]!.id,
    { ...DEMO_TDSYNNEX_ACCOUNT, region: 'US', environment: 'production' },
    { fetch: tdsynnex.fetch as typeof fetch, sleep: async () => {}, random: () => 0.5 },
  );
  const services: SyncServices = {
    autotask: async () => client,
    distributor: async () => distributor,
    distributorVendors: async () =>
      DISTRIBUTORS.map(({ id }, i) =>
        i === 0
          ? { id, vendorId: DEMO.tdSynnexVendorId, connected: true }
          : { id, vendorId: undefined, connected: false },
      ),
    beginWork: async () => {},
  };
  return { tdsynnex, distributor, services };
}

const lines = DEMO_SKUS.map((sku, i) => ({ itemId: i + 1, sku, quantity: 1 }));

async function unknownRecord() {
  const outbox = createOutbox();
  await outbox.addIntent(
    {
      poNumber: PO_NUMBER,
      poId: PO_ID,
      tenantId: DEMO.ci,
      lines,
      attempt: 1,
      shipTo,
      allowBackorder: true,
      origin: 'manual',
    },
    Date.now(),
  );
  await outbox.transition(PO_NUMBER, ['intent'], { state: 'unknown' }, Date.now());
  return outbox;
}

beforeEach(freshDb);

describe('outbox recovery at worker start', () => {
  it('adopts an order TD SYNNEX created although the answer was lost, and sends nothing', async () => {
    const { tdsynnex, distributor, services } = world();
    // The order reached TD SYNNEX; the worker died before it learned the answer.
    await distributor.submitOrder({
      poNumber: PO_NUMBER,
      shipTo,
      allowBackorder: true,
      lines: lines.map((l, i) => ({ lineNumber: i + 1, distributorSku: l.sku, quantity: l.quantity })),
    });
    const outbox = await unknownRecord();

    expect(await recoverOutbox(services)).toBe(0);
    expect((await outbox.get(PO_NUMBER))?.state).toBe('accepted');
    expect(tdsynnex.orders.filter((o) => o.poNumber === PO_NUMBER)).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(OUTBOX_RECOVERY_ALARM)).toBeUndefined();
  });

  it('keeps a NOTFOUND record open and comes back after the re-check delay instead of resending', async () => {
    const { tdsynnex, services } = world();
    const outbox = await unknownRecord();
    const before = Date.now();

    expect(await recoverOutbox(services)).toBe(1);
    expect((await outbox.get(PO_NUMBER))?.state).toBe('unknown');
    expect(tdsynnex.orders).toHaveLength(0);
    const alarm = await fakeBrowser.alarms.get(OUTBOX_RECOVERY_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + NOTFOUND_RECHECK_MS);
  });

  it('does nothing and sets no alarm when the outbox holds nothing open', async () => {
    const { services } = world();
    expect(await recoverOutbox(services)).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
