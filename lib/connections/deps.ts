// Binds the connection ports (ports.ts) to the real modules. The background calls this once per
// worker start; tests call it too, with a simulator's fetch, so they exercise the same storage.
import { createAutotaskClient } from '../autotask/client';
import { distributorFactory } from '../distributor';
import { DISTRIBUTORS } from '../distributor/registry';
import { hintFor } from '../hints/hints';
import { appendEntry } from '../log/activity';
import { MANUAL_TEMPLATE } from '../db/records';
import { autotaskConnection, distributorConnection, distributorVendor } from '../settings/settings';
import { deleteAll, deleteSecret, loadSecret, saveSecret } from '../settings/vault';
import { disableAll } from '../sync/scheduler';
import type { ConnectionDeps } from './ports';
import { persistedZoneCache } from './zone-cache';

export interface ConnectionEnvironment {
  /** The simulators' `fetch` in tests; the browser's otherwise. */
  fetch?: typeof fetch;
  now?: () => Date;
  /** Called after credentials were saved or deleted (the worker drops its cached clients). */
  onCredentialsChanged?: () => void;
}

export function createConnectionDeps(env: ConnectionEnvironment = {}): ConnectionDeps {
  const fetchOption = env.fetch ? { fetch: env.fetch } : {};
  return {
    // No zone cache and a fresh budget: a Connect that is refused leaves nothing behind.
    autotaskClient: (credentials) => createAutotaskClient({ credentials, ...fetchOption }),
    async probeDistributor(id, account, signal) {
      const factory = distributorFactory(id);
      await factory.probe(factory.createAdapter(account, fetchOption), signal);
    },
    secrets: { save: saveSecret, load: loadSecret, delete: deleteSecret, deleteAll },
    views: { autotask: autotaskConnection, distributor: distributorConnection },
    vendor: distributorVendor,
    async vendorOwner(companyId) {
      for (const { id } of DISTRIBUTORS) {
        if ((await distributorVendor(id).getValue())?.companyId === companyId) return id;
      }
      return undefined;
    },
    zoneCache: persistedZoneCache,
    async log({ account, result, summary, error, hintId }) {
      await appendEntry({
        template: MANUAL_TEMPLATE,
        operation: 'connection',
        result,
        summary,
        keys: [account],
        ...(account !== 'autotask' ? { distributor: account } : {}),
        ...(error !== undefined ? { error } : {}),
        ...(hintId ? { hintId } : {}),
      });
    },
    disableTemplates: disableAll,
    hintFor: (subject) => hintFor(subject).id,
    credentialsChanged: () => env.onCredentialsChanged?.(),
    now: env.now ?? (() => new Date()),
  };
}
