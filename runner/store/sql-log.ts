// The log over SQL (types.ts LogStore), with lib/log/query.ts's semantics: template and result
// equal, `from` inclusive, `to` exclusive, search = the lower-cased key among the entry's `keys` or
// its items' keys; newest first (at, then id, descending). Per-day counts as lib/log/query.ts
// dailyCounts: every entry, by result.
import type { ActivityEntry, ActivityItem } from '../../lib/db/records';
import { normaliseKey } from '../../lib/log/activity';
import type { LogQuery } from '../../lib/messaging/protocol';
import { entries, fromRow, placeholders, toColumns, toParam, toRow } from './columns';
import type { Driver, Queryable } from './driver';
import { ACTIVITY, ITEMS } from './tables';
import type { LogStore, NewItem, StoredEntry } from './types';

/** Items per INSERT: bounds one statement's size for a 10,000-SKU run's entry. */
const ITEMS_PER_INSERT = 1000;

/** A WHERE clause with its positional parameters. */
function where(filter: LogQuery, after?: { at: number; id: number }) {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const clauses = ['TRUE'];
  if (filter.template !== undefined) clauses.push(`template = ${p(filter.template)}`);
  if (filter.result !== undefined) clauses.push(`result = ${p(filter.result)}`);
  if (filter.from !== undefined) clauses.push(`at >= ${p(filter.from)}::bigint`);
  if (filter.to !== undefined) clauses.push(`at < ${p(filter.to)}::bigint`);
  const key = normaliseKey(filter.search ?? '');
  if (key !== '') {
    const k = p(key);
    // Both sides use an index: the GIN on `keys` and the btree on activity_items.key.
    clauses.push(
      `(keys @> ARRAY[${k}::text] OR id IN (SELECT entry_id FROM activity_items WHERE key = ${k}::text))`,
    );
  }
  if (after) clauses.push(`(at, id) < (${p(after.at)}::bigint, ${p(after.id)}::bigint)`);
  return { sql: clauses.join(' AND '), params, p };
}

async function insertItems(tx: Queryable, entryId: number, items: readonly NewItem[]) {
  const columns = entries(ITEMS).filter(([field]) => field !== 'id' && field !== 'entryId');
  const names = [...columns.map(([, c]) => c.name), 'extra'];
  const types = [...columns.map(([, c]) => `${c.name} ${c.kind}`), 'extra jsonb'].join(', ');
  for (let start = 0; start < items.length; start += ITEMS_PER_INSERT) {
    // One statement per chunk: the rows travel as one JSON array, unpacked by jsonb_to_recordset.
    const rows = items
      .slice(start, start + ITEMS_PER_INSERT)
      .map((item) => toColumns(ITEMS, item as ActivityItem, ['id', 'entryId']));
    await tx.query(
      `INSERT INTO activity_items (entry_id, ${names.join(', ')})
       SELECT $1::bigint, ${names.join(', ')} FROM jsonb_to_recordset($2::jsonb) AS x(${types})`,
      [entryId, JSON.stringify(rows)],
    );
  }
}

async function itemsOf(q: Queryable, ids: readonly number[]): Promise<Map<number, ActivityItem[]>> {
  const grouped = new Map<number, ActivityItem[]>();
  if (ids.length === 0) return grouped;
  const { rows } = await q.query(
    'SELECT * FROM activity_items WHERE entry_id = ANY($1::bigint[]) ORDER BY id',
    [ids],
  );
  for (const row of rows) {
    const item = fromRow(ITEMS, row);
    const list = grouped.get(item.entryId);
    if (list) list.push(item);
    else grouped.set(item.entryId, [item]);
  }
  return grouped;
}

export function sqlLog(driver: Driver): LogStore {
  return {
    appendEntry: (entry, items = []) =>
      driver.transaction(async (tx) => {
        const row = toRow(ACTIVITY, { ...entry, itemCount: items.length } as ActivityEntry, ['id']);
        const { rows } = await tx.query<{ id: unknown }>(
          `INSERT INTO activity (${row.names.join(', ')}) VALUES (${placeholders(row)}) RETURNING id`,
          row.values,
        );
        const id = Number(rows[0]?.id);
        await insertItems(tx, id, items);
        return id;
      }),

    async query(filter, page) {
      const w = where(filter);
      const counted = await driver.query<{ n: unknown }>(
        `SELECT count(*) AS n FROM activity WHERE ${w.sql}`,
        w.params,
      );
      const limit = w.p(page.limit);
      const offset = w.p(page.offset);
      const { rows } = await driver.query(
        `SELECT * FROM activity WHERE ${w.sql} ORDER BY at DESC, id DESC LIMIT ${limit}::bigint OFFSET ${offset}::bigint`,
        w.params,
      );
      return { entries: rows.map((r) => fromRow(ACTIVITY, r)), total: Number(counted.rows[0]?.n ?? 0) };
    },

    async entry(id) {
      const { rows } = await driver.query('SELECT * FROM activity WHERE id = $1::bigint', [id]);
      if (!rows[0]) return undefined;
      return { entry: fromRow(ACTIVITY, rows[0]), items: (await itemsOf(driver, [id])).get(id) ?? [] };
    },

    // Keyset paging ("after the last row read") rather than OFFSET: each chunk is one index range
    // read, and entries appended during the walk neither shift nor repeat rows.
    async *walk(filter, chunk) {
      let after: { at: number; id: number } | undefined;
      for (;;) {
        const w = where(filter, after);
        const { rows } = await driver.query(
          `SELECT * FROM activity WHERE ${w.sql} ORDER BY at DESC, id DESC LIMIT ${w.p(chunk)}::bigint`,
          w.params,
        );
        const page = rows.map((r) => fromRow(ACTIVITY, r));
        const last = page.at(-1);
        if (!last) return;
        const items = await itemsOf(
          driver,
          page.map((e) => e.id as number),
        );
        yield page.map((entry): StoredEntry => ({ entry, items: items.get(entry.id as number) ?? [] }));
        if (page.length < chunk) return;
        after = { at: last.at, id: last.id as number };
      }
    },

    async countByDay(starts) {
      const days = starts.map((day) => ({ day, success: 0, partial: 0, failed: 0 }));
      if (days.length === 0) return days;
      // One range scan of the `at` index: width_bucket numbers the day each time falls in, 1 for
      // [starts[0], starts[1]) … N for starts[N-1] onwards (0, before the first, is not read).
      const { rows } = await driver.query<{ bucket: unknown; result: unknown; n: unknown }>(
        `SELECT width_bucket(at, $1::bigint[]) AS bucket, result, count(*) AS n
         FROM activity WHERE at >= $2::bigint GROUP BY bucket, result`,
        [starts, starts[0]],
      );
      for (const row of rows) {
        const day = days[Number(row.bucket) - 1];
        // `result` is one of the three (the column's CHECK).
        if (day) day[row.result as ActivityEntry['result']] += Number(row.n);
      }
      return days;
    },

    async pruneBefore(before) {
      // Items go with their entries (ON DELETE CASCADE).
      const { rowCount } = await driver.query('DELETE FROM activity WHERE at < $1::bigint', [
        toParam('bigint', before),
      ]);
      return rowCount;
    },
  };
}
