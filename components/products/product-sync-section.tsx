// The options page's Product Sync section (issue 4): settings, the import of new products, Preview.
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { CatalogueImport } from './catalogue-import';
import { ProductSyncSettingsForm } from './product-sync-settings';
import { SyncPreview } from './sync-preview';

/** The body of the Product Sync template's section (components/settings/template-section.tsx). */
export function ProductSyncSection() {
  const api = useApi();
  const { state, setState } = useRequest(() => api('productSync.settings', {}), [api]);
  return (
    <div id="product-sync">
      {state.status === 'loading' ? <p className="muted">Loading Product Sync settings…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' ? (
        <>
          <ProductSyncSettingsForm
            view={state.value}
            onView={(value) => setState({ status: 'done', value })}
          />
          <h4>New products</h4>
          <CatalogueImport
            categories={state.value.categories}
            queued={state.value.queued}
            distributors={state.value.distributors}
            onQueued={(queued) => setState({ status: 'done', value: { ...state.value, queued } })}
          />
          <h4>Preview</h4>
          <SyncPreview />
        </>
      ) : null}
    </div>
  );
}
