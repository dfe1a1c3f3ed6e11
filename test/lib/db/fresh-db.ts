// Each test starts from an empty extension database (fake-indexeddb keeps data between tests).
import type { DBCore } from 'dexie';
import { db } from '../../../lib/db/db';

export async function freshDb(): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
}

/** A fake full disk: every write to `table` fails the way IndexedDB reports an exhausted quota. */
export function fillDisk(table: string) {
  return {
    stack: 'dbcore' as const,
    name: `full-disk-${table}`,
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          mutate: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  };
}
