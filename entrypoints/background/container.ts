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
import { AppError } from '../../lib/errors/app-error';
import { autotaskConnection, tdsynnexConnection, tdsynnexVendor } from '../../lib/settings/settings';
import { loadSecret } from '../../lib/settings/vault';
import type { SyncServices } from '../../lib/sync/services';
import { budgetStore } from './budget-store';

export interface Container extends SyncServices {
  connection: ConnectionDeps;
  /** The Autotask client for the stored credentials; AppError 'auth'/'not-connected' without them. */
  autotask(): Promise<AutotaskClient>;
  distributor(): Promise<DistributorAdapter>;
}

export interface ContainerOptions {
  /** The simulators' fetch in tests; the browser's otherwise. */
  fetch?: typeof fetch;
}

export function notConnected(service: 'autotask' | 'tdsynnex'): AppError {
  const name = service === 'autotask' ? 'Autotask' : 'TD SYNNEX';
  return new AppError({
    kind: 'auth',
    service,
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
  const distributor = lazy(buildDistributor);

  const connection = createConnectionDeps({
    ...fetchOption,
    // New or deleted credentials: the next use builds clients again from the vault.
    onCredentialsChanged: () => {
      autotask.reset();
      distributor.reset();
    },
  });

  async function buildAutotask(): Promise<AutotaskClient> {
    const credentials = await loadSecret('autotask');
    if (!credentials) throw notConnected('autotask');
    // One budget per worker, persisted, shared by every client this worker builds (budget.ts).
    budget ??= createAutotaskBudget({ store: budgetStore });
    // A 401 from here on flips the stored state to "Credentials rejected" (lib/connections/rejected.ts).
    return watchRejections(
      createAutotaskClient({ credentials, zoneCache: persistedZoneCache, budget, ...fetchOption }),
      rejectionWatch('autotask', autotaskConnection),
    );
  }

  async function buildDistributor(): Promise<DistributorAdapter> {
    const [secret, view] = await Promise.all([loadSecret('tdsynnex'), tdsynnexConnection.getValue()]);
    if (!secret || !view.connected || !view.region || !view.environment) throw notConnected('tdsynnex');
    return watchRejections(
      createDistributorAdapter(
        { distributor: 'tdsynnex', ...secret, region: view.region, environment: view.environment },
        fetchOption,
      ),
      rejectionWatch('tdsynnex', tdsynnexConnection),
    );
  }

  return {
    connection,
    autotask: autotask.get,
    distributor: distributor.get,
    async distributorVendorId() {
      return (await tdsynnexVendor.getValue())?.companyId;
    },
    async beginWork(signal) {
      const client = await autotask.get();
      // buildAutotask created the budget together with the client.
      await budget?.beginWork((s) => client.threshold(s), signal);
    },
  };
}
