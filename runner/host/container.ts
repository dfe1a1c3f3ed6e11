// The runner's SyncServices (lib/sync/services.ts): entrypoints/background/container.ts without the
// vault. Credentials come from the configuration (runner/config.ts) and stay in this closure; clients
// are built on first use, so a run that needs no distributor never builds one.
import { createAutotaskBudget } from '../../lib/autotask/budget';
import type { AutotaskBudget } from '../../lib/autotask/budget';
import { createAutotaskClient } from '../../lib/autotask/client';
import type { AutotaskClient } from '../../lib/autotask/types';
import { rejectionWatch, watchRejections } from '../../lib/connections/rejected';
import { persistedZoneCache } from '../../lib/connections/zone-cache';
import { createDistributorAdapter } from '../../lib/distributor';
import type { DistributorAdapter } from '../../lib/distributor/adapter';
import { DISTRIBUTORS, distributorLabel } from '../../lib/distributor/registry';
import { AppError } from '../../lib/errors/app-error';
import { store } from '../../lib/host/store';
import { autotaskConnection, distributorConnection, distributorVendor } from '../../lib/settings/settings';
import type { SyncServices } from '../../lib/sync/services';
import type { RunnerConfig } from '../config';

export interface RunnerContainerOptions {
  /** The simulators' fetch in tests; Node's otherwise. */
  fetch?: typeof fetch;
}

function notConfigured(id: string): AppError {
  return new AppError({
    kind: 'auth',
    service: 'distributor',
    distributor: id,
    status: 0,
    code: 'not-connected',
    message: `${distributorLabel(id)} is not configured on this runner: add its account to the runner's configuration.`,
  });
}

export function createRunnerContainer(
  config: Pick<RunnerConfig, 'autotask' | 'distributors'>,
  options: RunnerContainerOptions = {},
): SyncServices {
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  let budget: AutotaskBudget | undefined;
  let autotask: Promise<AutotaskClient> | undefined;
  const adapters = new Map<string, DistributorAdapter>();

  function buildAutotask(): Promise<AutotaskClient> {
    // One budget per process, its memory in the store (lib/host/store.ts), shared by every client.
    budget ??= createAutotaskBudget({ store: store().budget });
    // A 401 flips the stored view to "Credentials rejected", which the API's views show.
    const client = watchRejections(
      createAutotaskClient({
        credentials: config.autotask,
        zoneCache: persistedZoneCache,
        budget,
        ...fetchOption,
      }),
      rejectionWatch('autotask', autotaskConnection),
    );
    return Promise.resolve(client);
  }

  const getAutotask = () => (autotask ??= buildAutotask());

  return {
    autotask: getAutotask,
    async distributor(id) {
      const configured = config.distributors[id];
      if (!configured) throw notConfigured(id);
      let adapter = adapters.get(id);
      if (!adapter) {
        adapter = watchRejections(
          createDistributorAdapter(id, configured.account, fetchOption),
          rejectionWatch(id, distributorConnection(id)),
        );
        adapters.set(id, adapter);
      }
      return adapter;
    },
    async distributorVendors() {
      return Promise.all(
        DISTRIBUTORS.map(async ({ id }) => ({
          id,
          vendorId: (await distributorVendor(id).getValue())?.companyId,
          connected: id in config.distributors,
        })),
      );
    },
    async beginWork(signal) {
      const client = await getAutotask();
      // buildAutotask created the budget together with the client.
      await budget?.beginWork((s) => client.threshold(s), signal);
    },
  };
}
