// The confirmation window for `Sync this product now` (issue 11 §1): what would be written to the
// product and to each linked distributor's vendor row, read fresh (product.syncPlan writes nothing),
// and the one button that writes it — usable only once the window has been in front for a second.
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import { HINT_CODES } from '../../lib/hints/hints';
import { distributorLabel } from '../../lib/distributor/registry';
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

const WRITTEN = new Set(['updated', 'deactivated']);

export function ProductSyncConfirm({ productId }: { productId: number }) {
  const api = useApi();
  const { state } = useRequest(() => api('product.syncPlan', { productId }), [api, productId]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading')
    return (
      <p role="status">Asking the distributors and Autotask what would change for product {productId}…</p>
    );
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const plan = state.value;
  const several = plan.rows.length > 1;

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

  const changes = plan.rows.reduce((n, row) => n + Object.keys(row.changes).length, 0);
  const written = result
    ? result.outcomes.reduce(
        (n, o) => n + (WRITTEN.has(o.outcome) ? Object.keys(o.changes ?? {}).length : 0),
        0,
      )
    : 0;
  const from = plan.rows.map((row) => row.label).join(' and ');
  return (
    <article aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">
        Sync {plan.name} from {from}
      </h1>
      <ul>
        {plan.rows.map((row) => (
          <li key={row.distributor}>
            {row.label} SKU <strong>{row.sku}</strong> · Autotask product {plan.productId}
          </li>
        ))}
      </ul>
      {result ? (
        <section aria-label="Result">
          <p role="status">
            {written > 0
              ? `Written to Autotask: ${written} field(s).`
              : `Nothing written: ${result.outcomes.map((o) => o.message ?? o.outcome).join('; ')}.`}
          </p>
          {result.outcomes.map((o) =>
            o.changes && WRITTEN.has(o.outcome) ? (
              <ChangesTable
                key={o.distributor}
                changes={o.changes}
                caption={several ? `Written (${distributorLabel(o.distributor)})` : 'Written'}
                distributorLabel={distributorLabel(o.distributor)}
              />
            ) : null,
          )}
          <button type="button" className="primary" onClick={() => window.close()}>
            Close
          </button>
        </section>
      ) : (
        <>
          {plan.rows.map((row) =>
            Object.keys(row.changes).length > 0 ? (
              <ChangesTable
                key={row.distributor}
                changes={row.changes}
                distributorLabel={row.label}
                caption={`${plan.templateEnabled ? 'What Confirm writes to Autotask' : 'What a sync would write to Autotask'}${several ? ` (${row.label})` : ''}`}
              />
            ) : (
              <p key={row.distributor}>
                Nothing to write{several ? ` for ${row.label}` : ''}:{' '}
                {row.message ?? `the product already matches ${row.label}.`} Confirm still records this sync.
              </p>
            ),
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
