// @vitest-environment node
// `npm run runner -- --once product-sync` as a Kubernetes CronJob would run it: a child process with
// a config file and a PGlite data folder, against both simulators over real HTTPS (the sandbox;
// sandbox-fetch.ts maps the production host names to it). Afterwards the log in the data folder
// holds the run's entry, and the exit code says how the run went.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../runner/store/open';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { DEMO } from '../../e2e/harness/demo-accounts';
import { startReceiver } from '../alerts/receiver';
import { demoConfig, startRunner } from './runner-process';
import type { Receiver } from '../alerts/receiver';

let sandbox: Sandbox;
let receiver: Receiver;
let dir: string;
beforeAll(async () => {
  [sandbox, receiver] = await Promise.all([startSandbox({ seed: 'demo' }), startReceiver()]);
  dir = await mkdtemp(join(tmpdir(), 'bridge-once-'));
});
afterAll(async () => {
  await Promise.all([sandbox?.close(), receiver?.close()]);
  await rm(dir, { recursive: true, force: true });
});

function config(name: string, autotaskSecret: string = DEMO.autotask.secret) {
  const base = demoConfig({});
  return demoConfig({
    dataDir: join(dir, name),
    alerts: { webhookUrl: receiver.url, kind: 'slack' },
    autotask: { ...(base.autotask as object), secret: autotaskSecret },
    templates: { 'product-sync': { enabled: true } },
  });
}

async function runOnce(name: string, content: Record<string, unknown>) {
  const runner = await startRunner({
    dir,
    name,
    config: content,
    sandboxPort: sandbox.port,
    once: 'product-sync',
  });
  const { code } = await runner.exited;
  return { code, output: runner.output() };
}

async function logOf(name: string) {
  const store = await openStore({ dataDir: join(dir, name) });
  try {
    return (await store.log.query({}, { offset: 0, limit: 20 })).entries;
  } finally {
    await store.close();
  }
}

describe('runner --once product-sync', () => {
  it('runs Product Sync against the simulators, writes its log entry and exits 0', async () => {
    const { code, output } = await runOnce('ok', config('ok'));
    expect(code, output).toBe(0);
    expect(output).toMatch(/run started: product-sync \(schedule\)/);
    expect(output).toMatch(/run ended: product-sync \(schedule\) success/);
    const entries = await logOf('ok');
    const run = entries.find((e) => e.template === 'product-sync');
    expect(run).toMatchObject({ operation: 'product-sync', result: 'success' });
    expect(run!.itemCount).toBeGreaterThan(0);
    // The runner's Connect, once: the tenant and its findings, as the options page logs them.
    expect(entries.filter((e) => e.operation === 'connection')).toHaveLength(1);
    expect(sandbox.requests.some((r) => r.url.includes('ec.us.tdsynnex.com'))).toBe(true);
    for (const secret of [DEMO.autotask.secret, DEMO.tdsynnex.password]) expect(output).not.toContain(secret);
    expect(receiver.posts).toHaveLength(0);
  }, 60_000);

  it('exits 1 on a failed run, logs it and posts one alert, quoting no secret', async () => {
    const wrong = 'wrong-secret-Pq19';
    const { code, output } = await runOnce('failed', config('failed', wrong));
    expect(code, output).toBe(1);
    expect(output).toMatch(/run ended: product-sync \(schedule\) failed/);
    const entries = await logOf('failed');
    expect(entries.find((e) => e.template === 'product-sync')?.result).toBe('failed');
    expect(receiver.posts).toHaveLength(1);
    expect(JSON.stringify(receiver.posts[0]!.body)).toContain('Product Sync');
    for (const secret of [wrong, DEMO.tdsynnex.password, receiver.secretPath]) {
      expect(output).not.toContain(secret);
      expect(JSON.stringify(receiver.posts)).not.toContain(wrong);
    }
  }, 60_000);
});
