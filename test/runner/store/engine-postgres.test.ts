// @vitest-environment node
// The storage port's contract (test/lib/host/store-contract) on PostgreSQL: here concurrent calls
// really run on separate connections, so the compare-and-set and the transactions' isolation are
// the server's, not one connection's queue.
import { afterAll, beforeAll, describe } from 'vitest';
import { openPg } from '../../../runner/store/pg-driver';
import { engineStoreContract } from '../../lib/host/store-contract';
import { startPostgres } from '../harness/postgres';
import type { TestPostgres } from '../harness/postgres';
import { engineSession } from './engine-session';

let server: TestPostgres;

beforeAll(async () => {
  server = await startPostgres();
}, 600_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

describe('the engine store on PostgreSQL', { timeout: 60_000 }, () => {
  engineStoreContract(engineSession(async () => openPg(await server.createDatabase())));
});
