// The background's handlers for Product Sync's messages (messages.ts), spread into
// entrypoints/background/handlers.ts. They build on the worker's clients (SyncServices) and the
// extension database; nothing here holds a secret.
import { assertFromConfirmWindow, openConfirmWindow } from '../confirm/window';
import { appendEntry } from '../log/activity';
import type { RouterHandlers } from '../messaging/router';
import { autotaskConnection } from '../settings/settings';
import { updateTemplateSettings } from '../sync/scheduler';
import type { SyncServices } from '../sync/services';
import { loadTemplateSettings } from '../sync/template-settings';
import { PRODUCT_SYNC_TEMPLATE_ID, noVendor, productSyncTemplate } from './template';
import type { productSyncMessages } from './messages';
import { productSyncOff, productSyncPlan, productSyncView, syncProductNow } from './product-page';
import type { ProductPageDeps } from './product-page';
import { previewProductSync } from './preview';
import { dbImportQueue, enqueueImport, queuedImports, saveSkuStates, skuStates } from './store';
import { skuSyncStatus } from './sku-status';
import type { ProductSyncSettingsView } from './views';

type ProductMessage = keyof typeof productSyncMessages;

export function productHandlers(services: SyncServices): Required<Pick<RouterHandlers, ProductMessage>> {
  async function pageDeps(): Promise<ProductPageDeps> {
    const vendorId = await services.distributorVendorId();
    if (vendorId === undefined) throw noVendor();
    const [autotask, distributor] = await Promise.all([services.autotask(), services.distributor()]);
    return { autotask, distributor, vendorId, states: skuStates, now: Date.now };
  }

  async function settingsView(): Promise<ProductSyncSettingsView> {
    const settings = await loadTemplateSettings(productSyncTemplate);
    let categories: string[] = [];
    try {
      const fields = await (await services.autotask()).fields('Products');
      categories = (fields.find((f) => f.name === 'productCategory')?.picklistValues ?? [])
        .filter((v) => v.isActive)
        .map((v) => v.label);
    } catch {
      // Not connected yet: the mapping offers no Autotask categories until it is.
    }
    return { settings, categories, queued: await queuedImports() };
  }

  const costsHidden = async () => (await autotaskConnection.getValue()).warnings.some((w) => /cost/i.test(w));

  return {
    'productSync.settings': settingsView,
    'productSync.saveSettings': async (patch) => {
      await updateTemplateSettings(productSyncTemplate, patch);
      return settingsView();
    },
    'productSync.import': async ({ entries }) => ({
      added: entries.length,
      queued: await enqueueImport(entries),
    }),
    'productSync.preview': async () => {
      const deps = await pageDeps();
      return previewProductSync({
        ...deps,
        settings: await loadTemplateSettings(productSyncTemplate),
        queue: dbImportQueue,
        signal: new AbortController().signal,
        costsHidden: await costsHidden(),
      });
    },
    'product.syncInfo': async ({ productId }) => productSyncView(productId, await pageDeps()),
    // Issue 11 §1: the sidebar may only open the window; the window reads the plan and confirms.
    'product.reviewSync': ({ productId }) => openConfirmWindow({ action: 'product-sync', productId }),
    'product.syncPlan': async ({ productId }) =>
      productSyncPlan(productId, {
        ...(await pageDeps()),
        settings: await loadTemplateSettings(productSyncTemplate),
        costsReadable: !(await costsHidden()),
      }),
    'product.syncNow': async ({ productId }, sender) => {
      assertFromConfirmWindow(sender, { action: 'product-sync', productId });
      const settings = await loadTemplateSettings(productSyncTemplate);
      if (!settings.enabled) throw productSyncOff();
      const deps = await pageDeps();
      const outcome = await syncProductNow(productId, {
        ...deps,
        settings,
        costsReadable: !(await costsHidden()),
        saveStates: saveSkuStates,
        log: (entry, items) => appendEntry({ ...entry, template: PRODUCT_SYNC_TEMPLATE_ID }, items),
      });
      const { outcome: kind, message, hintId, changes } = outcome;
      return {
        outcome: {
          outcome: kind,
          ...(message ? { message } : {}),
          ...(hintId ? { hintId } : {}),
          ...(changes ? { changes } : {}),
        },
        view: await productSyncView(productId, deps),
      };
    },
    'sku.syncStatus': async ({ skus }) => skuSyncStatus(skus, await pageDeps()),
  };
}
