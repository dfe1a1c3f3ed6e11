// Issue 13 "Done when", the first journey: the runner (`npm run runner`, a child process) + both
// simulators + the extension pointed at the runner. The runner's schedules run Product Sync and Get
// Order Status before any browser exists; a forced failure (TD SYNNEX answering price requests with
// an HTML page) reaches a webhook receiver once, however many failed runs follow within the hour;
// then Chromium starts, Options → Team runner connects to the runner, and the popup and the log page
// show the runner's entries with where each ran.
//
// The one step not driven as a person would: the browser's own permission prompt for the runner's
// address. Headless Chromium opens it where nobody can click, so the journey writes the yes into
// the profile before the browser starts (harness/browser.ts grantInProfile); Connect still asks
// (permissions.request), and gets the answer a yes leaves.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import type { Sandbox } from '../sandbox/server';
import { demoConfig, startRunner, waitFor } from '../runner/e2e/runner-process';
import type { RunnerChild } from '../runner/e2e/runner-process';
import { launchExtension, unpackedExtensionId } from './harness/browser';
import type { ExtensionBrowser } from './harness/browser';
import { screenshot } from './harness/session';
import { section } from './harness/user';
import { eventuallyVisible, expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';

/** Every 3 s: a few ticks within the journey, and far enough apart to count them. */
const EVERY_3_S = '*/3 * * * * *';
const TOKEN = 'journey-runner-token-0123456789abcdef';
const POPUP = { width: 380, height: 600 } as const;

interface Posted {
  at: number;
  body: { text?: string; blocks?: unknown[] };
}

/** A stand-in for Slack's incoming webhook: keeps every POST it gets. */
async function startWebhookReceiver(): Promise<{ url: string; posts: Posted[]; close(): Promise<void> }> {
  const posts: Posted[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST') {
        posts.push({
          at: Date.now(),
          body: JSON.parse(Buffer.concat(chunks).toString() || '{}') as Posted['body'],
        });
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/journey`,
    posts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface RunEnd {
  templateId: string;
  result: string;
}

/** The runner's own lines for scheduled runs that ended (runner/host/run-log.ts). */
function scheduledEnds(output: string): RunEnd[] {
  return [...output.matchAll(/ run ended: (\S+) \(schedule\) (success|partial|failed) /g)].map((m) => ({
    templateId: m[1]!,
    result: m[2]!,
  }));
}

let sandbox: Sandbox;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let dir: string;
let runner: RunnerChild;
let apiPort: number;
let browser: ExtensionBrowser | undefined;

async function runnerApi<T>(path: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/api/v1${path}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

before(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
  hook = await startWebhookReceiver();
  dir = await mkdtemp(join(tmpdir(), 'bridge-runner-journey-'));
  // The runner answers only the extensions it lists, so it must know this one's id before it starts.
  const extensionOrigin = `chrome-extension://${await unpackedExtensionId()}`;
  runner = await startRunner({
    dir,
    name: 'journey',
    sandboxPort: sandbox.port,
    config: demoConfig({
      dataDir: join(dir, 'data'),
      api: { port: 0, token: TOKEN, allowedOrigins: [extensionOrigin] },
      alerts: { webhookUrl: hook.url, kind: 'slack' },
      schedules: { 'product-sync': EVERY_3_S, 'order-status': EVERY_3_S },
    }),
  });
  await waitFor(() => /API listening on /.test(runner.output()), 'the runner’s API', 60_000);
  apiPort = Number(/API listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(runner.output())![1]);
});

after(async () => {
  await browser?.close();
  runner?.child.kill('SIGTERM');
  await runner?.exited;
  await Promise.all([sandbox?.close(), hook?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the team runner with no browser, then the extension pointed at it', () => {
  test('the schedules run Product Sync and Get Order Status on the runner, no browser involved', async () => {
    await waitFor(
      () =>
        ['product-sync', 'order-status'].every((id) =>
          scheduledEnds(runner.output()).some((end) => end.templateId === id && end.result === 'success'),
        ),
      'a successful scheduled run of each template',
      60_000,
    );
    // What they did is in the simulators: Autotask was read and written, TD SYNNEX was asked.
    assert.ok(
      sandbox.tdsynnex.requests.some((r) => r.operation === 'price'),
      'TD SYNNEX prices asked',
    );
    const { entries } = await runnerApi<{ entries: { template: string; result: string }[] }>('/log');
    for (const template of ['product-sync', 'order-status']) {
      assert.ok(
        entries.some((e) => e.template === template && e.result === 'success'),
        `a ${template} entry in the runner's log`,
      );
    }
    const { templates } = await runnerApi<{
      templates: { id: string; lastRunAt?: string; lastResult?: string; nextRunAt?: string }[];
    }>('/runs');
    for (const id of ['product-sync', 'order-status']) {
      const run = templates.find((t) => t.id === id);
      assert.ok(run?.lastRunAt && run.nextRunAt, `${id} has a last and a next run: ${JSON.stringify(run)}`);
      assert.ok(
        Date.parse(run.nextRunAt) > Date.parse(run.lastRunAt),
        `${id}: the next run is after the last`,
      );
    }
    assert.equal(hook.posts.length, 0, 'nothing to alert while every run succeeds');
  });

  test('a Product Sync that keeps failing reaches the webhook once, with summary, hint and link', async () => {
    const before = scheduledEnds(runner.output()).length;
    const failedSince = () =>
      scheduledEnds(runner.output())
        .slice(before)
        .filter((end) => end.templateId === 'product-sync' && end.result !== 'success');
    // A maintenance page instead of XML, on every price request for a while: three runs in a row fail.
    sandbox.tdsynnex.faults.htmlNext(10_000, 'price');
    try {
      await waitFor(() => failedSince().length >= 3, 'three failed scheduled Product Sync runs', 60_000);
    } finally {
      sandbox.tdsynnex.faults.clear();
    }
    // The first failure's alert is posted as its entry is written; give any later one time to arrive.
    await waitFor(() => hook.posts.length >= 1, 'the alert', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(
      hook.posts.length,
      1,
      `one alert for ${failedSince().length} failed runs with the same hint`,
    );
    const [post] = hook.posts;
    const text = JSON.stringify(post!.body);
    assert.match(post!.body.text ?? '', /^Product Sync — (Failed|Partial success)/);
    assert.match(text, /"type":"section"/, 'the summary and the hint as sections');
    assert.match(text, /Open the entry/, 'a link to the entry');
    assert.match(text, new RegExp(`http://127\\.0\\.0\\.1:${apiPort}/api/v1/log/\\d+`));
    assert.doesNotMatch(text, new RegExp(TOKEN), 'the token is not in the alert');
  });

  test('connected in Options → Team runner, the popup and the log page show the runner’s entries, marked', async () => {
    browser = await launchExtension({
      hostResolverRules: sandbox.hostResolverRules,
      grantedOrigins: ['http://127.0.0.1/*'],
    });
    assert.equal(
      browser.extensionId,
      await unpackedExtensionId(),
      'the id the runner was told is the one Chromium gave the extension',
    );
    const options = await browser.openExtensionPage('options.html');
    const card = section(options, 'Team runner');
    await card.getByLabel('Runner address').fill(`http://127.0.0.1:${apiPort}`);
    await card.getByLabel('Runner token').fill(TOKEN);
    await card.getByRole('button', { name: 'Connect' }).click();
    await eventuallyVisible(card.getByRole('button', { name: 'Check now' }), 'the connected runner', 20_000);
    await expectVisibleToUser(card.getByText(`127.0.0.1:${apiPort}`).first(), { allowVerticalScroll: true });
    await screenshot(options, 'runner-journey-options');
    await options.close();

    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(scheme);
      const latest = popup.getByRole('list', { name: 'Latest activity' });
      await eventuallyVisible(latest.getByText('Runner').first(), 'a runner entry in the popup', 20_000);
      const items = await latest.getByRole('listitem').allInnerTexts();
      assert.ok(
        items.some((t) => /Runner/.test(t) && /Product Sync/.test(t)),
        `a runner Product Sync entry: ${items.join(' | ')}`,
      );
      // The templates are the runner's: their last and next runs, not this browser's "never".
      const templates = popup.getByRole('region', { name: 'Templates' });
      for (const name of ['Product Sync', 'Get Order Status']) {
        const text = await templates.getByRole('listitem', { name }).innerText();
        assert.match(text, /Last run: (?!never).*· Next run: (?!not)/, `${name} in the popup: ${text}`);
      }
      await expectNoSidewaysScroll(popup);
      await screenshot(popup, scheme === 'light' ? 'runner-journey-popup' : 'runner-journey-popup-dark');
      await popup.close();
    }

    // Run now in the popup starts the run on the runner.
    const popup = await openPopup('light');
    const status = popup
      .getByRole('region', { name: 'Templates' })
      .getByRole('listitem', { name: 'Get Order Status' });
    const manualRuns = () => (runner.output().match(/run started: order-status \(manual\)/g) ?? []).length;
    const before = manualRuns();
    await status.getByRole('button', { name: 'Run now' }).click();
    await waitFor(
      () => manualRuns() === before + 1,
      'Get Order Status started on the runner by Run now',
      20_000,
    );
    await popup.close();

    const log = await browser.openExtensionPage('log.html');
    const rows = log.getByRole('list', { name: 'Log entries' });
    await eventuallyVisible(rows.getByText('Runner').first(), 'a runner entry on the log page', 20_000);
    const texts = await rows.getByRole('listitem').allInnerTexts();
    for (const name of ['Product Sync', 'Get Order Status']) {
      assert.ok(
        texts.some((t) => t.includes('Runner') && t.includes(name)),
        `a runner ${name} entry on the log page`,
      );
    }
    assert.ok(
      texts.some((t) => t.includes('Runner') && /Failed|Partial/.test(t)),
      'the forced failure is on the log page',
    );
    await screenshot(log, 'runner-journey-log');
    await log.emulateMedia({ colorScheme: 'dark' });
    await screenshot(log, 'runner-journey-log-dark');
    await log.emulateMedia({ colorScheme: 'light' });

    // Filters and CSV export across both logs: the runner's failed Product Syncs, as its API counts them.
    const { total } = await runnerApi<{ total: number }>('/log?template=product-sync&result=failed');
    assert.ok(total >= 3, `the runner logged the forced failures: ${total}`);
    await log.getByLabel('Template').selectOption('product-sync');
    await log.getByLabel('Result').selectOption('failed');
    const statusLine = log.locator('.log-toolbar [role="status"]');
    await statusLine.filter({ hasText: `${total} entries` }).waitFor({ timeout: 15_000 });
    for (const text of await rows.getByRole('listitem').allInnerTexts()) {
      assert.match(text, /Runner[\s\S]*Product Sync[\s\S]*Failed/, text);
    }
    const [download] = await Promise.all([
      log.waitForEvent('download', { timeout: 30_000 }),
      log.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = Papa.parse<string[]>(await readFile(await download.path(), 'utf8'), { skipEmptyLines: true });
    assert.deepEqual(csv.errors, []);
    const [header, ...data] = csv.data;
    assert.equal(header!.at(-1), 'Ran on');
    assert.equal(data.length, total, 'one CSV row per entry the filter shows');
    assert.deepEqual([...new Set(data.map((row) => row.at(-1)))], ['Runner']);
    await log.close();
  });
});

async function openPopup(scheme: 'light' | 'dark'): Promise<Page> {
  const popup = await browser!.openExtensionPage('popup.html');
  await popup.setViewportSize(POPUP);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.getByRole('heading', { name: 'Autotask Bridge' }).waitFor({ timeout: 15_000 });
  return popup;
}
