// A table read and written as whole records by one key (runs, sku_state): `put` replaces the row,
// as Dexie's put does, so a field the new record lacks is cleared.
import { fromRow, placeholders, toRow } from './columns';
import type { TableMap } from './columns';
import type { Driver } from './driver';

export function sqlKeyValue<T extends object>(
  driver: Driver,
  map: TableMap<T>,
  keyColumn: string,
  keyOf: (value: T) => string,
) {
  const table = map.table;
  return {
    async get(key: string): Promise<T | undefined> {
      const { rows } = await driver.query(`SELECT * FROM ${table} WHERE ${keyColumn} = $1`, [key]);
      return rows[0] ? fromRow(map, rows[0]) : undefined;
    },

    async put(value: T): Promise<void> {
      const row = toRow(map, value);
      const at = row.names.indexOf(keyColumn);
      if (at === -1) {
        row.names.unshift(keyColumn);
        row.values.unshift(keyOf(value));
        row.casts.unshift('text');
      } else {
        row.values[at] = keyOf(value);
      }
      const updates = row.names.filter((n) => n !== keyColumn).map((n) => `${n} = EXCLUDED.${n}`);
      await driver.query(
        `INSERT INTO ${table} (${row.names.join(', ')}) VALUES (${placeholders(row)})
         ON CONFLICT (${keyColumn}) DO UPDATE SET ${updates.join(', ')}`,
        row.values,
      );
    },

    async all(): Promise<T[]> {
      const { rows } = await driver.query(`SELECT * FROM ${table} ORDER BY ${keyColumn}`);
      return rows.map((r) => fromRow(map, r));
    },
  };
}
