// The engine store's small tables over SQL (engine-store.ts): per-SKU state in batches, meta values,
// and the API budget's per-minute call counts. Same keys and values as the extension's IndexedDB
// (lib/db/dexie-store.ts): a SKU state's key is its `sku` as the engine wrote it (stateKey).
import { BUDGET_SERVICE, TENANT_SAMPLE_KEY, callTimes, minuteOf } from '../../lib/autotask/budget-buckets';
import type { BudgetStore, TenantSample } from '../../lib/autotask/budget';
import type { SkuState } from '../../lib/db/records';
import type { EngineStore } from '../../lib/host/store';
import { entries, fromRow, toColumns } from './columns';
import type { Queryable } from './driver';
import { SKU_STATE } from './tables';

type Q = () => Queryable;

export function sqlSkuStates(q: Q): EngineStore['skuState'] {
  const columns = entries(SKU_STATE).map(([, c]) => c);
  const names = ['key', ...columns.map((c) => c.name), 'extra'];
  const types = ['key text', ...columns.map((c) => `${c.name} ${c.kind}`), 'extra jsonb'].join(', ');
  const updates = names.filter((n) => n !== 'key').map((n) => `${n} = EXCLUDED.${n}`);
  return {
    async getMany(keys) {
      if (keys.length === 0) return [];
      const { rows } = await q().query('SELECT * FROM sku_state WHERE key = ANY($1::text[])', [[...keys]]);
      const byKey = new Map(rows.map((row) => [row.key as string, fromRow(SKU_STATE, row)]));
      return keys.map((key) => byKey.get(key));
    },
    async putMany(states) {
      if (states.length === 0) return;
      // One statement for a page of states; a key given twice keeps its last state (as bulkPut does),
      // since one INSERT … ON CONFLICT may not touch a row twice.
      const last = new Map(states.map((s) => [s.sku, s]));
      const rows = [...last.values()].map((s: SkuState) => ({ ...toColumns(SKU_STATE, s), key: s.sku }));
      await q().query(
        `INSERT INTO sku_state (${names.join(', ')})
         SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${types})
         ON CONFLICT (key) DO UPDATE SET ${updates.join(', ')}`,
        [JSON.stringify(rows)],
      );
    },
  };
}

export function sqlMeta(q: Q): EngineStore['meta'] {
  const remove = async (key: string) => void (await q().query('DELETE FROM meta WHERE key = $1', [key]));
  return {
    async get(key) {
      return (await q().query('SELECT value FROM meta WHERE key = $1', [key])).rows[0]?.value;
    },
    async put(key, value) {
      // jsonb has no undefined: a missing value is a missing row, which reads back the same.
      if (value === undefined) return remove(key);
      await q().query(
        `INSERT INTO meta (key, value) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [key, JSON.stringify(value)],
      );
    },
    delete: remove,
    async withPrefix(prefix) {
      const { rows } = await q().query(
        'SELECT value FROM meta WHERE starts_with(key, $1) ORDER BY key COLLATE "C"',
        [prefix],
      );
      return rows.map((row) => row.value);
    },
  };
}

export function sqlBudget(q: Q, meta: EngineStore['meta']): BudgetStore {
  return {
    async loadCalls() {
      const { rows } = await q().query('SELECT minute, count FROM api_calls WHERE service = $1', [
        BUDGET_SERVICE,
      ]);
      return callTimes(rows.map((r) => ({ minute: Number(r.minute), count: Number(r.count) })));
    },
    async addCall(at) {
      await q().query(
        `INSERT INTO api_calls (service, minute, count) VALUES ($1, $2::bigint, 1)
         ON CONFLICT (service, minute) DO UPDATE SET count = api_calls.count + 1`,
        [BUDGET_SERVICE, minuteOf(at)],
      );
    },
    async pruneCalls(before) {
      await q().query('DELETE FROM api_calls WHERE service = $1 AND minute < $2::bigint', [
        BUDGET_SERVICE,
        minuteOf(before),
      ]);
    },
    loadTenant: async () => (await meta.get(TENANT_SAMPLE_KEY)) as TenantSample | undefined,
    saveTenant: (sample) => meta.put(TENANT_SAMPLE_KEY, sample),
  };
}
