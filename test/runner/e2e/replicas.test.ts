// @vitest-environment node
// Issue 13 "Done when": with PostgreSQL (installed and started by the harness where it is missing),
// two runner replicas over 10 scheduled ticks run each template once per tick. Two `npm run runner`
// child processes share one DATABASE_URL and a cron line with seconds for Product Sync and Create
// Orders; each process prints one line per run start and end, and the team log gets one entry per
// run: counted per tick, across both replicas, and checked for overlap.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../runner/store/open';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { startPostgres } from '../harness/postgres';
import type { TestPostgres } from '../harness/postgres';
import { demoConfig, startRunner, waitFor } from './runner-process';
import type { RunnerChild } from './runner-process';

const TICK_MS = 3_000;
const TICKS = 10;
const TEMPLATES = ['product-sync', 'create-orders'] as const;

let sandbox: Sandbox;
let postgres: TestPostgres | undefined;
let noPostgres: string | undefined;
let dir: string;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
  dir = await mkdtemp(join(tmpdir(), 'bridge-replicas-'));
  postgres = await startPostgres().catch((error: Error) => {
    noPostgres = error.message;
    return undefined;
  });
}, 600_000);
afterAll(async () => {
  await Promise.all([sandbox?.close(), postgres?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

interface RunLine {
  replica: number;
  templateId: string;
  at: number;
  kind: 'started' | 'ended';
}

function runLines(replica: number, output: string): RunLine[] {
  return [...output.matchAll(/^(\S+) \w+ run (started|ended): (\S+) \(schedule\)/gm)].map((m) => ({
    replica,
    at: Date.parse(m[1]!),
    kind: m[2] as 'started' | 'ended',
    templateId: m[3]!,
  }));
}

describe('two runner replicas on one PostgreSQL', () => {
  it('run each scheduled template once per tick, never both at once', async (ctx) => {
    if (!postgres) return ctx.skip(`PostgreSQL could not be had: ${noPostgres}`);
    const databaseUrl = await postgres.createDatabase();
    const config = (replica: number) =>
      demoConfig({
        dataDir: join(dir, `replica-${replica}`),
        databaseUrl,
        schedules: Object.fromEntries(TEMPLATES.map((id) => [id, `*/${TICK_MS / 1000} * * * * *`])),
        templates: { 'product-sync': { enabled: true }, 'create-orders': { enabled: true } },
      });
    const replicas: RunnerChild[] = [];
    let from = 0;
    try {
      // One after the other: the first start migrates the schema and logs the Connect.
      for (const replica of [1, 2]) {
        const child = await startRunner({
          dir,
          name: `replica-${replica}`,
          config: config(replica),
          sandboxPort: sandbox.port,
        });
        replicas.push(child);
        await waitFor(() => /schedules: /.test(child.output()), `replica ${replica} to start`, 30_000);
      }
      // The ticks counted: the 10 that start after both replicas are up.
      from = Math.ceil((Date.now() + 1) / TICK_MS) * TICK_MS;
      const to = from + TICKS * TICK_MS;
      await new Promise((resolve) => setTimeout(resolve, to - Date.now() + 1_500));
    } finally {
      for (const child of replicas) child.child.kill('SIGTERM');
      await Promise.all(replicas.map((child) => child.exited));
    }
    const outputs = replicas.map((child) => child.output());
    const lines = outputs.flatMap((output, i) => runLines(i + 1, output));
    const started = lines.filter((l) => l.kind === 'started');
    const ticks = Array.from({ length: TICKS }, (_, i) => from + i * TICK_MS);

    for (const templateId of TEMPLATES) {
      const runs = started.filter((l) => l.templateId === templateId);
      // Once per tick: exactly one start in each tick's window, by whichever replica took the lock.
      const perTick = ticks.map((t) => runs.filter((l) => l.at >= t && l.at < t + TICK_MS).length);
      expect(perTick, `${templateId} starts per tick\n${outputs.join('\n')}`).toEqual(
        Array<number>(TICKS).fill(1),
      );
      // Never both at once: each start comes after the previous run's end (on either replica).
      const timeline = lines
        .filter((l) => l.templateId === templateId)
        .sort((a, b) => a.at - b.at || (a.kind === 'ended' ? -1 : 1));
      let going = 0;
      for (const line of timeline) {
        going += line.kind === 'started' ? 1 : -1;
        expect(going, `${templateId} at ${new Date(line.at).toISOString()}`).toBeLessThanOrEqual(1);
      }
      const byReplica = [1, 2].map((r) => runs.filter((l) => l.replica === r).length);
      console.log(
        `${templateId}: ${runs.length} runs (replica 1: ${byReplica[0]}, replica 2: ${byReplica[1]})`,
      );
    }
    // The skipped ticks say why, and the team log has one entry per run (none per skip).
    expect(outputs.join('\n')).toMatch(/tick skipped: \S+ is running here or on another replica/);
    const store = await openStore({ dataDir: join(dir, 'check'), databaseUrl });
    try {
      for (const templateId of TEMPLATES) {
        const { total } = await store.log.query({ template: templateId }, { offset: 0, limit: 1 });
        expect(total).toBe(started.filter((l) => l.templateId === templateId).length);
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
