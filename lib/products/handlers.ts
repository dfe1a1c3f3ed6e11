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
import { distributorLinks, readyVendors } from './links';
import type { productSyncMessages } from './messages';
import { productSyncOff, productSyncPlan, productSyncView, syncProductNow } from './product-page';
import type { ProductPageDeps } from './product-page';
import { previewEach } from './preview';
import type { PreviewDeps } from './preview';
import { queueFor } from './import-entry';
import { dbImportQueue, enqueueImport, queuedImports, saveSkuStates, skuStates } from './store';
import { skuSyncStatus } from './sku-status';
import type { ProductSyncSettingsView } from './views';

type ProductMessage = keyof typeof productSyncMessages;

export function productHandlers(services: SyncServices): Required<Pick<RouterHandlers, ProductMessage>> {
  /** Every connected distributor with a vendor company (or only `only`, the PO's); none: AppError. */
  async function pageDeps(only?: string): Promise<ProductPageDeps> {
    const [autotask, links] = await Promise.all([services.autotask(), distributorLinks(services, only)]);
    if (links.length === 0) throw noVendor();
    return { autotask, links, states: skuStates, now: Date.now };
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
    let distributors: string[] = [];
    try {
      distributors = (await readyVendors(services)).map((d) => d.id);
    } catch {
      // Connections unreadable: the import then offers the registry's first distributor.
    }
    return { settings, categories, queued: await queuedImports(), distributors };
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
      const { autotask, links } = await pageDeps();
      const settings = await loadTemplateSettings(productSyncTemplate);
      const hidden = await costsHidden();
      const signal = new AbortController().signal;
      const each: PreviewDeps[] = links.map((link) => ({
        autotask,
        distributor: link.adapter,
        vendorId: link.vendorId,
        settings,
        queue: queueFor(dbImportQueue, link.id),
        signal,
        costsHidden: hidden,
      }));
      return previewEach(each);
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
      const outcomes = await syncProductNow(productId, {
        ...deps,
        settings,
        costsReadable: !(await costsHidden()),
        saveStates: saveSkuStates,
        log: (entry, items) => appendEntry({ ...entry, template: PRODUCT_SYNC_TEMPLATE_ID }, items),
      });
      return {
        outcomes: outcomes.map(({ distributor, outcome: { sku, outcome, message, hintId, changes } }) => ({
          distributor,
          sku,
          outcome,
          ...(message ? { message } : {}),
          ...(hintId ? { hintId } : {}),
          ...(changes ? { changes } : {}),
        })),
        view: await productSyncView(productId, deps),
      };
    },
    'sku.syncStatus': async ({ skus, distributor }) => skuSyncStatus(skus, await pageDeps(distributor)),
  };
}
