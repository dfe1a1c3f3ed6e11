// The figures issue 7 asks to see printed ("Must show"). Each security test file records its counts
// here; test/security/run.ts prints them all in one block at the end of `npm run test:security`.
// Vitest workers and the e2e runner are separate processes, so figures travel as small JSON files
// in one directory (SECURITY_FIGURES_DIR, set by run.ts; a stand-alone run writes to test-results/).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  /** One line of the block, e.g. "Forged messages (router, vitest)". */
  label: string;
  /** Numbers in the order printed, e.g. { tried: 412, 'got through': 0 }. */
  counts: Record<string, number>;
  /** Counts that must be 0 for the figure to pass, and minimums for the rest. */
  mustBeZero: string[];
  minimums?: Record<string, number>;
}

// The repository root is the working directory of every runner (npm scripts, vitest, node --test).
const DEFAULT_DIR = join(process.cwd(), 'test-results', 'security');

export function figuresDir(): string {
  return process.env.SECURITY_FIGURES_DIR ?? DEFAULT_DIR;
}

/** Writes (or replaces) the figure with this key. */
export function recordFigure(key: string, figure: Figure): void {
  const dir = figuresDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key.replace(/[^\w.-]+/g, '-')}.json`), JSON.stringify(figure));
}

export function readFigures(dir = figuresDir()): Figure[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Figure);
}

/** The problems with a figure (a non-zero "got through", a corpus below its minimum size). */
export function figureProblems(figure: Figure): string[] {
  const problems: string[] = [];
  for (const key of figure.mustBeZero) {
    if ((figure.counts[key] ?? 0) !== 0) problems.push(`${figure.label}: ${key} = ${figure.counts[key]}`);
  }
  for (const [key, min] of Object.entries(figure.minimums ?? {})) {
    if ((figure.counts[key] ?? 0) < min)
      problems.push(`${figure.label}: ${key} = ${figure.counts[key] ?? 0}, expected ≥ ${min}`);
  }
  return problems;
}

export function formatFigure(figure: Figure): string {
  const counts = Object.entries(figure.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  return `${figureProblems(figure).length ? '✗' : '✓'} ${figure.label.padEnd(52)} ${counts}`;
}
