// What Product Sync shows outside the background (plain data; results.ts names these per message).
import type { SkuSyncStatus } from '../db/records';
import type { WarehouseStock } from '../distributor/adapter';
import type { ProductSyncSettings } from './settings';

export interface ProductSyncSettingsView {
  settings: ProductSyncSettings;
  /** Autotask product category labels (Products.productCategory picklist), for the mapping. */
  categories: string[];
  /** Entries waiting in the import queue. */
  queued: number;
}

export interface PreviewChange {
  sku: string;
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

export interface ProductSyncView {
  productId: number;
  name: string;
  /** The TD SYNNEX SKU of the product's ProductVendors row, if linked. */
  sku?: string;
  status: SkuSyncStatus;
  tdsynnex?: {
    status: 'active' | 'discontinued' | 'notFound';
    price?: number;
    totalAvailable: number;
    warehouses: WarehouseStock[];
    checkedAt: string;
  };
  autotask: { unitCost?: number; unitPrice?: number; vendorCost?: number; isActive: boolean };
  lastSyncAt?: string;
  lastOutcome?: string;
  lastMessage?: string;
  hintId?: string;
}

export type SkuStatusMap = Record<string, SkuSyncStatus>;
export type { SkuSyncStatus };
