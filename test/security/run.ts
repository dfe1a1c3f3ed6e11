// `npm run test:security` (issue 7 "Must show"): runs the security vitest files and the security
// e2e files, then prints every figure in one block. Exits non-zero when a phase failed, a figure
// that must be 0 is not, or a corpus is smaller than the issue asks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figureProblems, formatFigure, readFigures } from './figures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'autotask-bridge-security-'));
const env = { ...process.env, SECURITY_FIGURES_DIR: dir };

function phase(title: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

const failed: string[] = [];
if (
  !phase('security vitest', process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'test/security/vitest.config.ts',
  ])
)
  failed.push('security vitest files');
// test/e2e/run.ts runs the files whose name contains the filter; the default e2e run skips these.
if (!phase('security e2e', process.execPath, ['--import', 'tsx', 'test/e2e/run.ts', 'security-']))
  failed.push('security e2e files');

const figures = readFigures(dir);
rmSync(dir, { recursive: true, force: true });
const problems = figures.flatMap(figureProblems);
if (figures.length === 0) problems.push('no figures were recorded');

console.log('\n──────── Security figures (issues 7, 11) ────────');
for (const figure of figures) console.log(formatFigure(figure));
for (const text of [...failed.map((f) => `failed: ${f}`), ...problems]) console.log(`PROBLEM ${text}`);
console.log('────────────────────────────────────────────');
process.exit(failed.length || problems.length ? 1 : 0);
