// The Create Orders template's settings (issue 10 §1): which PO status triggers an order (from the
// tenant's own picklist), how often it looks, automatic submission (off by default, with a plain
// warning when turned on), and what an order asks the PO's distributor for: ship method, warehouse,
// backorders.
import { useId, useState } from 'react';
import type { CreateOrdersSettingsView } from '../../lib/orders/create-orders-messages';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { SelectField, TextField } from '../ui/field';
import { useRequest } from '../ui/use-request';
import { useSettingsSave } from '../ui/use-settings-save';

type Settings = CreateOrdersSettingsView['settings'];
type Schedule = Settings['schedule'];

const encodeSchedule = (s: Schedule) => ('dailyAt' in s ? `day:${s.dailyAt}` : `every:${s.periodInMinutes}`);
const decodeSchedule = (value: string): Schedule =>
  value.startsWith('day:') ? { dailyAt: value.slice(4) } : { periodInMinutes: Number(value.slice(6)) };

const SCHEDULES = [
  { value: 'every:15', label: 'Every 15 minutes' },
  { value: 'every:30', label: 'Every 30 minutes' },
  { value: 'every:60', label: 'Every hour' },
  { value: 'day:07:00', label: 'Daily at 07:00' },
];

function scheduleOptions(current: Schedule) {
  const value = encodeSchedule(current);
  if (SCHEDULES.some((s) => s.value === value)) return SCHEDULES;
  const label =
    'dailyAt' in current ? `Daily at ${current.dailyAt}` : `Every ${current.periodInMinutes} minutes`;
  return [{ value, label }, ...SCHEDULES];
}

function Form({
  view,
  onSaved,
}: {
  view: CreateOrdersSettingsView;
  onSaved(v: CreateOrdersSettingsView): void;
}) {
  const api = useApi();
  const autoId = useId();
  const [draft, setDraft] = useState<Settings>(view.settings);
  const { onSubmit, saved, error, clearSaved } = useSettingsSave({
    draft,
    send: (settings) => api('createOrders.saveSettings', settings),
    onSaved: (next) => {
      onSaved(next);
      setDraft(next.settings);
    },
  });
  const change = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    clearSaved();
  };
  const statuses = view.triggerStatuses.includes(draft.triggerStatus)
    ? view.triggerStatuses
    : [draft.triggerStatus, ...view.triggerStatuses];

  return (
    <form aria-label="Create Orders settings" onSubmit={onSubmit}>
      <SelectField
        label="Trigger status"
        value={draft.triggerStatus}
        options={statuses.map((label) => ({ value: label, label }))}
        onChange={(triggerStatus) => change({ triggerStatus })}
        help="Purchase orders of a distributor's vendor company in this Autotask status, and not yet ordered, are picked up."
      />
      <SelectField
        label="Look for purchase orders"
        value={encodeSchedule(draft.schedule)}
        options={scheduleOptions(draft.schedule)}
        onChange={(value) => change({ schedule: decodeSchedule(value) })}
      />
      <div className="checkbox">
        <input
          id={autoId}
          type="checkbox"
          checked={draft.automaticSubmission}
          onChange={(event) => change({ automaticSubmission: event.target.checked })}
          aria-describedby={`${autoId}-help`}
        />
        <label htmlFor={autoId}>Submit orders automatically</label>
      </div>
      {draft.automaticSubmission ? (
        <p id={`${autoId}-help`} className="warning-text">
          Warning: every purchase order in status “{draft.triggerStatus}” will be ordered from its distributor
          without review, at each run. Nobody confirms prices or stock first.
        </p>
      ) : (
        <p id={`${autoId}-help`} className="help-text">
          Off: purchase orders are listed as waiting in the popup, and a person submits each one through the
          review window.
        </p>
      )}
      <TextField
        label="Ship method"
        value={draft.shipMethod}
        required={false}
        onChange={(shipMethod) => change({ shipMethod })}
        help="The ship method code the distributor knows. Leave empty to use each distributor's default."
      />
      <TextField
        label="Warehouse"
        value={draft.warehousePreference}
        required={false}
        onChange={(warehousePreference) => change({ warehousePreference })}
        help="A distributor warehouse number to ship from when it has the stock. Leave empty to let the distributor choose."
      />
      <SelectField
        label="Backorders"
        value={draft.backorderPolicy}
        options={[
          { value: 'allow', label: 'Allow backorders' },
          { value: 'reject', label: 'Reject lines without stock' },
        ]}
        onChange={(backorderPolicy) => change({ backorderPolicy })}
      />
      <button type="submit" className="primary">
        Save Create Orders settings
      </button>
      {saved ? <p role="status">Create Orders settings saved.</p> : null}
      {error ? <ErrorHint error={error} /> : null}
    </form>
  );
}

/** The body of the Create Orders template's section (template-section.tsx). */
export function CreateOrdersSettingsSection() {
  const api = useApi();
  const { state, setState } = useRequest(() => api('createOrders.settings', {}), [api]);
  if (state.status === 'loading') return <p className="muted">Loading Create Orders settings…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  return <Form view={state.value} onSaved={(value) => setState({ status: 'done', value })} />;
}
