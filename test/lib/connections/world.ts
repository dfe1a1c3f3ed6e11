// A demo world for connection and service tests: both simulators seeded with the demo tenant, one
// fetch that routes by host like the loopback server does, and the real storage (fake IndexedDB,
// fake chrome.storage) bound through the same createConnectionDeps the background uses.
import { createConnectionDeps } from '../../../lib/connections/deps';
import { DB_NAME, db } from '../../../lib/db/db';
import { createAutotaskSim } from '../../sandbox/autotask/index';
import { createTdSynnexSim } from '../../sandbox/tdsynnex/index';
import { freshDb } from '../db/fresh-db';

export const DEMO_AUTOTASK = {
  userName: 'api@contoso-msp.example',
  secret: 'demo-secret-1',
  integrationCode: 'DEMOINTEGRATIONCODE0000000001',
};
export const DEMO_TENANT = 684213;
export const DEMO_VENDOR_ID = 29683001;

export const DEMO_TDSYNNEX = {
  customerNo: '123456',
  userId: 'ec-user@contoso-msp.example',
  password: 'demo-tds-password',
  region: 'US' as const,
  environment: 'production' as const,
};

export async function demoWorld() {
  await freshDb();
  const autotask = createAutotaskSim({ seed: 'demo' });
  const tdsynnex = createTdSynnexSim({ seed: 'demo', catalogueSize: 0 });
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request && init === undefined ? input : new Request(input, init);
    return new URL(req.url).hostname.endsWith('.tdsynnex.com') ? tdsynnex.fetch(req) : autotask.fetch(req);
  }) as typeof globalThis.fetch;
  const deps = createConnectionDeps({ fetch });
  return { autotask, tdsynnex, fetch, deps };
}

/** Adds an API user to the demo tenant (or another tenant) with the given security switches. */
export function addApiUser(
  world: Awaited<ReturnType<typeof demoWorld>>,
  userName: string,
  security: Parameters<ReturnType<typeof createAutotaskSim>['db']['addUser']>[0]['security'] = {},
  ci = DEMO_TENANT,
) {
  const creds = { userName, secret: `secret-of-${userName}`, integrationCode: DEMO_AUTOTASK.integrationCode };
  world.autotask.db.addUser({ ...creds, ci, security });
  return creds;
}

/** Every record of every object store of the extension database, read with raw IndexedDB. */
export function dumpDatabase(): Promise<Record<string, unknown[]>> {
  db.close({ disableAutoOpen: false });
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

/** The text of a value, byte arrays decoded as UTF-8 and Latin-1, so nothing hides in bytes. */
export function allText(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return new TextDecoder().decode(bytes) + String.fromCharCode(...bytes);
  }
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    return allText(new Uint8Array(value as ArrayBuffer));
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).map(allText).join('\n');
  return String(value);
}
