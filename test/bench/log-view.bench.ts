// Issue 6 "Must show": the full log view at 100,000 entries (and their ~200,000 item rows) in the
// built extension's IndexedDB, in Chromium. Measures (1) open → first rows painted, (2) a filter
// change → new rows painted, (3) CSV export of all 100,000 with the page's JS heap sampled through
// CDP during the export, reported at 10k / 50k / 100k rows exported.
// Goals: ≤ 200 ms, ≤ 100 ms, ≤ 3 s, heap flat (not growing with rows). Prints figures; exits
// non-zero only when it could not run (benchmarks measure, tests assert).
//
// Build first into your own dir: `WXT_OUT_DIR=/tmp/x-out npx wxt build`, then
// `WXT_OUT_DIR=/tmp/x-out npm run bench -- log-view`.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import Papa from 'papaparse';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension } from '../e2e/harness/browser';
import { missingPrerequisite } from '../e2e/harness/chromium';
import { seedSynthetic } from '../e2e/harness/log-seed';

const ENTRIES = Number(process.env.LOG_BENCH_ENTRIES ?? 100_000);
const OPEN_RUNS = 7;
/** Idle time before each open: a user opens the log from an idle browser, not mid-index-walk. */
const SETTLE_MS = 2_000;
const MB = 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const verdict = (value: number, goal: number) =>
  value <= goal ? `meets ≤ ${goal} ms` : `MISSES ≤ ${goal} ms`;

async function statusText(page: Page): Promise<string> {
  return (await page.locator('.log-toolbar [role="status"]').first().textContent()) ?? '';
}

/**
 * A probe the bench adds to log.html (not part of the extension): a raw `indexedDB.open` at document
 * start, so the report can say how much of the time to first rows is the browser opening the database.
 */
const OPEN_PROBE = `if (location.pathname.endsWith('/log.html')) {
  performance.mark('bench:idb-open-start');
  const o = indexedDB.open('autotask-bridge');
  o.onsuccess = () => { performance.mark('bench:idb-open-end'); o.result.close(); };
}`;

interface OpenRun {
  /** Navigation start → the page's `log:first-rows` mark (first rows committed + 1 frame). */
  mark: number;
  /** Of which: the browser opening the IndexedDB database (the probe's raw open). */
  idbOpen: number;
  /** goto → mark read, from the test process. */
  outside: number;
}

/** Opens log.html and waits for the first rows; then lets the page settle (count, chart) before returning. */
async function openToFirstRows(page: Page, url: string): Promise<OpenRun> {
  const started = Date.now();
  await page.goto(url);
  const run = await page.evaluate(
    () =>
      new Promise<{ mark: number; idbOpen: number }>((resolve) => {
        const poll = () => {
          const mark = performance.getEntriesByName('log:first-rows')[0];
          const a = performance.getEntriesByName('bench:idb-open-start')[0];
          const b = performance.getEntriesByName('bench:idb-open-end')[0];
          if (mark && a && b) resolve({ mark: mark.startTime, idbOpen: b.startTime - a.startTime });
          else requestAnimationFrame(poll);
        };
        poll();
      }),
  );
  const outside = Date.now() - started;
  // A user opens the page once; in-flight index walks of the previous visit would slow the next open.
  await page.locator('.runs-chart svg[role="img"]').waitFor({ timeout: 60_000 });
  // …and the worker's answers (template names, retention) — then the browser is idle, as a user finds it.
  await page.getByText(/Entries are kept for/).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  return { ...run, outside };
}

/**
 * Changes one filter control inside the page, then measures with performance.now() until (a) the
 * list holds rows of the new filter (`.log-list[data-ready=rows]` with a new data-query) and a frame
 * has been painted, and (b) the toolbar shows the full count `expected`.
 */
async function filterChange(
  page: Page,
  control: 'Template' | 'Result' | 'Search',
  value: string,
  expected: number,
): Promise<{ rows: number; count: number }> {
  return page.evaluate(
    ({ control, value, expected }) =>
      new Promise<{ rows: number; count: number }>((resolve, reject) => {
        const label = [...document.querySelectorAll('.log-filters label')].find(
          (l) => l.textContent === control,
        );
        const field = label && document.getElementById(label.getAttribute('for') ?? '');
        if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) {
          reject(new Error(`no ${control} control`));
          return;
        }
        const want = `${expected.toLocaleString()} ${expected === 1 ? 'entry' : 'entries'}`;
        const list = document.querySelector('.log-list');
        const status = document.querySelector('.log-toolbar [role="status"]');
        const before = list?.getAttribute('data-query');
        const t0 = performance.now();
        const proto =
          field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
        field.dispatchEvent(
          new Event(field instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }),
        );
        let rows = NaN;
        const poll = () => {
          const ready =
            list?.getAttribute('data-query') !== before &&
            list?.getAttribute('data-ready') === 'rows' &&
            (expected === 0 || list?.querySelector('.log-row') !== null);
          if (Number.isNaN(rows) && ready) rows = performance.now() - t0;
          if (!Number.isNaN(rows) && status?.textContent === want) {
            requestAnimationFrame(() => resolve({ rows, count: performance.now() - t0 }));
          } else if (performance.now() - t0 > 20_000) {
            reject(new Error(`filter ${control}=${value}: still "${status?.textContent}" after 20 s`));
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { control, value, expected },
  );
}

interface HeapSample {
  done: number;
  used: number;
}

/** Samples Runtime.getHeapUsage every ~20 ms (after a forced GC if asked), tagged with the export's progress. */
function sampleHeap(cdp: CDPSession, forceGc: boolean) {
  const samples: HeapSample[] = [];
  let running = true;
  const progress = `document.querySelector('.export [role="status"]')?.textContent ?? ''`;
  const loop = (async () => {
    while (running) {
      if (forceGc) await cdp.send('HeapProfiler.collectGarbage');
      const [{ usedSize }, { result }] = await Promise.all([
        cdp.send('Runtime.getHeapUsage'),
        cdp.send('Runtime.evaluate', { expression: progress, returnByValue: true }),
      ]);
      const text = String(result.value ?? '');
      const m = /Exporting… ([\d,]+)/.exec(text) ?? /Exported ([\d,]+)/.exec(text);
      samples.push({ done: m?.[1] ? Number(m[1].replace(/,/g, '')) : 0, used: usedSize });
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

const peakIn = (samples: HeapSample[], lo: number, hi: number) =>
  Math.max(0, ...samples.filter((x) => x.done > lo && x.done <= hi).map((x) => x.used));

/** Clicks Export CSV and waits for the file, sampling the heap meanwhile. */
async function exportOnce(page: Page, cdp: CDPSession, forceGc: boolean) {
  const sampler = sampleHeap(cdp, forceGc);
  const clickAt = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const outside = Date.now() - clickAt;
  await page.getByText(/Exported [\d,]+ entries/).waitFor({ timeout: 60_000 });
  const samples = await sampler.stop();
  const inside = await page.evaluate(() => {
    const start = performance.getEntriesByName('log:export-start').at(-1);
    const done = performance.getEntriesByName('log:export-done').at(-1);
    return start && done ? done.startTime - start.startTime : NaN;
  });
  const text = await readFile(await download.path(), 'utf8');
  return { samples, inside, outside, text };
}

async function main() {
  const missing = missingPrerequisite();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  console.log(
    `Machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const browser = await launchExtension({ hostResolverRules: 'MAP nothing.invalid 127.0.0.1' });
  try {
    const now = Date.now();
    const page = await browser.openExtensionPage('log.html');
    await page.getByText('No entries match.').waitFor({ timeout: 15_000 });
    const seedStart = Date.now();
    // Within the retention period (30 days), so the retention alarm leaves them alone.
    const seeded = await seedSynthetic(page, ENTRIES, now, 14);
    console.log(
      `Seeded ${seeded.entries.toLocaleString()} entries and ${seeded.items.toLocaleString()} item rows ` +
        `over 14 days in ${((Date.now() - seedStart) / 1000).toFixed(1)} s (inside the extension page, raw IndexedDB).`,
    );

    // LevelDB compacts after the bulk write; measuring during that would time the compaction.
    await page.waitForTimeout(10_000);

    // (1) Open → first rows painted. One warm-up (the first open after seeding), then OPEN_RUNS.
    const url = browser.extensionUrl('log.html');
    await page.context().addInitScript(OPEN_PROBE);
    await openToFirstRows(page, url);
    const opens: OpenRun[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) opens.push(await openToFirstRows(page, url));
    const openMedian = median(opens.map((o) => o.mark));
    const ownMedian = median(opens.map((o) => o.mark - o.idbOpen));
    console.log('\n(1) Full log view open → first rows painted');
    console.log(
      `    navigation start → 'log:first-rows' mark (rows committed + 1 frame): ` +
        `${opens.map((o) => ms(o.mark)).join(', ')}; median ${ms(openMedian)}, ` +
        `best ${ms(Math.min(...opens.map((o) => o.mark)))} — ${verdict(openMedian, 200)}`,
    );
    console.log(
      `    of which the browser's indexedDB.open (raw probe at document start): ` +
        `${opens.map((o) => ms(o.idbOpen)).join(', ')}; the rest (page script, query, render) median ${ms(ownMedian)}`,
    );
    console.log(
      `    seen from the test process (goto → mark read): ${opens.map((o) => ms(o.outside)).join(', ')}`,
    );
    // The page has settled (count, chart, template list) before the filters are used.
    await page
      .getByRole('option', { name: /product-sync|Product Sync/ })
      .first()
      .waitFor({ state: 'attached' });
    console.log(`    status once settled: ${await statusText(page)}`);

    // (2) Filter changes, each measured inside the page from the change event to the new rows painted.
    const pair = (t: string, r: string) => seeded.perPair[`${t}|${r}`] ?? 0;
    const steps: [string, 'Template' | 'Result' | 'Search', string, number][] = [
      ['Template = product-sync', 'Template', 'product-sync', seeded.perTemplate['product-sync'] ?? 0],
      [
        '+ Result = Failed (two index ranges, intersected)',
        'Result',
        'failed',
        pair('product-sync', 'failed'),
      ],
      ['Template = all, Result = Failed', 'Template', '', seeded.perResult.failed ?? 0],
      ['Result = all (100,000 again)', 'Result', '', ENTRIES],
      [`Search = SKU ${seeded.sku}`, 'Search', seeded.sku, seeded.skuHits],
      ['Search cleared', 'Search', '', ENTRIES],
    ];
    console.log('\n(2) Filter change → new rows painted');
    console.log(
      '    (rows = first screen of the new filter painted; count = all matching ids walked and counted)',
    );
    for (const [name, control, value, expected] of steps) {
      const t = await filterChange(page, control, value, expected);
      console.log(
        `    ${name.padEnd(52)} ${expected.toLocaleString().padStart(7)} entries  rows ${ms(t.rows).padStart(7)} — ` +
          `${verdict(t.rows, 100)}; count ${ms(t.count)}`,
      );
    }

    // (3) Export all 100,000 with the heap sampled through CDP, twice: as the page runs it (peak, with
    // garbage not yet collected), and with a forced GC before every sample (what the export keeps alive).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const baseline = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const plain = await exportOnce(page, cdp, false);
    const live = await exportOnce(page, cdp, true);
    const parsed = Papa.parse<string[]>(plain.text, { skipEmptyLines: true });
    console.log('\n(3) CSV export of all entries');
    console.log(
      `    ${(parsed.data.length - 1).toLocaleString()} data rows + header, ${(plain.text.length / MB).toFixed(1)} MB, ` +
        `parse errors: ${parsed.errors.length}; second export identical: ${live.text === plain.text}`,
    );
    console.log(
      `    build time (marks export-start → export-done, in the page): ${ms(plain.inside)} — ${verdict(plain.inside, 3000)}`,
    );
    console.log(`    click → download event (test process): ${ms(plain.outside)}`);
    console.log(
      `    JS heap through CDP (Runtime.getHeapUsage every ~20 ms); baseline after a forced GC ` +
        `${(baseline / MB).toFixed(1)} MB (the page with its 100,000 ids):`,
    );
    console.log(
      '      rows exported         peak used (GC as V8 likes)   live (forced GC before each sample)',
    );
    let lo = 0;
    for (const rows of [10_000, 50_000, 100_000].filter((r) => r <= ENTRIES)) {
      console.log(
        `      ${lo.toLocaleString().padStart(7)}–${rows.toLocaleString().padEnd(7)}       ` +
          `${(peakIn(plain.samples, lo, rows) / MB).toFixed(1).padStart(6)} MB                   ` +
          `${(peakIn(live.samples, lo, rows) / MB).toFixed(1).padStart(6)} MB`,
      );
      lo = rows;
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const jsHeapUsed = (await cdp.send('Performance.getMetrics')).metrics.find(
      (m) => m.name === 'JSHeapUsedSize',
    )?.value;
    console.log(
      `      after both exports and a forced GC: ${((jsHeapUsed ?? NaN) / MB).toFixed(1)} MB ` +
        `(Performance.getMetrics JSHeapUsedSize) — the ${(plain.text.length / MB).toFixed(1)} MB CSV lives in Blobs, not the heap`,
    );
    await cdp.detach();
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
