import { chromium } from 'playwright-core';
import { allowCompiledEvaluate } from '../e2e/harness/log-seed';
const ext = '/tmp/h-out/chrome-mv3';
const profile = '/tmp/h-diag/profile';
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, acceptDownloads: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
const page = await ctx.newPage();
await allowCompiledEvaluate(page);
await ctx.addInitScript(`if (location.pathname.endsWith('log.html')) { performance.mark('t:raw-start'); const o = indexedDB.open('autotask-bridge'); o.onsuccess = () => { performance.mark('t:raw-end'); o.result.close(); }; }`);
for (let i = 0; i < 6; i++) {
  await page.goto(`chrome-extension://${id}/log.html`);
  const r = await page.evaluate(() => new Promise<string>((resolve) => {
    const poll = () => {
      const e = performance.getEntriesByName('log:first-rows')[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      if (e) resolve(JSON.stringify(performance.getEntriesByType('mark').map(m=>[m.name,Math.round(m.startTime)])) + ` first-rows ${e.startTime.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)} rows ${document.querySelectorAll('.log-row').length}`);
      else requestAnimationFrame(poll);
    };
    poll();
  }));
  console.log(r);
  await page.locator('.runs-chart svg[role="img"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
}
await page.waitForTimeout(3000);
console.log(await page.locator('.log-toolbar [role=status]').first().textContent());
await ctx.close();
