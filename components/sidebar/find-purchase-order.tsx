// The way out when the recogniser missed (UI.md): look a purchase order up by number or id.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError } from '../ui/use-request';
import { Waiting } from './progress';
import type { AppErrorData } from '../../lib/errors/app-error';

// protocol.ts: purchaseOrder.find takes 1–60 characters.
const MAX_QUERY = 60;

export function FindPurchaseOrder({ onFound }: { onFound(poId: number): void }) {
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (!trimmed) return;
    setBusy(true);
    setNotFound(null);
    setError(null);
    try {
      const found = await api('purchaseOrder.find', { query: trimmed });
      if (found) onFound(found.poId);
      else setNotFound(trimmed);
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form role="search" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>Find purchase order</label>
      <div className="row">
        <input
          id={id}
          type="search"
          placeholder="PO number or id"
          maxLength={MAX_QUERY}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          Find
        </button>
      </div>
      {busy ? <Waiting>{`Looking up “${query.trim()}” in Autotask…`}</Waiting> : null}
      {notFound !== null ? <p role="status">No purchase order matches “{notFound}”.</p> : null}
      {error ? <ErrorHint error={error} /> : null}
    </form>
  );
}
