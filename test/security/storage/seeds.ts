// Data written at each shipped schema version, and what must still be true of it after any later
// upgrade. A new schema version adds ONE entry to SEEDS (its own rows) — the harness opens every
// earlier version with its seed and upgrades it to the newest (issue 7 §4).
import type { BridgeDb } from '../../../lib/db/db';

export interface Seed {
  /** Writes rows through a database opened at exactly this version. */
  write(db: BridgeDb): Promise<void>;
}

const ORDER = {
  poNumber: 'AT684213-1042',
  poId: 1042,
  tenantId: 684213,
  state: 'submitting' as const,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  lines: [{ itemId: 1, sku: '5432101', quantity: 2 }],
};

export const SEEDS: Record<number, Seed> = {
  1: {
    async write(db) {
      await db.outbox.put(ORDER);
      await db.skuState.bulkPut(
        Array.from({ length: 50 }, (_, i) => ({
          sku: String(5432101 + i),
          productId: 71 + i,
          status: 'synced' as const,
        })),
      );
      const entryId = await db.activity.add({
        at: 1_700_000_000_000,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'partial',
        summary: '50 products synced, 1 failed',
        keys: ['5432101'],
        itemCount: 1,
      });
      await db.activityItems.add({
        entryId,
        key: '5432101',
        label: '5432101',
        outcome: 'failed',
        message: 'No price',
      });
      await db.runs.put({ templateId: 'product-sync', state: 'idle', checkpoint: { page: 3 } });
      await db.secrets.put({
        name: 'autotask',
        v: 1,
        iv: new Uint8Array([1, 2, 3]),
        data: new Uint8Array([4, 5, 6]),
      });
      await db.meta.put({ key: 'schema-test', value: 1 });
      await db.apiCalls.put({ service: 'autotask', minute: 28_333_333, count: 7 });
    },
  },
};

/** Every row of every table, for a before/after comparison. */
export async function snapshot(db: BridgeDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
