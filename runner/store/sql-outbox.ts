// The outbox over SQL (types.ts OutboxStore) with issue 3's exactly-once rules: the PO number is the
// primary key and an intent is inserted with ON CONFLICT DO NOTHING (never overwrites), and every
// change is one UPDATE whose WHERE names the expected states — a compare-and-set the database does
// atomically, so two replicas or a restarted runner never both move a record from the same state.
import type { OutboxRecord } from '../../lib/db/records';
import { fromRow, placeholders, toParam, toRow } from './columns';
import type { Driver } from './driver';
import { OUTBOX } from './tables';
import type { OutboxStore } from './types';

/** The `SET` list of a patch: named fields to their columns, any other field into `extra`. */
export function setList(patch: Record<string, unknown>, p: (value: unknown) => string): string {
  const sets: string[] = [];
  const merge: Record<string, unknown> = {};
  const drop: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'poNumber') continue;
    const column = OUTBOX.columns[field as keyof OutboxRecord];
    if (column) sets.push(`${column.name} = ${p(toParam(column.kind, value))}::${column.kind}`);
    else if (value === undefined) drop.push(field);
    else merge[field] = value;
  }
  if (Object.keys(merge).length > 0 || drop.length > 0) {
    sets.push(`extra = (extra || ${p(JSON.stringify(merge))}::jsonb) - ${p(drop)}::text[]`);
  }
  // An empty patch still reports whether the record is in one of `from`.
  return sets.length > 0 ? sets.join(', ') : 'state = state';
}

export function sqlOutbox(driver: Driver): OutboxStore {
  return {
    async get(poNumber) {
      const { rows } = await driver.query('SELECT * FROM outbox WHERE po_number = $1', [poNumber]);
      return rows[0] ? fromRow(OUTBOX, rows[0]) : undefined;
    },

    async insertIntent(record) {
      const row = toRow(OUTBOX, record);
      const { rowCount } = await driver.query(
        `INSERT INTO outbox (${row.names.join(', ')}) VALUES (${placeholders(row)})
         ON CONFLICT (po_number) DO NOTHING`,
        row.values,
      );
      return rowCount === 1;
    },

    async transition(poNumber, from, patch) {
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      const sets = setList(patch, p);
      const { rowCount } = await driver.query(
        `UPDATE outbox SET ${sets} WHERE po_number = ${p(poNumber)} AND state = ANY(${p([...from])}::text[])`,
        params,
      );
      return rowCount === 1;
    },

    async inFlight() {
      // As the extension reads it: unsettled states, and accepted orders whose write-back to Autotask
      // is not done (pending, or failed and to be retried — lib/orders/outbox.ts pendingWriteBacks).
      const { rows } = await driver.query(
        `SELECT * FROM outbox
         WHERE state IN ('intent', 'submitting', 'unknown')
            OR (state = 'accepted' AND write_back IS DISTINCT FROM 'done')
         ORDER BY created_at, po_number`,
      );
      return rows.map((r) => fromRow(OUTBOX, r));
    },
  };
}
