// The runner's store (types.ts RunnerStore) over any Driver: the same SQL for PGlite and PostgreSQL.
// Expects a migrated database (open.ts migrates before handing a store out).
import type { SkuState } from '../../lib/db/records';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import { stateKey } from '../../lib/products/store';
import type { Driver } from './driver';
import { templateLockName } from './lock-key';
import { sqlKeyValue } from './sql-kv';
import { sqlLog } from './sql-log';
import { sqlOutbox } from './sql-outbox';
import { RUNS, SKU_STATE } from './tables';
import type { RunnerStore } from './types';

/**
 * The extension's key (lib/products/store.ts stateKey), so the runner and the engine's store
 * (engine-store.ts) key a SKU's state alike; a state without a distributor is the registry's first's.
 */
export function skuStateKey(state: Pick<SkuState, 'sku' | 'distributor'>): string {
  return stateKey(state.distributor ?? DISTRIBUTORS[0]!.id, state.sku);
}

export function sqlStore(driver: Driver): RunnerStore {
  const runs = sqlKeyValue(driver, RUNS, 'template_id', (run) => run.templateId);
  const skuState = sqlKeyValue(driver, SKU_STATE, 'key', skuStateKey);
  let closing: Promise<void> | undefined;
  return {
    log: sqlLog(driver),
    outbox: sqlOutbox(driver),
    runs,
    skuState: { get: skuState.get, put: skuState.put, key: skuStateKey },
    meta: {
      async get(key) {
        const { rows } = await driver.query('SELECT value FROM meta WHERE key = $1', [key]);
        return rows[0]?.value;
      },
      async set(key, value) {
        // Undefined is "no value", as a missing Dexie row: the key goes.
        if (value === undefined) {
          await driver.query('DELETE FROM meta WHERE key = $1', [key]);
          return;
        }
        await driver.query(
          'INSERT INTO meta (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
          [key, JSON.stringify(value)],
        );
      },
    },
    withTemplateLock: (templateId, fn) => driver.withLock(templateLockName(templateId), fn),
    // Idempotent: the runner's shutdown and a failed start may both close it.
    close: () => (closing ??= driver.close()),
  };
}
