// Product Sync's messages (issue 4), spread into lib/messaging/protocol.ts. The sidebar may read a
// product's sync view and ask to OPEN the confirmation window for syncing it (issue 11 §1: a page
// can frame the sidebar, so nothing it sends writes); the window reads the plan and its Confirm sends
// `product.syncNow` (extension-only; the handler checks the sender is confirm.html, top-level). The
// content script may ask for SKU statuses to draw its badges; settings, import and Preview come from
// our own pages only. A SKU's status is one per SKU: the PO's distributor's when `distributor` names
// it (a PO page), otherwise the first connected distributor's the SKU is linked to.
import { z } from 'zod';
import { IMPORT_MAX, importEntrySchema } from './import-entry';
import { productSyncSettingsSchema } from './settings';
import type { SkuOutcome } from './outcomes';
import type { ProductSyncPlanView } from './product-page';
import type { ProductSyncPreview, ProductSyncSettingsView, ProductSyncView, SkuStatusMap } from './views';

const empty = z.object({}).strict();
const productId = z.number().int().positive();

export const productSyncMessages = {
  'productSync.settings': { from: ['extension'], payload: empty },
  'productSync.saveSettings': { from: ['extension'], payload: productSyncSettingsSchema.partial().strict() },
  'productSync.import': {
    from: ['extension'],
    payload: z.object({ entries: z.array(importEntrySchema).min(1).max(IMPORT_MAX) }).strict(),
  },
  'productSync.preview': { from: ['extension'], payload: empty },
  'product.syncInfo': { from: ['extension', 'sidebar'], payload: z.object({ productId }).strict() },
  'product.reviewSync': { from: ['extension', 'sidebar'], payload: z.object({ productId }).strict() },
  'product.syncPlan': { from: ['extension'], payload: z.object({ productId }).strict() },
  'product.syncNow': { from: ['extension'], payload: z.object({ productId }).strict() },
  'sku.syncStatus': {
    from: ['content', 'sidebar', 'extension'],
    payload: z
      .object({
        skus: z.array(z.string().trim().min(1).max(50)).min(1).max(500),
        distributor: z.string().trim().min(1).max(40).optional(),
      })
      .strict(),
  },
} as const;

export interface ProductSyncResultMap {
  'productSync.settings': ProductSyncSettingsView;
  'productSync.saveSettings': ProductSyncSettingsView;
  'productSync.import': { added: number; queued: number };
  'productSync.preview': ProductSyncPreview;
  'product.syncInfo': ProductSyncView;
  'product.reviewSync': { opened: boolean };
  'product.syncPlan': ProductSyncPlanView;
  'product.syncNow': {
    /** One per linked distributor, in registry order. */
    outcomes: ({ distributor: string; sku: string } & Pick<
      SkuOutcome,
      'outcome' | 'message' | 'hintId' | 'changes'
    >)[];
    view: ProductSyncView;
  };
  'sku.syncStatus': SkuStatusMap;
}
