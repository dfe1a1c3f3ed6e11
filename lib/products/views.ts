// What Product Sync shows outside the background (plain data; results.ts names these per message).
import type { SkuSyncStatus } from '../db/records';
import type { WarehouseStock } from '../distributor/adapter';
import type { AppErrorData } from '../errors/app-error';
import type { ProductSyncSettings } from './settings';

export interface ProductSyncSettingsView {
  settings: ProductSyncSettings;
  /** Autotask product category labels (Products.productCategory picklist), for the mapping. */
  categories: string[];
  /** Entries waiting in the import queue. */
  queued: number;
  /**
   * Registry ids of the distributors Product Sync runs for (connected, with a vendor company), in
   * registry order: the import asks which one new products come from. The settings are one set for all.
   */
  distributors: string[];
}

export interface PreviewChange {
  sku: string;
  /** Registry id of the distributor whose SKU it is. */
  distributor?: string;
  action: 'update' | 'create' | 'deactivate';
  productId?: number;
  /** field → "old → new". */
  changes: Record<string, string>;
}

export interface ProductSyncPreview {
  linked: number;
  wouldUpdate: number;
  wouldCreate: number;
  wouldDeactivate: number;
  unchanged: number;
  skipped: number;
  /** Up to PREVIEW_CHANGES, in catalogue order. */
  firstChanges: PreviewChange[];
  /** E.g. the API user cannot read costs. */
  warnings: string[];
}

/** One distributor's current answer for the product (the product page's side-by-side columns). */
export interface DistributorOffer {
  /** Registry id (lib/distributor/registry.ts); the label is the registry's. */
  distributor: string;
  label: string;
  /**
   * The SKU at this distributor: its ProductVendors row's vendor part number when the product has
   * that distributor's row (`linked`), otherwise the one found by the manufacturer part number.
   */
  sku?: string;
  linked: boolean;
  /** This distributor's sync status of the product ('not-linked' without its vendor row). */
  status: SkuSyncStatus;
  answer?: {
    status: 'active' | 'discontinued' | 'notFound';
    price?: number;
    totalAvailable: number;
    warehouses: WarehouseStock[];
    checkedAt: string;
  };
  /** The distributor could not answer (its error, to show with its hint); the other columns still show. */
  error?: AppErrorData;
  /** The lowest price among the offers with stock (one offer, or none). */
  cheapestInStock?: boolean;
  /** This distributor's vendor cost on its ProductVendors row. */
  vendorCost?: number;
  lastSyncAt?: string;
  lastOutcome?: string;
  hintId?: string;
}

export interface ProductSyncView {
  productId: number;
  name: string;
  /** The SKU of the first linked distributor (registry order), if any: the key of its log entries. */
  sku?: string;
  /** The first linked distributor's status; 'not-linked' when no connected distributor has a row. */
  status: SkuSyncStatus;
  /** One per connected distributor with a vendor company, in registry order. */
  offers: DistributorOffer[];
  autotask: { unitCost?: number; unitPrice?: number; vendorCost?: number; isActive: boolean };
  lastSyncAt?: string;
  lastOutcome?: string;
  lastMessage?: string;
  hintId?: string;
}

export type SkuStatusMap = Record<string, SkuSyncStatus>;
export type { SkuSyncStatus };
