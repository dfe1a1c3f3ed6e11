// What a running template may use beyond its context: the API clients and the budget gate. The
// background provides them once per worker start (entrypoints/background/index.ts); tests provide
// clients built on the simulators. Kept out of RunContext's construction so lib/sync never builds
// a client itself (credentials stay with the background's container).
import { AppError } from '../errors/app-error';
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';

/** A distributor as the templates see it: its registry id and the Autotask company standing for it. */
export interface DistributorVendor {
  id: string;
  /** The Autotask vendor company chosen for it (options page); undefined until one is chosen. */
  vendorId: number | undefined;
  connected: boolean;
}

export interface SyncServices {
  autotask(): Promise<AutotaskClient>;
  /** One distributor's adapter (registry id); AppError 'auth' `not-connected` when it is not connected. */
  distributor(id: string): Promise<DistributorAdapter>;
  /** Every registered distributor in registry order, with its vendor company and connection state. */
  distributorVendors(): Promise<DistributorVendor[]>;
  /**
   * The API budget's gate for NEW work (lib/autotask/budget.ts): throws AppError 'throttled'
   * (`tenant-busy` above 50 % of the tenant's threshold, `budget` when our allowance is spent).
   */
  beginWork(signal?: AbortSignal): Promise<void>;
}

let current: SyncServices | undefined;

export function provideSyncServices(services: SyncServices | undefined): void {
  current = services;
}

export function syncServices(): SyncServices {
  if (!current) {
    throw new AppError({
      kind: 'server',
      service: 'extension',
      status: 0,
      code: 'no-services',
      message: 'Templates cannot run here: the background has not provided its API clients.',
    });
  }
  return current;
}

export function hasSyncServices(): boolean {
  return current !== undefined;
}
