// The storage port (lib/host/store.ts) over the extension's IndexedDB: the same tables, keys and
// rows the engine wrote before the port existed, so an existing user's database carries over with
// no schema version. The service worker provides it (entrypoints/background/index.ts).
import type { EngineStore } from '../host/store';
import { db as extensionDb } from './db';
import type { BridgeDb } from './db';
import { dexieBudget } from './dexie-budget';
import { dexieOutbox } from './dexie-outbox';

// Every method returns Dexie's own promise (no async wrapper): inside a transaction Dexie follows
// its zone through its own promises, and each native async layer in between is a chance to lose it.
const done = (): void => undefined;

/** Deleting in chunks keeps each transaction short, so the log view stays responsive meanwhile. */
const PRUNE_CHUNK = 1_000;

export function dexieStore(db: BridgeDb = extensionDb): EngineStore {
  // The tables a transaction covers (lib/host/store.ts): one rw transaction over them serialises with
  // any other (IndexedDB's rule for overlapping scopes), and calls inside join it as sub-transactions.
  // Not the log's or the budget's: they write on their own (lib/host/store.ts).
  const transactionTables = () => [db.runs, db.skuState, db.outbox, db.meta];
  return {
    runs: {
      get: (templateId) => db.runs.get(templateId),
      put: (run) => db.runs.put(run).then(done),
    },
    skuState: {
      getMany: (keys) => db.skuState.bulkGet([...keys]),
      putMany: (states) => db.skuState.bulkPut([...states]).then(done),
    },
    meta: {
      get: (key) => db.meta.get(key).then((row) => row?.value),
      put: (key, value) => db.meta.put({ key, value }).then(done),
      delete: (key) => db.meta.delete(key),
      withPrefix: (prefix) =>
        db.meta
          .where('key')
          .startsWith(prefix)
          .toArray()
          .then((rows) => rows.map((row) => row.value)),
    },
    outbox: dexieOutbox(db),
    log: {
      append: (entry, items) =>
        db.transaction('rw', db.activity, db.activityItems, async () => {
          const entryId = await db.activity.add({ ...entry });
          await db.activityItems.bulkAdd(items.map((item) => ({ ...item, entryId })));
          return entryId;
        }),
      async pruneBefore(before) {
        let deleted = 0;
        for (;;) {
          const ids = await db.activity.where('at').below(before).limit(PRUNE_CHUNK).primaryKeys();
          if (ids.length === 0) return deleted;
          await db.transaction('rw', db.activity, db.activityItems, async () => {
            await db.activityItems.where('entryId').anyOf(ids).delete();
            await db.activity.bulkDelete(ids);
          });
          deleted += ids.length;
        }
      },
    },
    budget: dexieBudget(db),
    // `fn` goes to Dexie as is: Dexie keeps a transaction alive across native awaits only when the
    // scope function itself is an async function (it checks), so a wrapping arrow would end it early
    // (PrematureCommitError).
    transaction: (fn) => db.transaction('rw', transactionTables(), fn),
  };
}

/** The extension's store, over its one database. */
export const extensionStore: EngineStore = dexieStore();
