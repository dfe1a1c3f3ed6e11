import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME, db } from '../../../lib/db/db';
import { deleteAll, deleteSecret, loadSecret, saveSecret } from '../../../lib/settings/vault';
import { freshDb } from '../db/fresh-db';

const CANARY_SECRET = 'canary-Secret-7f3a9c';
const CANARY_PASSWORD = 'canary-Password-b81e0d';
const AUTOTASK = {
  userName: 'api@contoso-msp.example',
  secret: CANARY_SECRET,
  integrationCode: 'DEMOINTEGRATIONCODE0000000001',
};
const TDSYNNEX = { customerNo: '123456', userId: 'ec-user@contoso-msp.example', password: CANARY_PASSWORD };

/** Every record of every object store, read with the raw IndexedDB API (no Dexie, no vault code). */
function dumpDatabase(): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const idb = req.result;
      const names = [...idb.objectStoreNames];
      const tx = idb.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => (out[name] = all.result);
      }
      tx.oncomplete = () => {
        idb.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Text of a value, byte arrays decoded both as UTF-8 and as Latin-1, so plaintext cannot hide in bytes. */
function allText(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return new TextDecoder().decode(bytes) + String.fromCharCode(...bytes);
  }
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]')
    return allText(new Uint8Array(value as ArrayBuffer));
  if (typeof value === 'object' && value !== null) return Object.values(value).map(allText).join('\n');
  return String(value);
}

describe('the secrets vault', () => {
  beforeEach(freshDb);

  it('gives back exactly the credentials bundles it was given', async () => {
    await saveSecret('autotask', AUTOTASK);
    await saveSecret('tdsynnex', TDSYNNEX);
    expect(await loadSecret('autotask')).toEqual(AUTOTASK);
    expect(await loadSecret('tdsynnex')).toEqual(TDSYNNEX);
  });

  it('stores no plaintext in IndexedDB, only ciphertext and a key that cannot be exported', async () => {
    await saveSecret('autotask', AUTOTASK);
    await saveSecret('tdsynnex', TDSYNNEX);
    db.close({ disableAutoOpen: false });
    const raw = await dumpDatabase();
    const text = allText(raw);
    for (const plain of [
      CANARY_SECRET,
      CANARY_PASSWORD,
      'ec-user@contoso-msp.example',
      'DEMOINTEGRATIONCODE',
    ]) {
      expect(text).not.toContain(plain);
    }
    expect(raw.secrets).toHaveLength(2);
    const key = (raw.meta?.[0] as { value: CryptoKey }).value;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('never writes a secret to chrome.storage', async () => {
    await saveSecret('autotask', AUTOTASK);
    const local = await fakeBrowser.storage.local.get(null);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(JSON.stringify([local, sync])).not.toContain(CANARY_SECRET);
  });

  it('uses a fresh IV each time, so saving the same secret twice gives different ciphertexts', async () => {
    await saveSecret('autotask', AUTOTASK);
    const first = await db.secrets.get('autotask');
    await saveSecret('autotask', AUTOTASK);
    const second = await db.secrets.get('autotask');
    expect(allText(first?.data)).not.toEqual(allText(second?.data));
    expect(allText(first?.iv)).not.toEqual(allText(second?.iv));
  });

  it('refuses a ciphertext moved to another name (the name is authenticated)', async () => {
    await saveSecret('autotask', AUTOTASK);
    const record = await db.secrets.get('autotask');
    await db.secrets.put({ ...record!, name: 'tdsynnex' });
    expect(await loadSecret('tdsynnex')).toBeUndefined();
  });

  it('deletes one bundle and keeps the other', async () => {
    await saveSecret('autotask', AUTOTASK);
    await saveSecret('tdsynnex', TDSYNNEX);
    await deleteSecret('tdsynnex');
    expect(await loadSecret('tdsynnex')).toBeUndefined();
    expect(await loadSecret('autotask')).toEqual(AUTOTASK);
  });

  it('deleteAll leaves no record and no key in the raw database, and a later save works with a new key', async () => {
    await saveSecret('autotask', AUTOTASK);
    await saveSecret('tdsynnex', TDSYNNEX);
    await deleteAll();
    db.close({ disableAutoOpen: false });
    const raw = await dumpDatabase();
    expect(raw.secrets).toEqual([]);
    expect(raw.meta).toEqual([]);
    expect(await loadSecret('autotask')).toBeUndefined();

    await saveSecret('tdsynnex', TDSYNNEX);
    expect(await loadSecret('tdsynnex')).toEqual(TDSYNNEX);
  });

  it('rejects a bundle with an unexpected field instead of storing it', async () => {
    await expect(saveSecret('autotask', { ...AUTOTASK, extra: 'x' } as typeof AUTOTASK)).rejects.toThrow();
    expect(await db.secrets.count()).toBe(0);
  });
});
