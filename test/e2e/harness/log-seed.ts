// Puts activity-log entries (and their item rows) into the extension's IndexedDB from inside an
// extension page, with the raw IndexedDB API: the same rows lib/log/activity.ts `appendEntry` writes
// (lower-cased keys, itemCount, outcome counts), without a dev-only path in the shipped code.
// Used by the log view's e2e test and by test/bench/log-view.bench.ts (100,000 entries).
import type { Page } from 'playwright-core';
import type { ActivityEntry, ActivityItem } from '../../../lib/db/records';

export type SeedEntry = Omit<ActivityEntry, 'id' | 'itemCount' | 'counts'> & {
  items?: Omit<ActivityItem, 'id' | 'entryId'>[];
};

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which does not exist in the page
 * that a function passed to page.evaluate runs in. Call once per browser context, before navigating.
 */
export async function allowCompiledEvaluate(page: Page): Promise<void> {
  const shim = 'globalThis.__name ??= (fn) => fn;';
  await page.context().addInitScript(shim);
  await page.evaluate(shim);
}

/** Writes the entries in one transaction; returns their ids in order. The page must have opened the db. */
export async function seedEntries(page: Page, entries: SeedEntry[]): Promise<number[]> {
  await allowCompiledEvaluate(page);
  return page.evaluate(
    (rows) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('autotask-bridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['activity', 'activityItems'], 'readwrite');
          const ids: number[] = [];
          rows.forEach(({ items = [], ...entry }, index) => {
            const counts: Record<string, number> = {};
            for (const item of items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
            const add = tx.objectStore('activity').add({ ...entry, itemCount: items.length, counts });
            add.onsuccess = () => {
              const entryId = add.result as number;
              ids[index] = entryId;
              for (const item of items) tx.objectStore('activityItems').add({ ...item, entryId });
            };
          });
          tx.oncomplete = () => {
            idb.close();
            resolve(ids);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

export interface SyntheticLog {
  entries: number;
  items: number;
  perTemplate: Record<string, number>;
  perResult: Record<string, number>;
  /** [template, result] → count, e.g. `product-sync|failed`. */
  perPair: Record<string, number>;
  /** A SKU (the oldest entry's first) and how many entries hold it. */
  sku: string;
  skuHits: number;
}

/**
 * `count` entries spread evenly over the `days` before `now`, oldest first (ids grow with time, as in
 * real use), 1–3 items each, in transactions of 5,000. Deterministic (a fixed LCG), so runs compare.
 */
export async function seedSynthetic(
  page: Page,
  count: number,
  now: number,
  days: number,
): Promise<SyntheticLog> {
  await allowCompiledEvaluate(page);
  return page.evaluate(
    ({ count, now, days }) =>
      new Promise<SyntheticLog>((resolve, reject) => {
        const TEMPLATES = [
          ['product-sync', 'product-sync'],
          ['create-orders', 'order-submission'],
          ['order-status', 'status-update'],
          ['receiving', 'receiving'],
          ['manual', 'connection'],
        ] as const;
        let seed = 42;
        const random = () => {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          return seed / 2147483648;
        };
        const stats: SyntheticLog = {
          entries: 0,
          items: 0,
          perTemplate: {},
          perResult: {},
          perPair: {},
          sku: '',
          skuHits: 0,
        };
        const span = days * 86_400_000;
        const BATCH = 5_000;
        const open = indexedDB.open('autotask-bridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const batch = (start: number) => {
            if (start >= count) {
              idb.close();
              resolve(stats);
              return;
            }
            const tx = idb.transaction(['activity', 'activityItems'], 'readwrite');
            const activity = tx.objectStore('activity');
            const itemStore = tx.objectStore('activityItems');
            for (let i = start; i < Math.min(count, start + BATCH); i++) {
              const [template, operation] = TEMPLATES[Math.floor(random() * TEMPLATES.length)]!;
              const r = random();
              const result = r < 0.8 ? 'success' : r < 0.92 ? 'partial' : 'failed';
              const n = 1 + Math.floor(random() * 3);
              const items = Array.from({ length: n }, (_, k) => {
                const sku = String(7000001 + Math.floor(random() * 5000));
                const failed = result === 'failed' || (result === 'partial' && k === 0);
                return {
                  key: sku,
                  label: sku,
                  outcome: failed ? 'failed' : 'updated',
                  ...(failed ? { message: 'TD SYNNEX: item not found' } : {}),
                };
              });
              const po = 1000 + (i % 9000);
              const keys = [...new Set([...items.map((it) => it.key), `po-${po}`, `at684213-${po}`])];
              if (i === 0) stats.sku = items[0]!.key;
              if (keys.includes(stats.sku)) stats.skuHits++;
              const counts: Record<string, number> = {};
              for (const it of items) counts[it.outcome] = (counts[it.outcome] ?? 0) + 1;
              const entry = {
                at: Math.round(now - span + (i * span) / count),
                template,
                operation,
                result,
                summary: `${template}: ${counts.updated ?? 0} updated, ${counts.failed ?? 0} failed (PO-${po})`,
                keys,
                itemCount: n,
                counts,
                ...(result === 'failed'
                  ? {
                      error: {
                        kind: 'not-found',
                        service: 'distributor',
                        distributor: 'tdsynnex',
                        status: 200,
                        message: 'Item not found',
                      },
                      hintId: 'invalid-sku',
                    }
                  : {}),
              };
              const add = activity.add(entry);
              add.onsuccess = () => {
                for (const it of items) itemStore.add({ ...it, entryId: add.result as number });
              };
              stats.entries++;
              stats.items += n;
              stats.perTemplate[template] = (stats.perTemplate[template] ?? 0) + 1;
              stats.perResult[result] = (stats.perResult[result] ?? 0) + 1;
              stats.perPair[`${template}|${result}`] = (stats.perPair[`${template}|${result}`] ?? 0) + 1;
            }
            tx.oncomplete = () => batch(start + BATCH);
            tx.onerror = () => reject(tx.error);
          };
          batch(0);
        };
      }),
    { count, now, days },
  );
}
