// The foot of a connection form: its error with the hint, Connect / Reconnect, and Disconnect behind
// a confirmation — the same for Autotask and every distributor.
import { ConfirmButton } from '../ui/confirm-button';
import { ErrorHint } from '../ui/error-hint';
import type { AppErrorData } from '../../lib/errors/app-error';

export function ConnectionActions(props: {
  /** Shown in the confirmation: "Autotask" or the distributor's label. */
  account: string;
  /** What Disconnect deletes, for the confirmation question. */
  forgets: string;
  connected: boolean;
  busy: boolean;
  error: AppErrorData | null | undefined;
  onDisconnect: () => void;
}) {
  const { account, forgets, connected, busy, error, onDisconnect } = props;
  return (
    <>
      {error ? <ErrorHint error={error} /> : null}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {connected ? 'Reconnect' : 'Connect'}
        </button>
        {connected ? (
          <ConfirmButton
            label="Disconnect"
            question={`Disconnect ${account}? Every template is disabled and the ${forgets} deleted.`}
            confirmLabel={`Yes, disconnect ${account}`}
            onConfirm={onDisconnect}
            disabled={busy}
          />
        ) : null}
        {busy ? <span role="status">Connecting…</span> : null}
      </div>
    </>
  );
}
