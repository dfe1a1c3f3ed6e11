// The Autotask API budget's memory (lib/autotask/budget.ts) in IndexedDB, so a restarted service
// worker still knows what it spent this hour: per-minute buckets in `apiCalls`, the tenant sample
// in `meta` (layout: lib/autotask/budget-buckets.ts).
import type { BudgetStore, TenantSample } from '../autotask/budget';
import { BUDGET_SERVICE, TENANT_SAMPLE_KEY, callTimes, minuteOf } from '../autotask/budget-buckets';
import type { BridgeDb } from './db';

export function dexieBudget(db: BridgeDb): BudgetStore {
  return {
    async loadCalls() {
      const buckets = await db.apiCalls
        .where('[service+minute]')
        .between([BUDGET_SERVICE, 0], [BUDGET_SERVICE, Infinity])
        .toArray();
      return callTimes(buckets);
    },
    async addCall(at) {
      const minute = minuteOf(at);
      await db.transaction('rw', db.apiCalls, async () => {
        const bucket = await db.apiCalls.get([BUDGET_SERVICE, minute]);
        await db.apiCalls.put({ service: BUDGET_SERVICE, minute, count: (bucket?.count ?? 0) + 1 });
      });
    },
    async pruneCalls(before) {
      await db.apiCalls
        .where('[service+minute]')
        .between([BUDGET_SERVICE, 0], [BUDGET_SERVICE, minuteOf(before)])
        .delete();
    },
    async loadTenant() {
      return (await db.meta.get(TENANT_SAMPLE_KEY))?.value as TenantSample | undefined;
    },
    async saveTenant(sample) {
      await db.meta.put({ key: TENANT_SAMPLE_KEY, value: sample });
    },
  };
}
