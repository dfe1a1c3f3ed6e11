// What the connection services need from the rest of the extension, as narrow ports. The background
// binds them to the real modules (lib/settings, lib/log, lib/sync) in one place
// (entrypoints/background/container.ts); tests bind the same real modules with the simulators' fetch.
import type { AutotaskClient, AutotaskCredentials, ZoneInfo } from '../autotask/types';
import type { DistributorAdapter } from '../distributor/adapter';
import type { AutotaskConnectionView, TdSynnexConnectionView } from '../messaging/results';
import type { VendorChoice } from '../settings/settings';
import type { SecretBundle, SecretName } from '../settings/vault';

export interface TdSynnexAccount {
  customerNo: string;
  userId: string;
  password: string;
  region: 'US' | 'CA';
  environment: 'production' | 'test';
}

/** A stored value with WXT storage-item semantics. */
export interface Stored<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface ConnectionLogEntry {
  account: 'autotask' | 'tdsynnex';
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
  tdsynnexAdapter(account: TdSynnexAccount): DistributorAdapter;
  /** The encrypted vault (lib/settings/vault.ts). */
  secrets: {
    save<N extends SecretName>(name: N, value: SecretBundle<N>): Promise<void>;
    load<N extends SecretName>(name: N): Promise<SecretBundle<N> | undefined>;
    delete(name: SecretName): Promise<void>;
    /** Deletes every secret and the vault key itself. */
    deleteAll(): Promise<void>;
  };
  views: { autotask: Stored<AutotaskConnectionView>; tdsynnex: Stored<TdSynnexConnectionView> };
  /** The Autotask company standing for TD SYNNEX; survives Reconnect and Disconnect. */
  vendor: Stored<VendorChoice | null>;
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
