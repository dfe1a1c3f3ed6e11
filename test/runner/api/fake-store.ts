// An in-memory RunnerStore (runner/store/types.ts) for the API and alert tests, kept only as close to
// the port's rules as those tests need: the log's filters (`to` exclusive, search = an exact
// lower-cased key of the entry or of one of its items), newest first, the walk in chunks, per-day
// counts, the outbox's in-flight set, meta values. A test can make any read fail through `failNext`.
import type { ActivityEntry, ActivityItem, OutboxRecord, RunRecord, SkuState } from '../../../lib/db/records';
import type { LogQuery } from '../../../lib/messaging/protocol';
import type { NewEntry, NewItem, RunnerStore, StoredEntry } from '../../../runner/store/types';

export interface FakeStore extends RunnerStore {
  /** The next log or outbox read rejects with this error. */
  failNext(err: Error): void;
}

export function createFakeStore(): FakeStore {
  const entries: ActivityEntry[] = [];
  const items = new Map<number, ActivityItem[]>();
  const outbox = new Map<string, OutboxRecord>();
  const runs = new Map<string, RunRecord>();
  const skus = new Map<string, SkuState>();
  const meta = new Map<string, unknown>();
  let failure: Error | undefined;
  let nextItemId = 1;

  const check = () => {
    const err = failure;
    failure = undefined;
    if (err) throw err;
  };
  const clone = <T>(value: T): T => structuredClone(value);

  function matches(entry: ActivityEntry, q: LogQuery): boolean {
    if (q.template !== undefined && entry.template !== q.template) return false;
    if (q.result !== undefined && entry.result !== q.result) return false;
    if (q.from !== undefined && entry.at < q.from) return false;
    if (q.to !== undefined && entry.at >= q.to) return false;
    const key = q.search?.trim().toLowerCase() ?? '';
    if (key === '') return true;
    return entry.keys.includes(key) || (items.get(entry.id!) ?? []).some((i) => i.key === key);
  }
  const matching = (q: LogQuery) =>
    entries.filter((e) => matches(e, q)).sort((a, b) => b.at - a.at || b.id! - a.id!);
  const stored = (entry: ActivityEntry): StoredEntry => ({
    entry: clone(entry),
    items: clone(items.get(entry.id!) ?? []),
  });

  return {
    failNext(err) {
      failure = err;
    },
    log: {
      async appendEntry(entry: NewEntry, newItems: readonly NewItem[] = []) {
        const id = entries.length + 1;
        entries.push({ ...clone(entry), id, itemCount: newItems.length });
        items.set(
          id,
          newItems.map((item) => ({ ...clone(item), id: nextItemId++, entryId: id })),
        );
        return id;
      },
      async query(filter, { offset, limit }) {
        check();
        const all = matching(filter);
        return { entries: all.slice(offset, offset + limit).map(clone), total: all.length };
      },
      async entry(id) {
        check();
        const entry = entries.find((e) => e.id === id);
        return entry && stored(entry);
      },
      async *walk(filter, chunk) {
        check();
        const all = matching(filter);
        for (let i = 0; i < all.length; i += chunk) yield all.slice(i, i + chunk).map(stored);
      },
      async countByDay(starts) {
        check();
        return starts.map((day, i) => {
          const end = starts[i + 1] ?? Infinity;
          const count = (result: ActivityEntry['result']) =>
            entries.filter((e) => e.result === result && e.at >= day && e.at < end).length;
          return { day, success: count('success'), partial: count('partial'), failed: count('failed') };
        });
      },
      async pruneBefore(before) {
        const old = entries.filter((e) => e.at < before);
        for (const e of old) {
          entries.splice(entries.indexOf(e), 1);
          items.delete(e.id!);
        }
        return old.length;
      },
    },
    outbox: {
      async get(poNumber) {
        return clone(outbox.get(poNumber));
      },
      async insertIntent(record) {
        if (outbox.has(record.poNumber)) return false;
        outbox.set(record.poNumber, clone(record));
        return true;
      },
      async transition(poNumber, from, patch) {
        const row = outbox.get(poNumber);
        if (!row || !from.includes(row.state)) return false;
        outbox.set(poNumber, { ...row, ...clone(patch) });
        return true;
      },
      async inFlight() {
        check();
        return [...outbox.values()]
          .filter(
            (r) =>
              r.state === 'intent' ||
              r.state === 'submitting' ||
              r.state === 'unknown' ||
              (r.state === 'accepted' && r.writeBack === 'pending'),
          )
          .map(clone);
      },
    },
    runs: {
      async get(id) {
        return clone(runs.get(id));
      },
      async put(record) {
        runs.set(record.templateId, clone(record));
      },
      async all() {
        return [...runs.values()].map(clone);
      },
    },
    skuState: {
      key: (state) => `${state.distributor ?? ''}:${state.sku}`,
      async get(key) {
        return clone(skus.get(key));
      },
      async put(state) {
        skus.set(`${state.distributor ?? ''}:${state.sku}`, clone(state));
      },
    },
    meta: {
      async get(key) {
        return clone(meta.get(key));
      },
      async set(key, value) {
        meta.set(key, clone(value));
      },
    },
    async withTemplateLock(_templateId, fn) {
      return { ran: true, value: await fn() };
    },
    async close() {},
  };
}
