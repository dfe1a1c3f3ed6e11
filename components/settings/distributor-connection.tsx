// Options › one distributor's account (issue 2 §4, issue 12 §1): one card per registry entry, its
// form built from the entry's fields. Connect is verified by the background with the entry's probe;
// the secret fields are forgotten by this form right after submit. Reconnect asks for the secret
// fields only: the rest of the account changes through Disconnect.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../ui/api';
import { SelectField, TextField } from '../ui/field';
import { distributorSection } from '../ui/hint-actions';
import { toAppError } from '../ui/use-request';
import { ConnectionActions } from './connection-actions';
import { VendorSelect } from './vendor-select';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { ConnectionField, DistributorInfo } from '../../lib/distributor/module';
import type { ConnectionStatus, DistributorConnectionView } from '../../lib/messaging/results';

interface Props {
  info: DistributorInfo;
  view: DistributorConnectionView;
  autotaskConnected: boolean;
  onView(view: DistributorConnectionView): void;
  onStatus(status: ConnectionStatus): void;
}

const isSecret = (field: ConnectionField) => field.kind === 'secret';
const helpOf = (help: string | undefined) => (help ? { help } : {});

/** The form's starting values: the stored account's shown fields, a select's first option, else ''. */
function initialValues(info: DistributorInfo, view: DistributorConnectionView): Record<string, string> {
  return Object.fromEntries(
    info.fields
      .filter((field) => !isSecret(field))
      .map((field) => [field.name, view.account?.[field.name] ?? field.options?.[0]?.value ?? '']),
  );
}

/** "password", "client secret": the secret fields as a sentence names them. */
export function secretWords(info: DistributorInfo): { names: string; plural: boolean } {
  const labels = info.fields.filter(isSecret).map((field) => field.label.toLowerCase());
  return { names: labels.join(' and ') || 'login', plural: labels.length > 1 };
}

export function DistributorConnection({ info, view, autotaskConnected, onView, onStatus }: Props) {
  const api = useApi();
  const [values, setValues] = useState(() => initialValues(info, view));
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const secret = secretWords(info);
  const summary = info.describe(view.account ?? {});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Forget the secrets before anything can re-render them; the payload holds the only copy.
    const typed = Object.fromEntries(
      info.fields.filter(isSecret).map((field) => [field.name, secrets[field.name] ?? '']),
    );
    setSecrets({});
    setBusy(true);
    setError(null);
    try {
      const next = view.connected
        ? await api('distributor.reconnect', { distributor: info.id, secrets: typed })
        : await api('distributor.connect', {
            distributor: info.id,
            account: {
              ...Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.trim()])),
              ...typed,
            },
          });
      onView(next);
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const disconnect = async () => {
    setError(null);
    try {
      const status = await api('connection.disconnect', { account: info.id });
      setValues(initialValues(info, { connected: false }));
      onStatus(status);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const locked = view.connected; // everything but the secrets changes only via Disconnect
  const headingId = `${distributorSection(info.id)}-heading`;
  return (
    <section className="card" aria-labelledby={headingId} id={distributorSection(info.id)}>
      <h2 id={headingId}>{info.label}</h2>
      {view.connected && view.rejectedAt ? (
        <p className="status-warn" role="status">
          Credentials rejected: {info.label} refuses the stored login ({summary}). Enter the current{' '}
          {secret.names} and Reconnect.
        </p>
      ) : view.connected ? (
        <p className="status-ok" role="status">
          Connected to {info.label} {summary}
        </p>
      ) : (
        <p className="muted">Not connected.</p>
      )}
      <form onSubmit={(event) => void submit(event)} aria-label={`${info.label} connection`}>
        {info.fields.map((field) => {
          if (isSecret(field)) {
            return (
              <TextField
                key={field.name}
                label={field.label}
                value={secrets[field.name] ?? ''}
                onChange={(value) => setSecrets((current) => ({ ...current, [field.name]: value }))}
                secret
                {...helpOf(
                  view.connected
                    ? `Enter the ${field.label.toLowerCase()} again to reconnect; it is never shown.`
                    : field.help,
                )}
              />
            );
          }
          if (locked) return null;
          const value = values[field.name] ?? '';
          const onChange = (next: string) => setValues((current) => ({ ...current, [field.name]: next }));
          return field.kind === 'select' ? (
            <SelectField
              key={field.name}
              label={field.label}
              value={value}
              options={field.options ?? []}
              onChange={onChange}
              {...helpOf(field.help)}
            />
          ) : (
            <TextField
              key={field.name}
              label={field.label}
              value={value}
              onChange={onChange}
              {...helpOf(field.help)}
            />
          );
        })}
        <ConnectionActions
          account={info.label}
          forgets={`${secret.names} ${secret.plural ? 'are' : 'is'}`}
          connected={view.connected}
          busy={busy}
          error={error}
          onDisconnect={() => void disconnect()}
        />
      </form>
      {autotaskConnected ? <VendorSelect info={info} view={view} onView={onView} /> : null}
    </section>
  );
}
