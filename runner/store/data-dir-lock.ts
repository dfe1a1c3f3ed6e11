// One runner per data folder. PGlite has no lock of its own, and two processes writing one PGlite
// folder would corrupt it, so the runner holds a lock file with its pid while the store is open.
// A lock whose process is gone (kill -9, a crash, a reboot) is stale and taken over. A container
// restart often gives the new runner the old one's pid (pid 1): a file naming our own pid that this
// process did not write is stale too. Not covered: two hosts sharing one folder over a network file
// system (the pid means nothing there) — use PostgreSQL for more than one machine.
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'database.lock';

/** Lock files this process holds, so a second store on the same folder is refused too. */
const held = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another runner (process ${pid}). Stop that runner first; ` +
        `if none is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerOf(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Takes the folder's lock (creating the folder) and returns its release. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  // Written whole under a private name, then linked into place: link() fails if the lock exists, and
  // nobody ever reads a half-written lock file.
  const draft = `${path}.${process.pid}.${Date.now()}`;
  await writeFile(draft, `${process.pid}\n`);
  try {
    for (;;) {
      try {
        await link(draft, path);
        held.add(path);
        let released = false;
        return async () => {
          // Once only: a second call must not remove a lock a later store in this process took.
          if (released) return;
          released = true;
          held.delete(path);
          if ((await ownerOf(path)) === process.pid) await rm(path, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await ownerOf(path);
      const stale = owner === undefined || (owner === process.pid ? !held.has(path) : !isAlive(owner));
      if (!stale) throw new DataDirInUseError(dataDir, owner);
      await rm(path, { force: true });
    }
  } finally {
    await rm(draft, { force: true });
  }
}
