// What one distributor folder (lib/distributor/<id>/) gives the rest of the extension (issue 12 §1).
// Everything distributor-specific — its connection fields, where its secrets go, its adapter, its
// hints, its product key and ship-to rules — is in the folder; the registry (registry.ts) lists the
// folders, and messages, settings, sidebar, templates, log and support report iterate it.
import type { HintEntry } from '../errors/hint-types';
import type { DistributorAdapter } from './adapter';

/** One input of the connection form on the options page. */
export interface ConnectionField {
  name: string;
  label: string;
  kind: 'text' | 'secret' | 'select';
  options?: readonly { value: string; label: string }[];
  /** Shown under the field. */
  help?: string;
  /** Secret fields go to the vault; every other field is shown and kept in chrome.storage. */
  autoComplete?: string;
}

export interface AdapterDeps {
  /** The simulators' fetch in tests; the browser's otherwise. The policy only calls it with a Request. */
  fetch?: (req: Request) => Promise<Response>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Account details as typed on the options page: every field of `fields`, secrets included. */
export type AccountInput = Record<string, string>;

/**
 * What the UI, the log, the hints and the templates know of a distributor: data only, light enough
 * for the sidebar and the content script (no adapter, no HTTP code).
 */
export interface DistributorInfo {
  /** Stable id: storage keys, messages, log entries and external product keys use it. */
  id: string;
  /** What the user reads, e.g. the company name. */
  label: string;
  /** Suggests the Autotask vendor company that stands for this distributor. */
  vendorNamePattern: RegExp;
  fields: readonly ConnectionField[];
  /** The names of the fields kept only in the vault (encrypted), never in chrome.storage. */
  secretFields: readonly string[];
  /** "customer 1234 (US, production)": what Options and the popup say about a connected account. */
  describe(account: Readonly<Record<string, string>>): string;
  /** Products this distributor created in Autotask carry `<prefix><sku>` as their external id. */
  externalKeyPrefix: string;
  /** ISO country of the ship-to: Autotask POs have no country field (API.md §4.3). */
  shipToCountry(account: Readonly<Record<string, string>>): string;
  /** Ship method when the Create Orders settings name none. */
  defaultShipMethod: string;
  /** The distributor's own hints (its login, its access, its order rules); `{distributor}` is its label. */
  hints: readonly HintEntry[];
}

/** How the background builds a distributor's adapter (lib/distributor/index.ts); never in a page bundle. */
export interface DistributorFactory {
  id: string;
  createAdapter(account: AccountInput, deps?: AdapterDeps): DistributorAdapter;
  /** Any request that proves the login (a cheap read). */
  probe(adapter: DistributorAdapter, signal?: AbortSignal): Promise<unknown>;
  /** Removes secrets from a request or response body before it can reach an error or a log. */
  redactBody(body: string): string;
}
