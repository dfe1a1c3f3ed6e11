// Typed, non-secret settings in chrome.storage.local (WXT storage items). Content scripts can read
// chrome.storage.local, so nothing here may ever hold a secret: credentials live in vault.ts.
import { storage } from 'wxt/utils/storage';
import type { AutotaskConnectionView, TdSynnexConnectionView } from '../messaging/results';

/**
 * Off by default: ten technicians with the extension would otherwise run every schedule ten times
 * and spend the tenant's shared API budget ten times (issue 2 §4 "Templates").
 */
export const runScheduledHere = storage.defineItem<boolean>('local:runScheduledHere', { fallback: false });

export const DISCONNECTED_AUTOTASK: AutotaskConnectionView = { connected: false, missing: [], warnings: [] };
export const DISCONNECTED_TDSYNNEX: TdSynnexConnectionView = { connected: false };

/** What the options page and popup show about the Autotask connection: tenant, zone, missing access. */
export const autotaskConnection = storage.defineItem<AutotaskConnectionView>('local:connection.autotask', {
  fallback: DISCONNECTED_AUTOTASK,
});

/** Customer number, user id, region and environment; the password is in the vault. */
export const tdsynnexConnection = storage.defineItem<TdSynnexConnectionView>('local:connection.tdsynnex', {
  fallback: DISCONNECTED_TDSYNNEX,
});

export interface VendorChoice {
  companyId: number;
  companyName: string;
}

/**
 * The Autotask company that stands for TD SYNNEX. Kept apart from the connection views so that a
 * Reconnect or a TD SYNNEX disconnect does not lose it (issue 2 §4 "Reconnect keeps every setting").
 */
export const tdsynnexVendor = storage.defineItem<VendorChoice | null>('local:tdsynnex.vendor', {
  fallback: null,
});

/**
 * The PurchaseOrders field that holds the TD SYNNEX order number(s) (issue 3 §2): written after a
 * submission, and read by every browser to know a PO was already ordered (issue 5 picks up orders
 * another browser submitted from it). externalPONumber by default (API.md §4.3).
 */
export const orderNumberField = storage.defineItem<string>('local:orders.orderNumberField', {
  fallback: 'externalPONumber',
});

/**
 * Where support reports should be sent (issue 10 §6): an e-mail address or URL, '' = not set.
 * Validated by lib/settings/support-contact.ts before it is stored.
 */
export const supportContact = storage.defineItem<string>('local:support.contact', { fallback: '' });

/** Days the activity log keeps entries (issue 6 §3). */
export const logRetentionDays = storage.defineItem<number>('local:log.retentionDays', { fallback: 30 });

/**
 * A template's stored settings, as last saved. Raw on purpose: lib/sync/template-settings.ts parses
 * them with the template's own zod schema and falls back to its defaults.
 */
export function templateSettingsItem(templateId: string) {
  return storage.defineItem<Record<string, unknown> | null>(`local:template.${templateId}`, {
    fallback: null,
  });
}
