// The worker's dependencies, built once per worker start and lazily: nothing is read from the vault
// and no client exists until a message or an alarm needs one, so a disconnected extension does
// nothing. Secrets are decrypted here, inside the service worker, and never leave it.
import { createAutotaskBudget } from '../../lib/autotask/budget';
import type { AutotaskBudget } from '../../lib/autotask/budget';
import { createAutotaskClient } from '../../lib/autotask/client';
import type { AutotaskClient } from '../../lib/autotask/types';
import { createConnectionDeps } from '../../lib/connections/deps';
import type { ConnectionDeps } from '../../lib/connections/ports';
import { rejectionWatch, watchRejections } from '../../lib/connections/rejected';
import { persistedZoneCache } from '../../lib/connections/zone-cache';
import { createDistributorAdapter } from '../../lib/distributor';
import type { DistributorAdapter } from '../../lib/distributor/adapter';
import { DISTRIBUTORS, distributorLabel } from '../../lib/distributor/registry';
import { AppError } from '../../lib/errors/app-error';
import { store } from '../../lib/host/store';
import { autotaskConnection, distributorConnection, distributorVendor } from '../../lib/settings/settings';
import { loadSecret } from '../../lib/settings/vault';
import type { SyncServices } from '../../lib/sync/services';

export interface Container extends SyncServices {
  connection: ConnectionDeps;
  /** The Autotask client for the stored credentials; AppError 'auth'/'not-connected' without them. */
  autotask(): Promise<AutotaskClient>;
  distributor(id: string): Promise<DistributorAdapter>;
}

export interface ContainerOptions {
  /** The simulators' fetch in tests; the browser's otherwise. */
  fetch?: typeof fetch;
}

/** `account`: 'autotask' or a distributor's registry id. */
export function notConnected(account: string): AppError {
  const autotask = account === 'autotask';
  const name = autotask ? 'Autotask' : distributorLabel(account);
  return new AppError({
    kind: 'auth',
    ...(autotask
      ? { service: 'autotask' as const }
      : { service: 'distributor' as const, distributor: account }),
    status: 0,
    code: 'not-connected',
    message: `${name} is not connected: open the extension's options and Connect.`,
  });
}

/** Built on first use; a failed build is not kept, so the next use tries again (e.g. after Connect). */
function lazy<T>(build: () => Promise<T>) {
  let pending: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      if (!pending) {
        const attempt = build();
        pending = attempt;
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
      }
      return pending;
    },
    reset() {
      pending = undefined;
    },
  };
}

export function createContainer(options: ContainerOptions = {}): Container {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  let budget: AutotaskBudget | undefined;
  const autotask = lazy(buildAutotask);
  const distributors = new Map(DISTRIBUTORS.map(({ id }) => [id, lazy(() => buildDistributor(id))]));

  const connection = createConnectionDeps({
    ...fetchOption,
    // New or deleted credentials: the next use builds clients again from the vault.
    onCredentialsChanged: () => {
      autotask.reset();
      for (const distributor of distributors.values()) distributor.reset();
    },
  });

  async function buildAutotask(): Promise<AutotaskClient> {
    const credentials = await loadSecret('autotask');
    if (!credentials) throw notConnected('autotask');
    // One budget per worker, persisted, shared by every client this worker builds (budget.ts).
    budget ??= createAutotaskBudget({ store: store().budget });
    // A 401 from here on flips the stored state to "Credentials rejected" (lib/connections/rejected.ts).
    return watchRejections(
      createAutotaskClient({ credentials, zoneCache: persistedZoneCache, budget, ...fetchOption }),
      rejectionWatch('autotask', autotaskConnection),
    );
  }

  async function buildDistributor(id: string): Promise<DistributorAdapter> {
    const [secret, view] = await Promise.all([loadSecret(id), distributorConnection(id).getValue()]);
    if (!secret || !view.connected) throw notConnected(id);
    // The vault keeps the whole account; the shown fields fill in what an older vault entry lacks.
    return watchRejections(
      createDistributorAdapter(id, { ...view.account, ...secret }, fetchOption),
      rejectionWatch(id, distributorConnection(id)),
    );
  }

  return {
    connection,
    autotask: autotask.get,
    distributor(id) {
      const distributor = distributors.get(id);
      return distributor ? distributor.get() : Promise.reject(notConnected(id));
    },
    async distributorVendors() {
      return Promise.all(
        DISTRIBUTORS.map(async ({ id }) => {
          const [vendor, view] = await Promise.all([
            distributorVendor(id).getValue(),
            distributorConnection(id).getValue(),
          ]);
          return { id, vendorId: vendor?.companyId, connected: view.connected };
        }),
      );
    },
    async beginWork(signal) {
      const client = await autotask.get();
      // buildAutotask created the budget together with the client.
      await budget?.beginWork((s) => client.threshold(s), signal);
    },
  };
}
