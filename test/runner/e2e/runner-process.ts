// The runner as a child process for the e2e journeys (kill -9 and resume, two replicas): a config
// file (mode 600) per start, `runner/main.ts` under tsx with sandbox-fetch.ts sending the production
// host names to the loopback sandbox, its stdout and stderr collected, and a wait that polls.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../e2e/harness/demo-accounts';

/** The demo tenant's TD SYNNEX vendor company (test/sandbox/autotask/seed.ts). */
export const TDSYNNEX_VENDOR_ID = 29683001;
const REPO = join(import.meta.dirname, '../../..');

/** A runner configuration on the demo accounts, with `extra` (dataDir, templates, schedules…) over it. */
export function demoConfig(extra: Record<string, unknown>): Record<string, unknown> {
  const { customerNo, userId, password, region } = DEMO.tdsynnex;
  return {
    autotask: {
      userName: DEMO.autotask.userName,
      secret: DEMO.autotask.secret,
      integrationCode: DEMO.autotask.integrationCode,
    },
    distributors: {
      tdsynnex: {
        customerNo,
        userId,
        password,
        region,
        environment: 'production',
        vendorCompanyId: TDSYNNEX_VENDOR_ID,
      },
    },
    ...extra,
  };
}

export interface RunnerChild {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** The exit code (null after a signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL — no handler, no checkpoint save, no database close — and wait for the exit. */
  kill9(): Promise<void>;
}

/** Starts `npm run runner [-- --once <template>]` with `config` written to `<dir>/<name>.json`. */
export async function startRunner(options: {
  dir: string;
  name: string;
  config: Record<string, unknown>;
  sandboxPort: number;
  once?: string;
  env?: Record<string, string>;
}): Promise<RunnerChild> {
  const path = join(options.dir, `${options.name}.json`);
  await writeFile(path, JSON.stringify(options.config));
  await chmod(path, 0o600);
  const args = ['--import', 'tsx', '--import', './test/runner/e2e/sandbox-fetch.ts', 'runner/main.ts'];
  if (options.once) args.push('--once', options.once);
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: {
      ...process.env,
      ...options.env,
      BRIDGE_CONFIG: path,
      BRIDGE_TEST_SANDBOX_PORT: String(options.sandboxPort),
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` every 20 ms until it is true; throws with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
