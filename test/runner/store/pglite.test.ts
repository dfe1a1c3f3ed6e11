// @vitest-environment node
// The store contract on the embedded database (PGlite in a data folder), and the folder's lock: one
// runner process per data folder.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE } from '../../../runner/store/data-dir-lock';
import { openStore } from '../../../runner/store/open';
import { storeContract } from './contract';
import { entry } from './contract/samples';

// Starting PGlite compiles its WASM and, for a new folder, runs initdb: seconds on a busy machine.
const SLOW = 120_000;

let root = '';
let template = '';
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bridge-pglite-'));
  // initdb once; every test copies the (closed, migrated) folder instead of creating its own.
  template = join(root, 'template');
  await (await openStore({ dataDir: template })).close();
}, SLOW);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function freshDataDir(): Promise<string> {
  const dataDir = join(root, `db-${counter++}`);
  await cp(template, dataDir, { recursive: true });
  return dataDir;
}

describe('runner store on PGlite', { timeout: SLOW }, () => {
  const session = storeContract({ fresh: async () => ({ dataDir: await freshDataDir() }) });

  describe('data folder lock', () => {
    it('refuses a second store on the folder while the first is open, with the holder named', async () => {
      const first = await session.open();
      await first.log.appendEntry(entry({ summary: 'first' }));

      const second = session.open();
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(`in use by another runner (process ${process.pid})`);

      await first.close();
      const after = await session.open();
      expect((await after.log.query({}, { offset: 0, limit: 5 })).total).toBe(1);
    });

    it('holds the lock with its pid while open and removes it on close', async () => {
      const store = await session.open();
      const lock = join(session.options.dataDir, LOCK_FILE);
      expect((await readFile(lock, 'utf8')).trim()).toBe(String(process.pid));

      await store.close();
      await expect(readFile(lock, 'utf8')).rejects.toThrow(/ENOENT/);
    });

    it.each([
      [
        'a process that has exited (kill -9, a crash)',
        () => String(spawnSync(process.execPath, ['-e', '0']).pid),
      ],
      // A restarted container's runner often gets the same pid as the one before (pid 1).
      ['this process, which did not write it', () => String(process.pid)],
      ['nothing readable', () => ''],
    ])('takes over a stale lock naming %s', async (_, pid) => {
      const dataDir = session.options.dataDir;
      await writeFile(join(dataDir, LOCK_FILE), `${pid()}\n`);

      const store = await session.open();
      expect((await readFile(join(dataDir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
      await store.close();
    });

    it('refuses a lock held by another live process', async () => {
      const dataDir = session.options.dataDir;
      // pid 1 always exists (init, or this container's first process).
      await writeFile(join(dataDir, LOCK_FILE), '1\n');

      await expect(session.open()).rejects.toThrow(`in use by another runner (process 1)`);
    });
  });
});
