// Options › Autotask: connect the API-only user (issue 2 §4). The secret is sent once to the background,
// which encrypts it; this form forgets it right after submit and never shows it again.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../ui/api';
import { TextField } from '../ui/field';
import { toAppError } from '../ui/use-request';
import { ConnectionActions } from './connection-actions';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { AutotaskConnectionView, ConnectionStatus } from '../../lib/messaging/results';
import { AccessFindings } from './access-findings';

interface Props {
  view: AutotaskConnectionView;
  onView(view: AutotaskConnectionView): void;
  onStatus(status: ConnectionStatus): void;
}

export function AutotaskConnection({ view, onView, onStatus }: Props) {
  const api = useApi();
  const [userName, setUserName] = useState(view.userName ?? '');
  const [secret, setSecret] = useState('');
  const [integrationCode, setIntegrationCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = { userName: userName.trim(), secret, integrationCode: integrationCode.trim() };
    // Forget the secret before anything can re-render it; the payload holds the only copy.
    setSecret('');
    setBusy(true);
    setError(null);
    try {
      onView(await api(view.connected ? 'autotask.reconnect' : 'autotask.connect', payload));
      setIntegrationCode('');
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const disconnect = async () => {
    setError(null);
    try {
      onStatus(await api('connection.disconnect', { account: 'autotask' }));
      setUserName('');
      setIntegrationCode('');
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  return (
    <section className="card" aria-labelledby="autotask-heading" id="autotask">
      <h2 id="autotask-heading">Autotask</h2>
      {view.connected && view.rejectedAt ? (
        <p className="status-warn" role="status">
          Credentials rejected: Autotask refuses the stored API user (tenant {view.tenantId}). Enter the
          current secret and Reconnect.
        </p>
      ) : view.connected ? (
        <p className="status-ok" role="status">
          Connected to Autotask tenant {view.tenantId} ({view.zoneName})
        </p>
      ) : (
        <p className="muted">Not connected. Use an API-only user (see Help for how to create one).</p>
      )}
      {view.connected ? <AccessFindings missing={view.missing} warnings={view.warnings} /> : null}
      <form onSubmit={(event) => void submit(event)} aria-label="Autotask connection">
        <TextField label="API user name" value={userName} onChange={setUserName} />
        <TextField
          label="API secret"
          value={secret}
          onChange={setSecret}
          secret
          help={view.connected ? 'Enter the secret again to reconnect; it is never shown.' : undefined}
        />
        <TextField
          label="API integration code"
          value={integrationCode}
          onChange={setIntegrationCode}
          help='Autotask calls it the "API tracking identifier" (Admin › Resources › the API user › Security).'
        />
        <ConnectionActions
          account="Autotask"
          forgets="credentials are"
          connected={view.connected}
          busy={busy}
          error={error}
          onDisconnect={disconnect}
        />
      </form>
    </section>
  );
}
