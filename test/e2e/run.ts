// `npm run test:e2e`: the real-browser suite (issue 2 §6). Missing Chromium or a missing build is a
// failure with the fix in the message — never a silent skip.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtExtensionDir, missingPrerequisite } from './harness/chromium';

const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.ts'))
  // security-*.test.ts run in `npm run test:security` (test/security/run.ts), which prints their
  // figures; the plain suite skips them so that `npm test` runs nothing twice.
  .filter((name) =>
    only.length === 0 ? !name.startsWith('security-') : only.some((part) => name.includes(part)),
  )
  .sort()
  .map((name) => `${dir}${name}`);
if (files.length === 0) {
  // `node --test` with no files would fall back to its own glob and run the vitest files.
  console.error(`No e2e test file matches ${only.join(', ')}`);
  process.exit(1);
}

// The suite runs against a snapshot of the build: a `wxt build` started meanwhile empties .output.
const snapshot = mkdtempSync(join(tmpdir(), 'autotask-bridge-extension-'));
cpSync(builtExtensionDir, snapshot, { recursive: true });

// One browser at a time: each file launches its own Chromium and sandbox, and several at once only
// make timing-sensitive UI assertions flaky. TAP ends with the "# pass N" / "# fail N" summary.
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=tap',
    '--test-timeout=240000',
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, AUTOTASK_BRIDGE_E2E_EXTENSION: snapshot } },
);
child.on('exit', (code, signal) => {
  rmSync(snapshot, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
