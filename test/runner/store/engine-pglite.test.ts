// @vitest-environment node
// The storage port's contract (test/lib/host/store-contract) on the runner's embedded database.
import { describe } from 'vitest';
import { openPglite } from '../../../runner/store/pglite-driver';
import { engineStoreContract } from '../../lib/host/store-contract';
import { engineSession } from './engine-session';

describe('the engine store on PGlite', { timeout: 60_000 }, () => {
  engineStoreContract(engineSession(() => openPglite('memory://')));
});
