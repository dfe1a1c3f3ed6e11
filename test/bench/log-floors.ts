// The floors of issue 14, measured in the bench's own log.html page and run (so a busy machine slows
// floor and figure alike): what the browser alone needs for the same work, without Dexie and React.
// (a) a raw IndexedDB read of the first screen of rows through the same index the view uses — for a
//     filter, started by changing the page's own control with no page code told, so the floor holds
//     the repaint of that control the browser owes any filter bar;
// (b) a raw cursor read of all entries plus `Papa.unparse` of the export's rows already in memory.
// Functions passed to page.evaluate run in the page: they use only the IndexedDB API and arguments.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as PapaModule from 'papaparse';
import type { Page } from 'playwright-core';

/** What the view reads before the full id list: components/activity/use-log-result.ts FIRST_ROWS. */
export const FIRST_SCREEN = 40;

/** The query that makes OPEN_PROBE measure the open without any script file in log.html. */
export const FLOOR_PARAM = 'bench-floor';

/**
 * What the browser alone needs for the open's first screen: a raw `indexedDB.open` and a read of the
 * newest FIRST_SCREEN entries through the `at` index, newest first. Marks, from navigation start:
 * `bench:idb-open-end`, `bench:floor-first-screen`. Our own opens run without it, so the two never
 * compete for the database or the main thread.
 */
const FLOOR_READ = `{
  const o = indexedDB.open('autotask-bridge');
  o.onsuccess = () => {
    performance.mark('bench:idb-open-end');
    const idb = o.result;
    const rows = [];
    const c = idb.transaction('activity').objectStore('activity').index('at').openCursor(null, 'prev');
    c.onsuccess = () => {
      const cursor = c.result;
      if (cursor && rows.length < ${FIRST_SCREEN}) { rows.push(cursor.value); cursor.continue(); }
      else { performance.mark('bench:floor-first-screen'); idb.close(); }
    };
  };
}`;

/**
 * Floor (a) for the open: an extension page of the bench's own, `bench-floor.html`, whose one classic
 * script does FLOOR_READ. Like the log page it must fetch a script file before any code of its runs:
 * a Manifest V3 extension page runs no inline script (CSP `script-src 'self'`). Written into the
 * bench's copy of the built extension (never into the build itself).
 */
export const FLOOR_PAGE = 'bench-floor.html';

export async function addFloorPage(extensionDir: string): Promise<void> {
  await writeFile(
    join(extensionDir, FLOOR_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
      '<script src="/bench-floor.js"></script></head><body></body></html>\n',
  );
  await writeFile(join(extensionDir, 'bench-floor.js'), `${FLOOR_READ}\n`);
}

/**
 * Added to every page at document start (addInitScript). On `log.html?bench-floor` it stops the page
 * loading (`window.stop()` before the parser reaches our script) and does FLOOR_READ with no script
 * file fetched at all — a DevTools-only shortcut no extension page has, printed beside floor (a) for
 * what the one script fetch costs.
 */
export const OPEN_PROBE = `if (location.pathname.endsWith('/log.html') && location.search === '?${FLOOR_PARAM}') {
  window.stop();
  ${FLOOR_READ}
}`;

export interface FloorQuery {
  template?: string;
  result?: string;
  search?: string;
}

/**
 * The filter control the user changes, for floor (a) of a filter: its label in the log page's filter
 * bar, the value it shows before the change and the value it is changed to.
 */
export interface ControlChange {
  control: 'Template' | 'Result' | 'Search';
  from: string;
  to: string;
}

/**
 * Floor (a) for a filter: milliseconds for a raw read of the first screen of `q` through the index
 * the view uses (`[template+at]`, `[result+at]`, `at`, or the `keys` / `activityItems.key` indexes
 * for a search), newest first, on a connection already open (the view's is open too). With both a
 * template and a result, the rarer result's index is walked and the template checked per row.
 *
 * With `change`, the read starts as the user's change does: the log page's own control is set to
 * `change.to` (from `change.from`, shown and painted first) through the element's own setter, which
 * tells no page code — so the browser repaints the control it changed, as it must for any filter bar,
 * and nothing of ours runs. The time runs from that change to the rows read. Without it, the read
 * runs alone on an idle page.
 */
export function rawFirstScreen(page: Page, q: FloorQuery, change?: ControlChange): Promise<number> {
  return page.evaluate(
    ({ q, limit, change }) =>
      new Promise<number>((resolve, reject) => {
        const g = globalThis as unknown as { benchIdb?: IDBDatabase };
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        // The page's control, set as the user's change sets it, with no event: no page code runs.
        let setValue = (_value: string) => {};
        if (change) {
          const label = [...document.querySelectorAll('.log-filters label')].find(
            (l) => l.textContent === change.control,
          );
          const field = label && document.getElementById(label.getAttribute('for') ?? '');
          if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) {
            reject(new Error(`no ${change.control} control`));
            return;
          }
          const proto =
            field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
          const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
          setValue = (value) => set?.call(field, value);
        }
        const run = async (idb: IDBDatabase) => {
          if (change) {
            setValue(change.from);
            await frame();
            await frame();
          }
          const t0 = performance.now();
          if (change) setValue(change.to);
          const tx = idb.transaction(['activity', 'activityItems'], 'readonly');
          const activity = tx.objectStore('activity');
          // After a change, two frames more: its repaint ends before the next measurement starts.
          const done = () => {
            const ms = performance.now() - t0;
            void (change ? frame().then(frame) : Promise.resolve()).then(() => resolve(ms));
          };
          tx.onerror = () => reject(tx.error);
          if (q.search !== undefined) {
            const key = q.search.trim().toLowerCase();
            let pending = 2;
            const ids = new Set<number>();
            const gather = () => {
              if (--pending > 0) return;
              const rows: { id: number; at: number }[] = [];
              let left = ids.size;
              if (left === 0) done();
              for (const id of ids) {
                const get = activity.get(id);
                get.onsuccess = () => {
                  rows.push(get.result as { id: number; at: number });
                  if (--left === 0) {
                    rows.sort((a, b) => b.at - a.at || b.id - a.id).slice(0, limit);
                    done();
                  }
                };
              }
            };
            const direct = activity.index('keys').getAllKeys(key);
            direct.onsuccess = () => {
              for (const id of direct.result) ids.add(id as number);
              gather();
            };
            const items = tx.objectStore('activityItems').index('key').getAll(key);
            items.onsuccess = () => {
              for (const item of items.result as { entryId: number }[]) ids.add(item.entryId);
              gather();
            };
            return;
          }
          const [index, range, check] =
            q.result !== undefined
              ? ['[result+at]', IDBKeyRange.bound([q.result, -Infinity], [q.result, Infinity]), q.template]
              : q.template !== undefined
                ? [
                    '[template+at]',
                    IDBKeyRange.bound([q.template, -Infinity], [q.template, Infinity]),
                    undefined,
                  ]
                : ['at', null, undefined];
          const rows: unknown[] = [];
          const cursor = activity.index(index).openCursor(range, 'prev');
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c || rows.length >= limit) return done();
            if (check === undefined || (c.value as { template: string }).template === check)
              rows.push(c.value);
            c.continue();
          };
        };
        if (g.benchIdb) return void run(g.benchIdb).catch(reject);
        const open = indexedDB.open('autotask-bridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          g.benchIdb = open.result;
          void run(open.result).catch(reject);
        };
      }),
    { q, limit: FIRST_SCREEN, change },
  );
}

/** Floor (b), first half: a raw cursor read of every entry, newest first (the export's order). */
export function rawCursorReadAll(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const open = indexedDB.open('autotask-bridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const t0 = performance.now();
          let rows: unknown[] = [];
          const cursor = idb.transaction('activity').objectStore('activity').openCursor(null, 'prev');
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (c) {
              rows.push(c.value);
              c.continue();
              return;
            }
            const ms = performance.now() - t0;
            const n = rows.length;
            rows = [];
            idb.close();
            resolve({ ms, rows: n });
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
}

/** Loads the papaparse the extension bundles (the same package) into the page as `Papa`. */
export async function loadPapaIntoPage(page: Page): Promise<void> {
  const require = createRequire(import.meta.url);
  const source = await readFile(require.resolve('papaparse/papaparse.min.js'), 'utf8');
  // Runtime.evaluate is not subject to the extension page's CSP; the UMD wrapper sets globalThis.Papa.
  await page.evaluate(source);
}

/**
 * Floor (b), second half: `Papa.unparse` of the export's own rows, already in memory. The page parses
 * `csv` (our export's file, untimed) into string rows and times unparsing them (CRLF, no other
 * options) into one materialised string.
 */
export function unparseInMemory(page: Page, csv: string): Promise<number> {
  return page.evaluate((text) => {
    const Papa = (globalThis as unknown as { Papa: typeof PapaModule }).Papa;
    const rows = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    const t0 = performance.now();
    const out = Papa.unparse(rows, { newline: '\r\n' });
    // V8 builds `+=` concatenations lazily (a rope); reading one character materialises the text, the
    // work any use of it (a Blob, a download) pays; without it the floor would leave that work out.
    out.charCodeAt(out.length >> 1);
    const ms = performance.now() - t0;
    if (out.length < text.length / 2) throw new Error('unparse wrote too little');
    return ms;
  }, csv);
}
