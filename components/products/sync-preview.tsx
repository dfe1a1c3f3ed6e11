// Product Sync's Preview (issue 4 §2): what a run would do now — counts and the first changes —
// computed by the background without writing anything.
import { useState } from 'react';
import { distributorLabel } from '../../lib/distributor/registry';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { ProductSyncPreview } from '../../lib/products/views';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError } from '../ui/use-request';

export function SyncPreview() {
  const api = useApi();
  const [preview, setPreview] = useState<ProductSyncPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await api('productSync.preview', {}));
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Previewing…' : 'Preview'}
      </button>
      {preview ? (
        <div role="status" aria-label="Preview result">
          <p>
            Would update {preview.wouldUpdate}, create {preview.wouldCreate}, deactivate{' '}
            {preview.wouldDeactivate} of {preview.linked} linked products ({preview.unchanged} unchanged,{' '}
            {preview.skipped} skipped). Nothing was written.
          </p>
          {preview.warnings.map((w) => (
            <p key={w} className="status-warn">
              {w}
            </p>
          ))}
          {preview.firstChanges.length > 0 ? (
            <table aria-label="First changes">
              <thead>
                <tr>
                  <th scope="col">Distributor</th>
                  <th scope="col">SKU</th>
                  <th scope="col">Action</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {preview.firstChanges.map((c) => (
                  <tr key={`${c.distributor ?? ''}-${c.action}-${c.sku}`}>
                    <td>{distributorLabel(c.distributor)}</td>
                    <td>{c.sku}</td>
                    <td>{c.action}</td>
                    <td>
                      {Object.entries(c.changes)
                        .map(([field, change]) => `${field}: ${change}`)
                        .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorHint error={error} /> : null}
    </div>
  );
}
