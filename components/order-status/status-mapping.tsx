// Options page: the Get Order Status template's settings (issue 5 §1) — how often, which orders,
// receiving, and the status mapping (one for every distributor: their answers are normalised to the
// same statuses): for each normalised status an Autotask PO status from the tenant's picklist, "no
// change" or "note only". A row left at "Not mapped" is what the "Partial shipments not updating"
// hint points at, so a new install is offered a mapping read from the statuses' names (issue 10 §1),
// which the user confirms with `Use these`.
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import { MAPPABLE_STATUSES, STATUS_LABELS } from '../../lib/order-status/view-types';
import type {
  MappableStatus,
  MappingChoice,
  OrderStatusSettingsView,
} from '../../lib/order-status/view-types';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import { Proposal } from './status-mapping-proposal';

type Settings = OrderStatusSettingsView['settings'];

const encode = (choice: MappingChoice | undefined) =>
  choice === undefined ? '' : choice.kind === 'status' ? `status:${choice.statusId}` : choice.kind;

function decode(value: string): MappingChoice | undefined {
  if (value === 'none' || value === 'note') return { kind: value };
  if (value.startsWith('status:')) return { kind: 'status', statusId: Number(value.slice('status:'.length)) };
  return undefined;
}

const encodeFrequency = (f: Settings['frequency']) =>
  f.every === 'hour' ? 'hour' : f.every === 'minutes' ? `minutes:${f.minutes}` : `day:${f.at}`;

function decodeFrequency(value: string): Settings['frequency'] {
  if (value.startsWith('minutes:')) return { every: 'minutes', minutes: Number(value.slice(8)) };
  if (value.startsWith('day:')) return { every: 'day', at: value.slice(4) };
  return { every: 'hour' };
}

const FREQUENCIES = ['hour', 'minutes:15', 'minutes:30', 'day:07:00'];
const FREQUENCY_LABELS: Record<string, string> = {
  hour: 'Every hour',
  'minutes:15': 'Every 15 minutes',
  'minutes:30': 'Every 30 minutes',
  'day:07:00': 'Daily at 07:00',
};
const SCOPES: Record<Settings['scope'], string> = {
  active: 'All unfinished orders',
  'recent-30': 'Unfinished orders of the last 30 days',
  'recent-60': 'Unfinished orders of the last 60 days',
  'recent-90': 'Unfinished orders of the last 90 days',
};

function Form({
  view,
  onSaved,
}: {
  view: OrderStatusSettingsView;
  onSaved(v: OrderStatusSettingsView): void;
}) {
  const api = useApi();
  const [draft, setDraft] = useState<Settings>(view.settings);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const frequencies = FREQUENCIES.includes(encodeFrequency(draft.frequency))
    ? FREQUENCIES
    : [encodeFrequency(draft.frequency), ...FREQUENCIES];

  const setRow = (status: MappableStatus, choice: MappingChoice | undefined) => {
    const mapping = { ...draft.mapping };
    if (choice) mapping[status] = choice;
    else delete mapping[status];
    setDraft({ ...draft, mapping });
    setSaved(false);
  };

  const save = async (mapping = draft.mapping) => {
    setError(null);
    try {
      const { frequency, scope, receiving } = draft;
      const next = await api('orderStatus.saveSettings', { frequency, scope, receiving, mapping });
      onSaved(next);
      setDraft({ ...draft, mapping: next.settings.mapping });
      setSaved(true);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const proposal = Object.keys(draft.mapping).length === 0 ? view.proposedMapping : undefined;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor="order-status-frequency">Check order status</label>
        <select
          id="order-status-frequency"
          value={encodeFrequency(draft.frequency)}
          onChange={(e) => setDraft({ ...draft, frequency: decodeFrequency(e.target.value) })}
        >
          {frequencies.map((f) => (
            <option key={f} value={f}>
              {FREQUENCY_LABELS[f] ?? f}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="order-status-scope">Orders to check</label>
        <select
          id="order-status-scope"
          value={draft.scope}
          onChange={(e) => setDraft({ ...draft, scope: e.target.value as Settings['scope'] })}
        >
          {Object.entries(SCOPES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="order-status-receiving">Receive items in Autotask</label>
        <select
          id="order-status-receiving"
          value={draft.receiving}
          onChange={(e) => setDraft({ ...draft, receiving: e.target.value as Settings['receiving'] })}
        >
          <option value="never">Never</option>
          <option value="when-shipped">When shipped</option>
        </select>
      </div>
      <div id="status-mapping">
        {proposal ? (
          <Proposal
            proposal={proposal}
            labelOf={(id) => view.statusOptions.find((o) => o.id === id)?.label}
            onUse={() => void save(proposal)}
          />
        ) : null}
        <table aria-label="Status mapping">
          <thead>
            <tr>
              <th scope="col">Distributor status</th>
              <th scope="col">Autotask purchase order status</th>
            </tr>
          </thead>
          <tbody>
            {MAPPABLE_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">
                  <label htmlFor={`mapping-${status}`}>{STATUS_LABELS[status]}</label>
                </th>
                <td>
                  <select
                    id={`mapping-${status}`}
                    value={encode(draft.mapping[status])}
                    onChange={(e) => setRow(status, decode(e.target.value))}
                  >
                    <option value="">Not mapped</option>
                    <option value="none">No change</option>
                    <option value="note">Note only</option>
                    {view.statusOptions.map((o) => (
                      <option key={o.id} value={`status:${o.id}`}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="primary">
        Save order status settings
      </button>
      {saved ? <p role="status">Order status settings saved.</p> : null}
      {error ? <ErrorHint error={error} /> : null}
    </form>
  );
}

/** The body of the Get Order Status template's section (components/settings/template-section.tsx). */
export function StatusMappingSection() {
  const api = useApi();
  const { state, setState } = useRequest(() => api('orderStatus.settings', {}), [api]);
  return (
    <div>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' ? (
        <Form view={state.value} onSaved={(value) => setState({ status: 'done', value })} />
      ) : null}
    </div>
  );
}
