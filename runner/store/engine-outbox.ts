// The engine's outbox (lib/orders/outbox.ts Outbox) over SQL, with issue 3's exactly-once rules done
// by the database itself: an intent is one INSERT … ON CONFLICT DO NOTHING (the PO number is the
// primary key, so it never overwrites), and every transition is one UPDATE whose WHERE names the
// expected states (a compare-and-set: two replicas moving one record from the same state cannot both
// succeed — the second waits on the row lock, then finds the state changed and updates nothing).
import type { OutboxState } from '../../lib/db/records';
import type { OrderRecord, Outbox } from '../../lib/orders/outbox';
import { fromRow, placeholders, toRow } from './columns';
import type { Queryable, Row } from './driver';
import { setList } from './sql-outbox';
import { OUTBOX } from './tables';

const record = (row: Row) => fromRow(OUTBOX, row) as OrderRecord;

/** `q` is the connection of the call: the open transaction's, or the pool's (engine-store.ts). */
export function sqlEngineOutbox(q: () => Queryable): Outbox {
  // Ordered by PO number in code-unit order ("C"), as IndexedDB orders equal index values by key.
  const select = async (where: string, params: unknown[] = []) =>
    (await q().query(`SELECT * FROM outbox WHERE ${where} ORDER BY po_number COLLATE "C"`, params)).rows.map(
      record,
    );
  const get = async (poNumber: string) => (await select('po_number = $1', [poNumber]))[0];

  return {
    get,

    async addIntent(intent, now) {
      const row = toRow(OUTBOX, {
        ...intent,
        state: 'intent',
        createdAt: now,
        updatedAt: now,
      } as OrderRecord);
      const { rows } = await q().query(
        `INSERT INTO outbox (${row.names.join(', ')}) VALUES (${placeholders(row)})
         ON CONFLICT (po_number) DO NOTHING RETURNING *`,
        row.values,
      );
      if (rows[0]) return { record: record(rows[0]), created: true };
      // Outbox rows are never deleted: the one that won the insert is there to read.
      return { record: (await get(intent.poNumber))!, created: false };
    },

    async transition(poNumber, from: readonly OutboxState[], patch, now) {
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      const sets = setList({ ...patch, updatedAt: now }, p);
      const { rows } = await q().query(
        `UPDATE outbox SET ${sets}
         WHERE po_number = ${p(poNumber)} AND state = ANY(${p([...from])}::text[]) RETURNING *`,
        params,
      );
      return rows[0] ? record(rows[0]) : undefined;
    },

    forPurchaseOrder: async (poId) =>
      (await select('po_id = $1::bigint', [poId])).sort((a, b) => (a.attempt ?? 1) - (b.attempt ?? 1)),

    inState: (state) => select('state = $1', [state]),

    pendingWriteBacks: () => select(`state = 'accepted' AND write_back IS DISTINCT FROM 'done'`),
  };
}
