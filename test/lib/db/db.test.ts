import { beforeEach, describe, expect, it } from 'vitest';
import { BridgeDb, DB_NAME, SCHEMA_VERSIONS, db } from '../../../lib/db/db';
import { freshDb } from './fresh-db';

function rawStores(name: string): Promise<Record<string, { keyPath: unknown; indexes: string[] }>> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const idb = req.result;
      const out: Record<string, { keyPath: unknown; indexes: string[] }> = {};
      const names = [...idb.objectStoreNames];
      const tx = idb.transaction(names, 'readonly');
      for (const n of names) {
        const store = tx.objectStore(n);
        out[n] = { keyPath: store.keyPath, indexes: [...store.indexNames].sort() };
      }
      idb.close();
      resolve(out);
    };
  });
}

describe('the extension database, schema version 1', () => {
  beforeEach(freshDb);

  it('is the only version so far, and the database opens at it', async () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1]);
    expect(db.verno).toBe(1);
  });

  it('has the tables and indexes the log view, outbox, sync state and vault rely on', async () => {
    db.close();
    const stores = await rawStores(DB_NAME);
    await db.open();
    expect(Object.keys(stores).sort()).toEqual(
      ['activity', 'activityItems', 'apiCalls', 'meta', 'outbox', 'runs', 'secrets', 'skuState'].sort(),
    );
    expect(stores.activity).toEqual({
      keyPath: 'id',
      indexes: ['[result+at]', '[template+at]', 'at', 'keys', 'operation', 'result', 'template'].sort(),
    });
    expect(stores.activityItems?.indexes).toEqual(['entryId', 'key']);
    expect(stores.outbox).toEqual({ keyPath: 'poNumber', indexes: ['poId', 'state', 'updatedAt'] });
    expect(stores.skuState?.keyPath).toBe('sku');
    expect(stores.runs?.keyPath).toBe('templateId');
    expect(stores.secrets?.keyPath).toBe('name');
  });

  it('refuses a second outbox record for the same distributor PO number', async () => {
    const record = {
      poNumber: 'AT684213-1042',
      poId: 1042,
      tenantId: 684213,
      state: 'intent' as const,
      createdAt: 1,
      updatedAt: 1,
      lines: [{ itemId: 1, sku: '5432101', quantity: 2 }],
    };
    await db.outbox.add(record);
    await expect(db.outbox.add({ ...record, state: 'submitting' })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect((await db.outbox.get('AT684213-1042'))?.state).toBe('intent');
  });

  it('keeps data when another instance (another extension page) opens the same database', async () => {
    await db.skuState.put({ sku: '5432101', status: 'synced', productId: 7 });
    const other = new BridgeDb();
    expect(await other.skuState.get('5432101')).toMatchObject({ productId: 7 });
    other.close();
  });
});
