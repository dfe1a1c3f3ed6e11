// The confirmation window for `Sync this product now` (issue 11 §1): what would be written to the
// product and its TD SYNNEX vendor row, read fresh (product.syncPlan writes nothing), and the one
// button that writes it — usable only once the window has been in front for a second.
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import { HINT_CODES } from '../../lib/hints/hints';
import type { ProductSyncResultMap } from '../../lib/products/messages';
import { useApi } from '../ui/api';
import { WindowConfirmButton } from '../ui/confirm-button';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import { ChangesTable } from './changes-table';

type Result = ProductSyncResultMap['product.syncNow'];

const templateOff: AppErrorData = {
  kind: 'validation',
  service: 'extension',
  status: 0,
  code: HINT_CODES.productSyncOff,
  message: 'Product Sync is switched off: this window cannot write the product.',
};

export function ProductSyncConfirm({ productId }: { productId: number }) {
  const api = useApi();
  const { state } = useRequest(() => api('product.syncPlan', { productId }), [api, productId]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading')
    return <p role="status">Asking TD SYNNEX and Autotask what would change for product {productId}…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const plan = state.value;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api('product.syncNow', { productId }));
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const changes = Object.keys(plan.changes).length;
  return (
    <article aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">Sync {plan.name} from TD SYNNEX</h1>
      <p>
        TD SYNNEX SKU <strong>{plan.sku}</strong> · Autotask product {plan.productId}
      </p>
      {result ? (
        <section aria-label="Result">
          <p role="status">
            {result.outcome.outcome === 'updated' || result.outcome.outcome === 'deactivated'
              ? `Written to Autotask: ${Object.keys(result.outcome.changes ?? {}).length} field(s).`
              : `Nothing written: ${result.outcome.message ?? result.outcome.outcome}.`}
          </p>
          {result.outcome.changes ? (
            <ChangesTable changes={result.outcome.changes} caption="Written" />
          ) : null}
          <button type="button" className="primary" onClick={() => window.close()}>
            Close
          </button>
        </section>
      ) : (
        <>
          {changes > 0 ? (
            <ChangesTable
              changes={plan.changes}
              caption={
                plan.templateEnabled
                  ? 'What Confirm writes to Autotask'
                  : 'What a sync would write to Autotask'
              }
            />
          ) : (
            <p>
              Nothing to write: {plan.message ?? 'the product already matches TD SYNNEX.'} Confirm still
              records this sync.
            </p>
          )}
          {!plan.templateEnabled ? <ErrorHint error={templateOff} /> : null}
          {error ? <ErrorHint error={error} /> : null}
          <div className="row">
            <WindowConfirmButton onConfirm={() => void confirm()} disabled={busy || !plan.templateEnabled}>
              {busy ? 'Syncing…' : changes > 0 ? `Confirm: write ${changes} change(s)` : 'Confirm sync'}
            </WindowConfirmButton>
            <button type="button" onClick={() => window.close()}>
              Cancel
            </button>
          </div>
        </>
      )}
    </article>
  );
}
