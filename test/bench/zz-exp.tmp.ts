// temporary experiment (not committed)
import { launchExtension } from '../e2e/harness/browser';
import { seedSynthetic } from '../e2e/harness/log-seed';
import { loadPapaIntoPage } from './log-floors';
const N = Number(process.env.N ?? 30000);
async function main() {
  const browser = await launchExtension({ hostResolverRules: 'MAP nothing.invalid 127.0.0.1' });
  const page = await browser.openExtensionPage('log.html');
  await page.getByText('No entries match.').waitFor({ timeout: 15_000 });
  await seedSynthetic(page, N, Date.now(), 14);
  await page.goto('about:blank');
  await page.goto(browser.extensionUrl('log.html?bench-floor-none'));
  await page.waitForTimeout(5000);
  await loadPapaIntoPage(page);
  const out = await page.evaluate(async () => {
    const Papa = (globalThis as any).Papa;
    const idb: IDBDatabase = await new Promise((r) => { const o = indexedDB.open('autotask-bridge'); o.onsuccess = () => r(o.result); });
    const cursorRead = () => new Promise<any[]>((r) => { const out: any[] = []; const c = idb.transaction('activity').objectStore('activity').openCursor(null, 'prev'); c.onsuccess = () => { const cur = c.result; if (cur) { out.push(cur.value); cur.continue(); } else r(out); }; });
    const readRange = (lo: number, hi: number) => new Promise<any[]>((r) => { const q = idb.transaction('activity').objectStore('activity').getAll(IDBKeyRange.bound(lo, hi)); q.onsuccess = () => r(q.result); });
    const cells = (e: any) => [e.id, new Date(e.at).toISOString(), e.template, e.template, e.operation, e.operation, e.result, e.summary, e.itemCount, Object.entries(e.counts ?? {}).map(([k, n]) => `${k} ${n}`).join('; '), e.error?.message ?? '', e.error?.code ?? '', e.hintId ?? ''];
    const cfg = { newline: '\r\n', header: false, escapeFormulae: /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/ };
    const res: Record<string, number[]> = {};
    const time = async (name: string, f: () => unknown) => { const t0 = performance.now(); await f(); (res[name] ??= []).push(performance.now() - t0); };
    for (let round = 0; round < 3; round++) {
      let entries: any[] = [];
      await time('cursor read', async () => { entries = await cursorRead(); });
      const n = entries.length;
      await time('getAll 1000-chunks', async () => { for (let hi = n; hi > 0; hi -= 1000) await readRange(Math.max(1, hi - 999), hi); });
      await time('getAll 1000 prefetch', async () => { let next: Promise<any[]> | undefined = readRange(n - 999, n); for (let hi = n; next; hi -= 1000) { await next; next = hi - 1000 > 0 ? readRange(Math.max(1, hi - 1999), hi - 1000) : undefined; } });
      await time('getAll one request', async () => { await readRange(1, n); });
      await time('getAll 5000-chunks', async () => { for (let hi = n; hi > 0; hi -= 5000) await readRange(Math.max(1, hi - 4999), hi); });
      await time('getAll 1000 x30 one tx', async () => { const st = idb.transaction('activity').objectStore('activity'); await Promise.all(Array.from({ length: Math.ceil(n / 1000) }, (_, k) => new Promise((r) => { const q = st.getAll(IDBKeyRange.bound(Math.max(1, n - 1000 * k - 999), n - 1000 * k)); q.onsuccess = () => r(q.result); }))); });
      await time('cursor 1000-chunks', async () => { for (let hi = n; hi > 0; hi -= 1000) await new Promise((r) => { const out: any[] = []; const c = idb.transaction('activity').objectStore('activity').openCursor(IDBKeyRange.bound(Math.max(1, hi - 999), hi), 'prev'); c.onsuccess = () => { const cur = c.result; if (cur) { out.push(cur.value); cur.continue(); } else r(out); }; }); });
      let rows: any[] = [];
      let texts: any[] = [];
      entries = []; rows = []; texts = [];
    }
    return Object.entries(res).map(([k, ts]) => `${k.padEnd(40)} ${ts.map((t) => t.toFixed(0).padStart(6)).join(' ')}`).join('\n');
  });
  console.log(out);
  await browser.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
