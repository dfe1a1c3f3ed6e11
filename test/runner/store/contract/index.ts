// One contract for every backend of the runner's store (types.ts): pglite.test.ts and
// postgres.test.ts run it, each with its own way to get a fresh database.
import { logContract } from './log';
import { lockContract } from './lock';
import { outboxContract } from './outbox';
import { recordsContract } from './records';
import { schemaContract } from './schema';
import { storeSession } from './session';
import type { StoreFixture } from './session';

export type { StoreFixture };

export function storeContract(fixture: StoreFixture) {
  const session = storeSession(fixture);
  logContract(session);
  outboxContract(session);
  recordsContract(session);
  schemaContract(session);
  lockContract(session);
  return session;
}
