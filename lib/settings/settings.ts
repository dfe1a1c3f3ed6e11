// Typed, non-secret settings (lib/host/settings.ts: chrome.storage.local in the extension). Content scripts can read
// chrome.storage.local, so nothing here may ever hold a secret: credentials live in vault.ts.
import { defineSetting } from '../host/settings';
import type { SettingItem } from '../host/settings';
import type { AppErrorData } from '../errors/app-error';
import type { AutotaskConnectionView, DistributorConnectionView } from '../messaging/results';

/**
 * Off by default: ten technicians with the extension would otherwise run every schedule ten times
 * and spend the tenant's shared API budget ten times (issue 2 §4 "Templates").
 */
export const runScheduledHere = defineSetting<boolean>('runScheduledHere', { fallback: false });

/**
 * The team runner this browser is connected to (issue 13 §2), null when none: its address and what
 * was last seen of it. Not secret (content scripts may read it); the token is in the vault under
 * 'runner'. While one is connected the runner owns the schedules and this browser runs none.
 */
export interface TeamRunnerSetting {
  url: string;
  /** The host permission granted for it (lib/runner-client/address.ts), given back at Disconnect. */
  pattern: string;
  connectedAt: string;
  checkedAt?: string;
  reachable?: boolean;
  lastError?: AppErrorData;
}
export const teamRunner = defineSetting<TeamRunnerSetting | null>('runner.connection', { fallback: null });

export const DISCONNECTED_AUTOTASK: AutotaskConnectionView = { connected: false, missing: [], warnings: [] };
export const DISCONNECTED_DISTRIBUTOR: DistributorConnectionView = { connected: false };

/** What the options page and popup show about the Autotask connection: tenant, zone, missing access. */
export const autotaskConnection = defineSetting<AutotaskConnectionView>('connection.autotask', {
  fallback: DISCONNECTED_AUTOTASK,
});

type Item<T> = SettingItem<T>;
const connectionItems = new Map<string, Item<DistributorConnectionView>>();
const vendorItems = new Map<string, Item<VendorChoice | null>>();

/**
 * One distributor's connection as shown (registry id): its non-secret account fields (customer
 * number, region…) and when it connected; its secrets are in the vault. `local:connection.<id>`.
 */
export function distributorConnection(id: string): Item<DistributorConnectionView> {
  let item = connectionItems.get(id);
  if (!item) {
    item = defineSetting<DistributorConnectionView>(`connection.${id}`, {
      fallback: DISCONNECTED_DISTRIBUTOR,
    });
    connectionItems.set(id, item);
  }
  return item;
}

export interface VendorChoice {
  companyId: number;
  companyName: string;
}

/**
 * The Autotask company that stands for a distributor (registry id). Kept apart from the connection
 * views so that a Reconnect or a Disconnect does not lose it (issue 2 §4 "Reconnect keeps every
 * setting"). `local:<id>.vendor`.
 */
export function distributorVendor(id: string): Item<VendorChoice | null> {
  let item = vendorItems.get(id);
  if (!item) {
    item = defineSetting<VendorChoice | null>(`${id}.vendor`, { fallback: null });
    vendorItems.set(id, item);
  }
  return item;
}

/**
 * The PurchaseOrders field that holds the distributor order number(s) (issue 3 §2): written after a
 * submission, and read by every browser to know a PO was already ordered (issue 5 picks up orders
 * another browser submitted from it). externalPONumber by default (API.md §4.3).
 */
export const orderNumberField = defineSetting<string>('orders.orderNumberField', {
  fallback: 'externalPONumber',
});

/**
 * Where support reports should be sent (issue 10 §6): an e-mail address or URL, '' = not set.
 * Validated by lib/settings/support-contact.ts before it is stored.
 */
export const supportContact = defineSetting<string>('support.contact', { fallback: '' });

/** Days the activity log keeps entries (issue 6 §3). */
export const logRetentionDays = defineSetting<number>('log.retentionDays', { fallback: 30 });

/**
 * A template's stored settings, as last saved. Raw on purpose: lib/sync/template-settings.ts parses
 * them with the template's own zod schema and falls back to its defaults.
 */
export function templateSettingsItem(templateId: string) {
  return defineSetting<Record<string, unknown> | null>(`template.${templateId}`, {
    fallback: null,
  });
}
