// Options › TD SYNNEX: the EC Express account (issue 2 §4). Connect is verified by the background with a
// one-SKU price request; the password is forgotten by this form right after submit.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../ui/api';
import { SelectField, TextField } from '../ui/field';
import { toAppError } from '../ui/use-request';
import { ConnectionActions } from './connection-actions';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { ConnectionStatus, TdSynnexConnectionView } from '../../lib/messaging/results';
import { VendorSelect } from './vendor-select';

type Region = 'US' | 'CA';
type Environment = 'production' | 'test';

const REGIONS: readonly { value: Region; label: string }[] = [
  { value: 'US', label: 'US' },
  { value: 'CA', label: 'CA' },
];
const ENVIRONMENTS: readonly { value: Environment; label: string }[] = [
  { value: 'production', label: 'Production' },
  { value: 'test', label: 'Test' },
];

interface Props {
  view: TdSynnexConnectionView;
  autotaskConnected: boolean;
  onView(view: TdSynnexConnectionView): void;
  onStatus(status: ConnectionStatus): void;
}

export function TdSynnexConnection({ view, autotaskConnected, onView, onStatus }: Props) {
  const api = useApi();
  const [customerNo, setCustomerNo] = useState(view.customerNo ?? '');
  const [userId, setUserId] = useState(view.userId ?? '');
  const [password, setPassword] = useState('');
  const [region, setRegion] = useState<Region>(view.region ?? 'US');
  const [environment, setEnvironment] = useState<Environment>(view.environment ?? 'production');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const secret = password;
    setPassword('');
    setBusy(true);
    setError(null);
    try {
      // Reconnect keeps every setting and takes only a new password (protocol.ts).
      const next = view.connected
        ? await api('tdsynnex.reconnect', { password: secret })
        : await api('tdsynnex.connect', {
            customerNo: customerNo.trim(),
            userId: userId.trim(),
            password: secret,
            region,
            environment,
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
      onStatus(await api('connection.disconnect', { account: 'tdsynnex' }));
      setCustomerNo('');
      setUserId('');
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const locked = view.connected; // account, region and environment change only via Disconnect
  return (
    <section className="card" aria-labelledby="tdsynnex-heading" id="tdsynnex">
      <h2 id="tdsynnex-heading">TD SYNNEX</h2>
      {view.connected && view.rejectedAt ? (
        <p className="status-warn" role="status">
          Credentials rejected: TD SYNNEX refuses the stored login (customer {view.customerNo}). Enter the
          current password and Reconnect.
        </p>
      ) : view.connected ? (
        <p className="status-ok" role="status">
          Connected to TD SYNNEX customer {view.customerNo} ({view.region},{' '}
          {view.environment === 'test' ? 'test environment' : 'production'})
        </p>
      ) : (
        <p className="muted">Not connected. Use your EC Express (XML) account.</p>
      )}
      <form onSubmit={(event) => void submit(event)} aria-label="TD SYNNEX connection">
        {locked ? null : (
          <>
            <TextField label="Customer number" value={customerNo} onChange={setCustomerNo} />
            <TextField label="EC Express user ID" value={userId} onChange={setUserId} />
          </>
        )}
        <TextField label="EC Express password" value={password} onChange={setPassword} secret />
        {locked ? null : (
          <>
            <SelectField<Region> label="Region" value={region} options={REGIONS} onChange={setRegion} />
            <SelectField<Environment>
              label="Environment"
              value={environment}
              options={ENVIRONMENTS}
              onChange={setEnvironment}
              help="Test is TD SYNNEX's test system (testec…); orders placed there are not real."
            />
          </>
        )}
        <ConnectionActions
          account="TD SYNNEX"
          forgets="password is"
          connected={view.connected}
          busy={busy}
          error={error}
          onDisconnect={disconnect}
        />
      </form>
      {autotaskConnected ? <VendorSelect view={view} onView={onView} /> : null}
    </section>
  );
}
