// The storage port's contract on the extension's adapter: IndexedDB (fake-indexeddb) through Dexie.
import { afterEach, beforeEach, describe } from 'vitest';
import { BridgeDb } from '../../../lib/db/db';
import { dexieStore } from '../../../lib/db/dexie-store';
import type { EngineStore } from '../../../lib/host/store';
import { engineStoreContract } from './store-contract';

let db: BridgeDb | undefined;
let current: EngineStore | undefined;
let counter = 0;

beforeEach(() => {
  db = new BridgeDb(`engine-store-contract-${++counter}`);
  current = dexieStore(db);
});
afterEach(async () => {
  await db?.delete();
});

describe('the engine store on IndexedDB (Dexie)', () => {
  engineStoreContract(() => current!);
});
