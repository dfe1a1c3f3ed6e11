// The runner's real store (runner/store/open.ts: PGlite in a data folder) in a temp folder, for the
// API tests that read what a store returns — filters, order, paging, the walk behind the CSV.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../runner/store/open';
import type { RunnerStore } from '../../../runner/store/types';

/** Starting PGlite compiles its WASM and runs initdb: seconds, more on a busy machine. */
export const STORE_START_MS = 120_000;

export async function openTempStore(): Promise<{ store: RunnerStore; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bridge-api-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    async dispose() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
