// Options › Team runner (issue 13 §2): the address and token of the Bridge runner the team hosts.
// Connect first asks the browser for access to that one host (its prompt needs this click), then
// hands address and token to the background, which checks both with the runner and keeps the token
// encrypted; this form forgets it at once. While connected the runner owns the schedules.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../ui/api';
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorHint } from '../ui/error-hint';
import { TextField } from '../ui/field';
import { formatDateTime } from '../ui/format';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { TeamRunnerView } from '../../lib/messaging/results';
import { runnerAddress } from '../../lib/runner-client/address';
import { requestRunnerAccess, runnerAccessRefused } from '../../lib/runner-client/permission';

interface Props {
  /** Told after Connect and Disconnect: the schedule setting reads differently then. */
  onConnectionChanged?(view: TeamRunnerView): void;
}

export function TeamRunnerSection({ onConnectionChanged }: Props) {
  const api = useApi();
  // Opening Options asks the runner once: "reachable" should be true now, not at Connect.
  const { state, setState } = useRequest(() => api('runner.status', { check: true }), [api]);
  return (
    <section className="card" aria-labelledby="team-runner-heading" id="team-runner">
      <h2 id="team-runner-heading">Team runner</h2>
      <p className="help-text">
        A Bridge runner your team hosts runs the scheduled templates on a server — whether or not a browser is
        open — and keeps one log for the whole team. Enter its address and the token whoever set it up gave
        you.
      </p>
      {state.status === 'loading' ? <p className="muted">Checking the team runner…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' ? (
        <TeamRunnerForm
          view={state.value}
          onView={(view, changed) => {
            setState({ status: 'done', value: view });
            if (changed) onConnectionChanged?.(view);
          }}
        />
      ) : null}
    </section>
  );
}

function RunnerStatus({ view }: { view: TeamRunnerView }) {
  if (!view.connected) {
    return (
      <p className="muted" role="status">
        Not connected. Scheduled templates run in the browser that has them switched on (Scheduled work
        below).
      </p>
    );
  }
  const checked = view.checkedAt ? ` (checked ${formatDateTime(view.checkedAt)})` : '';
  if (view.reachable === false) {
    return (
      <>
        <p className="status-warn" role="status">
          Connected to {view.url}, but it did not answer as it should{checked}.
        </p>
        {view.lastError ? <ErrorHint error={view.lastError} /> : null}
      </>
    );
  }
  return (
    <p className="status-ok" role="status">
      Connected to {view.url} — reachable, API v1{checked}. Schedules run there.
    </p>
  );
}

const BUSY_TEXT = {
  // The browser's own prompt is open (at the address bar): say where the answer is awaited.
  asking: 'Allow access in the browser’s prompt to continue…',
  connecting: 'Connecting…',
  checking: 'Checking…',
} as const;

function TeamRunnerForm({
  view,
  onView,
}: {
  view: TeamRunnerView;
  onView(view: TeamRunnerView, changed: boolean): void;
}) {
  const api = useApi();
  const [url, setUrl] = useState(view.url ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState<keyof typeof BUSY_TEXT | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let address;
    try {
      address = runnerAddress(url);
    } catch (thrown) {
      setError(toAppError(thrown));
      return;
    }
    // Forget the token before anything can re-render it; `payload` holds the only copy.
    const payload = { url: address.url, token: token.trim() };
    setToken('');
    setBusy('asking');
    try {
      // First, before any other await: the browser's prompt needs this click's user activation.
      const allowed = await requestRunnerAccess(address.pattern);
      if (!allowed) throw runnerAccessRefused(address.origin);
      setBusy('connecting');
      const next = await api('runner.connect', payload);
      setUrl(next.url ?? address.url);
      onView(next, true);
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(null);
    }
  };

  const disconnect = async () => {
    setError(null);
    try {
      onView(await api('runner.disconnect', {}), true);
      setUrl('');
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const check = async () => {
    setError(null);
    setBusy('checking');
    try {
      onView(await api('runner.status', { check: true }), false);
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <RunnerStatus view={view} />
      <form onSubmit={(event) => void connect(event)} aria-label="Team runner connection">
        <TextField
          label="Runner address"
          value={url}
          onChange={setUrl}
          help="Its https:// address, e.g. https://bridge-runner.your-msp.example. Connect asks your browser for access to this one address."
        />
        <TextField
          label="Runner token"
          value={token}
          onChange={setToken}
          secret
          help={
            view.connected
              ? 'Enter the token again to reconnect; it is never shown. It is kept encrypted, and only the extension’s background sends it, to this runner alone.'
              : 'BRIDGE_API_TOKEN of the runner. It is kept encrypted, never shown again, and only the extension’s background sends it, to this runner alone.'
          }
        />
        {error ? <ErrorHint error={error} /> : null}
        <div className="row">
          <button type="submit" className="primary" disabled={busy !== null}>
            {view.connected ? 'Reconnect' : 'Connect'}
          </button>
          {view.connected ? (
            <>
              <button type="button" disabled={busy !== null} onClick={() => void check()}>
                Check now
              </button>
              <ConfirmButton
                label="Disconnect"
                question="Disconnect the team runner? Its token is deleted, the access to its address is given back, and schedules run again in the browser that has them switched on."
                confirmLabel="Yes, disconnect the runner"
                onConfirm={disconnect}
                disabled={busy !== null}
              />
            </>
          ) : null}
          {busy ? <span role="status">{BUSY_TEXT[busy]}</span> : null}
        </div>
      </form>
      <p className="help-text" style={{ marginTop: 12 }}>
        The runner answers only the extensions its <code>BRIDGE_ALLOWED_ORIGINS</code> lists. This one is{' '}
        <code>{view.extensionOrigin}</code>.
      </p>
    </>
  );
}
