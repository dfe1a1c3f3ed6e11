// The Autotask API budget's memory (lib/autotask/budget.ts), kept in IndexedDB so a restarted
// service worker still knows what it spent this hour. Calls are counted per minute (db.apiCalls),
// which bounds the table at 60 rows per service whatever the call rate; a call is then dated at the
// start of its minute, which can only make the rolling hour end up to a minute early — never late.
import type { BudgetStore, TenantSample } from '../../lib/autotask/budget';
import { db } from '../../lib/db/db';

const SERVICE = 'autotask';
const MINUTE_MS = 60_000;
const TENANT_KEY = 'autotask.tenantSample';

export const budgetStore: BudgetStore = {
  async loadCalls() {
    const buckets = await db.apiCalls
      .where('[service+minute]')
      .between([SERVICE, 0], [SERVICE, Infinity])
      .toArray();
    return buckets.flatMap((b) => Array.from({ length: b.count }, () => b.minute * MINUTE_MS));
  },
  async addCall(at) {
    const minute = Math.floor(at / MINUTE_MS);
    await db.transaction('rw', db.apiCalls, async () => {
      const bucket = await db.apiCalls.get([SERVICE, minute]);
      await db.apiCalls.put({ service: SERVICE, minute, count: (bucket?.count ?? 0) + 1 });
    });
  },
  async pruneCalls(before) {
    const minute = Math.floor(before / MINUTE_MS);
    await db.apiCalls.where('[service+minute]').between([SERVICE, 0], [SERVICE, minute]).delete();
  },
  async loadTenant() {
    return (await db.meta.get(TENANT_KEY))?.value as TenantSample | undefined;
  },
  async saveTenant(sample) {
    await db.meta.put({ key: TENANT_KEY, value: sample });
  },
};
