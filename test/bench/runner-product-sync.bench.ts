// The runner's 10,000-SKU Product Sync (issue 13 "Done when": same call counts as the extension's).
// The extension's daily run (product-sync-daily.ts) and then the same scenario — same simulators,
// seed, latency and changed SKUs — through the runner's own entry point, in-process: `runOnce` of
// runner/once.ts (what `npm run runner -- --once product-sync` calls) with a config file of mode 0600
// and PGlite in a fresh data folder, the host's clients on the simulators' fetch. The runner's first
// start connects (one Connect per API user, runner/host/connect.ts); that start is made beforehand
// and counted apart, so the columns compare one scheduled run with one run.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAutotaskBudget } from '../../lib/autotask/budget';
import type { BudgetStatus } from '../../lib/autotask/budget';
import { loadConfig } from '../../runner/config';
import type { RunnerConfig } from '../../runner/config';
import { boot } from '../../runner/host/boot';
import type { RunLog } from '../../runner/host/run-log';
import { openRunnerStorage } from '../../runner/host/storage';
import { EXIT, runOnce } from '../../runner/once';
import { DEMO } from '../lib/products/world';
import type { World } from '../lib/products/world';
import { DEMO_TDSYNNEX_ACCOUNT } from '../sandbox/tdsynnex/index';
import { callsByEntity, dailyWorld, fmt, measureDailyRun, priceCalls } from './product-sync-daily';
import type { DailyFigures, EntityCalls } from './product-sync-daily';

/** Both simulators behind one fetch, by host name, as the sandbox server routes them. */
function simulatorFetch(world: World): typeof fetch {
  return async (input, init) => {
    const req = new Request(input, init);
    const host = new URL(req.url).hostname;
    if (host.endsWith('.autotask.net')) return world.autotaskSim.fetch(req);
    if (host.endsWith('.tdsynnex.com')) return world.tdsynnexSim.fetch(req);
    throw new Error(`no simulator serves ${host}`);
  };
}

async function writeConfig(dir: string): Promise<RunnerConfig> {
  const path = join(dir, 'runner.json');
  const content = {
    dataDir: join(dir, 'data'),
    autotask: { userName: DEMO.userName, secret: DEMO.secret, integrationCode: DEMO.integrationCode },
    distributors: {
      tdsynnex: {
        ...DEMO_TDSYNNEX_ACCOUNT,
        environment: 'production',
        vendorCompanyId: DEMO.tdSynnexVendorId,
      },
    },
    // As the extension's scenario: linked products only, no creates.
    templates: { 'product-sync': { enabled: true, createNew: false } },
  };
  await writeFile(path, JSON.stringify(content), { mode: 0o600 });
  await chmod(path, 0o600);
  return loadConfig({ BRIDGE_CONFIG: path });
}

interface RunnerFigures {
  code: number;
  startUpCalls: EntityCalls;
  byEntity: EntityCalls;
  tdsCalls: number;
  tdsRequests: number;
  runSeconds: number;
  onceSeconds: number;
  summary: string;
  budget: BudgetStatus;
}

function recordingLog(lines: string[], ended: (ms: number, summary: string) => void): RunLog {
  return {
    started: () => {},
    ended: (_id, _trigger, outcome, ms) =>
      ended(ms, outcome ? `${outcome.result}: ${outcome.summary ?? ''}` : 'stopped'),
    info: (message) => lines.push(message),
    error: (message) => lines.push(`error: ${message}`),
  };
}

async function measureRunner(): Promise<RunnerFigures> {
  const { world } = dailyWorld();
  const fetch = simulatorFetch(world);
  const dir = await mkdtemp(join(tmpdir(), 'bridge-bench-'));
  try {
    const config = await writeConfig(dir);
    const lines: string[] = [];
    let runSeconds = 0;
    let summary = '';
    const log = recordingLog(lines, (ms, text) => ((runSeconds = ms / 1000), (summary = text)));

    // The first start: Connect (zone, tenant, access probe), then the host closes.
    await (await boot(config, log, { fetch })).close();
    const startUp = world.autotaskSim.requests.length;
    const tdsStartUp = world.tdsynnexSim.requests.length;

    const started = performance.now();
    const code = await runOnce(config, 'product-sync', log, { fetch });
    const onceSeconds = (performance.now() - started) / 1000;
    if (lines.some((l) => l.startsWith('error'))) console.log(lines.join('\n'));

    // The runner's Autotask budget, as it stands in its database after the run.
    const { store, engine } = await openRunnerStorage({ dataDir: config.dataDir });
    const budget = await createAutotaskBudget({ store: engine.budget })
      .status()
      .finally(() => store.close());
    return {
      code,
      startUpCalls: callsByEntity(world.autotaskSim.requests.slice(0, startUp)),
      byEntity: callsByEntity(world.autotaskSim.requests.slice(startUp)),
      tdsCalls: priceCalls(world, tdsStartUp),
      tdsRequests: world.tdsynnexSim.requests.length - tdsStartUp,
      runSeconds,
      onceSeconds,
      summary,
      budget,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const total = (calls: EntityCalls) => [...calls.values()].reduce((n, e) => n + e.reads + e.writes, 0);
const share = (b: BudgetStatus) => `${b.used} of ${b.allowance} (${fmt((b.used / b.allowance) * 100, 1)} %)`;

function compare(ext: DailyFigures, runner: RunnerFigures): boolean {
  const rows: [string, number, number][] = [];
  const entities = [...new Set([...ext.byEntity.keys(), ...runner.byEntity.keys()])].sort();
  for (const entity of entities) {
    const [a, b] = [ext.byEntity.get(entity), runner.byEntity.get(entity)];
    rows.push([`Autotask ${entity} reads`, a?.reads ?? 0, b?.reads ?? 0]);
    rows.push([`Autotask ${entity} writes`, a?.writes ?? 0, b?.writes ?? 0]);
  }
  rows.push(['Autotask calls, all', ext.autotaskCalls, total(runner.byEntity)]);
  rows.push(['TD SYNNEX price calls', ext.tdsCalls, runner.tdsCalls]);
  rows.push(['TD SYNNEX requests, all', ext.tdsRequests, runner.tdsRequests]);

  console.log(
    `\nRunner vs extension: ${ext.changed.size} of 10000 SKUs changed, same simulators, seed and latency`,
  );
  console.log(`  ${'count'.padEnd(38)}${'extension'.padStart(10)}${'runner'.padStart(10)}`);
  for (const [name, a, b] of rows) {
    console.log(
      `  ${name.padEnd(38)}${String(a).padStart(10)}${String(b).padStart(10)}  ${a === b ? 'same' : 'differs'}`,
    );
  }
  console.log(
    "  (the runner's run passes the engine's budget gate, which reads ThresholdInformation; the run's own budget then takes that reading instead of a second one)",
  );
  console.log(`  extension outcomes: ${JSON.stringify(ext.outcomes)}`);
  console.log(`  runner exit code ${runner.code}, run ended ${runner.summary}`);
  console.log(
    `  runner's first start (Connect, once per API user; not part of a run): ${total(runner.startUpCalls)} Autotask calls ${JSON.stringify(Object.fromEntries(runner.startUpCalls))}`,
  );
  console.log(
    `  wall time: extension ${fmt(ext.seconds)} s; runner ${fmt(runner.runSeconds)} s for the run, ${fmt(runner.onceSeconds)} s for runOnce (open PGlite, migrate, recover the outbox, run, prune the log, close)`,
  );
  console.log(
    `  calls/hour budget used after the run: extension ${share(ext.budget)}; runner ${share(runner.budget)}`,
  );
  return runner.code === EXIT.ok && rows.every(([, a, b]) => a === b);
}

const ok = compare(await measureDailyRun(), await measureRunner());
console.log(
  ok ? '\nSame call counts as the extension.' : '\nThe runner differs from the extension (see above).',
);
process.exit(ok ? 0 : 1);
