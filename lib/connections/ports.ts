// What the connection services need from the rest of the extension, as narrow ports. The background
// binds them to the real modules (lib/settings, lib/log, lib/sync) in one place
// (entrypoints/background/container.ts); tests bind the same real modules with the simulators' fetch.
import type { AutotaskClient, AutotaskCredentials, ZoneInfo } from '../autotask/types';
import type { AccountInput } from '../distributor/module';
import type { AutotaskConnectionView, DistributorConnectionView } from '../messaging/results';
import type { VendorChoice } from '../settings/settings';
import type { SecretBundle, SecretName } from '../settings/vault';

/** A stored value with WXT storage-item semantics. */
export interface Stored<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface ConnectionLogEntry {
  /** 'autotask' or a distributor's registry id. */
  account: string;
  result: 'success' | 'partial' | 'failed';
  summary: string;
  error?: unknown;
  hintId?: string;
}

export interface ConnectionDeps {
  /**
   * A client for these credentials. Connect uses a fresh client whose zone lookups are not persisted,
   * so a refused tenant leaves no trace (the zone cache is written only after success).
   */
  autotaskClient(creds: AutotaskCredentials): AutotaskClient;
  /** Builds the distributor's adapter for this account and makes one cheap call that proves the login. */
  probeDistributor(id: string, account: AccountInput, signal?: AbortSignal): Promise<void>;
  /** The encrypted vault (lib/settings/vault.ts). */
  secrets: {
    save<N extends SecretName>(name: N, value: SecretBundle<N>): Promise<void>;
    load<N extends SecretName>(name: N): Promise<SecretBundle<N> | undefined>;
    delete(name: SecretName): Promise<void>;
    /** Deletes every secret and the vault key itself. */
    deleteAll(): Promise<void>;
  };
  views: {
    autotask: Stored<AutotaskConnectionView>;
    distributor(id: string): Stored<DistributorConnectionView>;
  };
  /** The Autotask company standing for a distributor; survives Reconnect and Disconnect. */
  vendor(id: string): Stored<VendorChoice | null>;
  /** The distributor a vendor company already stands for, if any. */
  vendorOwner(companyId: number): Promise<string | undefined>;
  zoneCache: {
    set(userName: string, zone: ZoneInfo): Promise<void>;
    delete(userName: string): Promise<void>;
  };
  log(entry: ConnectionLogEntry): Promise<void>;
  /** Disables every template and clears their alarms (lib/sync). */
  disableTemplates(): Promise<void>;
  /** Hint id for an error, or for a finding expressed as AppErrorData (lib/errors/hints.ts). */
  hintFor(subject: unknown): string;
  /** Tells the worker's lazily built clients to forget credentials they hold in memory. */
  credentialsChanged(): void;
  now(): Date;
}
