// The one Dexie schema of the extension (STYLE.md §10). Every version that ever shipped stays in
// SCHEMA_VERSIONS, in order, with its upgrade function; a new version is appended here together with
// a test in test/lib/log/db.test.ts that opens the previous version with data and upgrades it.
//
// Rule for every caller: never await network I/O inside a Dexie transaction. IndexedDB commits a
// transaction as soon as it has no pending request, so an awaited fetch would end it early
// ("TransactionInactiveError") and leave the writes half done.
import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type {
  ActivityEntry,
  ActivityItem,
  ApiCallBucket,
  MetaRecord,
  OutboxRecord,
  RunRecord,
  SecretRecord,
  SkuState,
} from './records';

export const DB_NAME = 'autotask-bridge';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // `at` is epoch ms. The compound indexes serve the log view's "template/result, newest first"
      // filters as one range scan each; `*keys` (multi-entry) serves the search box (issue 6).
      activity: '++id, at, template, result, operation, *keys, [template+at], [result+at]',
      activityItems: '++id, entryId, key',
      // Primary key = distributor PO number: a second intent for the same PO cannot be inserted.
      outbox: 'poNumber, poId, state, updatedAt',
      skuState: 'sku, productId, status, lastSyncAt',
      runs: 'templateId, state',
      secrets: 'name',
      meta: 'key',
      apiCalls: '[service+minute], minute',
    },
  },
];

export class BridgeDb extends Dexie {
  activity!: Table<ActivityEntry, number>;
  activityItems!: Table<ActivityItem, number>;
  outbox!: Table<OutboxRecord, string>;
  skuState!: Table<SkuState, string>;
  runs!: Table<RunRecord, string>;
  secrets!: Table<SecretRecord, string>;
  meta!: Table<MetaRecord, string>;
  apiCalls!: Table<ApiCallBucket, [string, number]>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** The extension's database. Opened lazily by Dexie on first use, in whichever context uses it. */
export const db = new BridgeDb();
