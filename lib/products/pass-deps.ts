// What every Product Sync pass works with: the two API clients, the distributor's vendor, the
// settings, and whether it may write (Preview plans everything and writes nothing).
import type { AutotaskClient } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';
import type { Sleep } from './calls';
import type { ProductSyncSettings } from './settings';

export interface PassDeps {
  autotask: AutotaskClient;
  distributor: DistributorAdapter;
  vendorId: number;
  settings: ProductSyncSettings;
  sleep: Sleep;
  signal: AbortSignal;
  /** Preview: plan everything, write nothing. */
  dryRun: boolean;
}
