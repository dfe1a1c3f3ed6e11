// A throwaway PostgreSQL server for the runner's store tests (issue 13: "installed and started by
// the test where it is missing"). DATABASE_URL_TEST points at an existing server instead. Otherwise
// the server's binaries are found (or installed with apt-get), a cluster is initialised in a temp
// folder and started on a free 127.0.0.1 port, durability off (fsync) for speed; stop() removes it.
// Never a silent skip: a server that cannot be had fails the tests with the reason.
import { execFile, execFileSync } from 'node:child_process';
import type { ExecFileOptions } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** The maintenance database's URL, for acting on other sessions. */
  adminUrl: string;
  /** A new, empty database on the server; dropped (or removed with the server) by stop(). */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
  /** How long getting the server took (install, initdb, start). */
  startMs: number;
}

const TOOLS = ['initdb', 'pg_ctl', 'postgres'];

function run(file: string, args: readonly string[], options: ExecFileOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${file} ${args.join(' ')} failed: ${String(stderr || error.message).trim()}`));
      else resolve(String(stdout));
    });
  });
}

/** A folder holding all three server programs: PATH, then Debian's versioned folders, newest first. */
function findBinDir(): string | undefined {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  const candidates = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', ...debian];
  return candidates.find((dir) => dir !== '' && TOOLS.every((tool) => existsSync(join(dir, tool))));
}

async function installPostgres(): Promise<void> {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = async (...args: string[]) => {
    const [file, ...rest] = [...sudo, 'apt-get', ...args];
    await run(file!, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 });
  };
  try {
    await apt('install', '-y', '--no-install-recommends', 'postgresql');
  } catch {
    // A fresh machine has no package lists yet.
    await apt('update');
    await apt('install', '-y', '--no-install-recommends', 'postgresql');
  }
}

/** PostgreSQL refuses to run as root: as root, run its programs as an ordinary user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }));
      return { uid, gid };
    } catch {
      // No such user: try the next.
    }
  }
  throw new Error('Running as root and found neither a "postgres" nor a "nobody" user to run PostgreSQL as.');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function adminDatabases(adminUrl: string) {
  const created: string[] = [];
  let counter = 0;
  return {
    async createDatabase() {
      const name = `bridge_test_${process.pid}_${Date.now()}_${counter++}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropAll() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function startServer(started: number): Promise<TestPostgres> {
  let bin = findBinDir();
  if (!bin) {
    await installPostgres().catch((error: Error) => {
      throw new Error(
        `PostgreSQL is not installed and apt-get could not install it (${error.message}). ` +
          'Install it, or set DATABASE_URL_TEST to a server the tests may create databases on.',
      );
    });
    bin = findBinDir();
    if (!bin)
      throw new Error('apt-get installed postgresql, but initdb/pg_ctl/postgres are still not to be found.');
  }
  const user = serverUser();
  const as: ExecFileOptions = user ? { uid: user.uid, gid: user.gid } : {};
  const root = await mkdtemp(join(tmpdir(), 'bridge-pg-'));
  if (user) await chown(root, user.uid, user.gid);
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  const tool = (name: string) => join(bin, name);
  const stopServer = async () => {
    await run(tool('pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w'], as).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await run(
      tool('initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      as,
    );
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await run(tool('pg_ctl'), ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', settings], as).catch(
      async (error: Error) => {
        const serverLog = await readFile(log, 'utf8').catch(() => '');
        throw new Error(`${error.message}\n${serverLog}`);
      },
    );
    const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const databases = adminDatabases(adminUrl);
    return {
      adminUrl,
      createDatabase: databases.createDatabase,
      // The whole cluster goes, databases and all.
      stop: stopServer,
      startMs: Date.now() - started,
    };
  } catch (error) {
    await stopServer();
    throw new Error(`Could not start a PostgreSQL server for the tests: ${(error as Error).message}`);
  }
}

export async function startPostgres(): Promise<TestPostgres> {
  const started = Date.now();
  const given = process.env.DATABASE_URL_TEST;
  if (!given) return startServer(started);
  const databases = adminDatabases(given);
  return { adminUrl: given, createDatabase: databases.createDatabase, stop: databases.dropAll, startMs: 0 };
}
