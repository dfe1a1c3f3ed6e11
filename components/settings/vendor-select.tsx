// Which Autotask vendor company stands for one distributor. The background suggests the one whose
// name matches the distributor's registry entry; when it is the only one, Connect has already saved
// it (issue 10 §5) and this says so — still changeable. Otherwise it is pre-selected and saved when
// the user confirms it (or picks another). A company already standing for another distributor is
// refused by the background (code `vendor-taken`): its message says which one.
import { useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { SelectField } from '../ui/field';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { DistributorInfo } from '../../lib/distributor/module';
import type { DistributorConnectionView } from '../../lib/messaging/results';

interface Props {
  info: Pick<DistributorInfo, 'id' | 'label'>;
  view: DistributorConnectionView;
  onView(view: DistributorConnectionView): void;
}

export const VENDOR_TAKEN = 'vendor-taken';

function SaveError({ error }: { error: AppErrorData }) {
  if (error.code === VENDOR_TAKEN) {
    return (
      <p role="alert" className="status-warn">
        {error.message}
      </p>
    );
  }
  return <ErrorHint error={error} />;
}

export function VendorSelect({ info, view, onView }: Props) {
  const api = useApi();
  const { state } = useRequest(() => api('vendors.list', { distributor: info.id }), [api, info.id]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [error, setError] = useState<AppErrorData | null>(null);

  if (state.status === 'loading') return <p className="muted">Loading vendors…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const vendors = state.value;
  if (vendors.length === 0) return <p className="muted">No vendor companies found in Autotask.</p>;

  const saved = view.vendorCompanyId !== undefined ? String(view.vendorCompanyId) : undefined;
  const suggested = vendors.find((vendor) => vendor.suggested);
  const value = picked ?? saved ?? String(suggested?.id ?? '');
  const options = [
    ...(value === '' ? [{ value: '', label: 'Choose a vendor…' }] : []),
    ...vendors.map((vendor) => ({ value: String(vendor.id), label: vendor.name })),
  ];

  const save = async (id: string) => {
    setError(null);
    try {
      onView(await api('vendors.select', { distributor: info.id, companyId: Number(id) }));
      setPicked(undefined);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  return (
    <div>
      <SelectField
        label={`${info.label} vendor`}
        value={value}
        options={options}
        onChange={(next) => {
          setPicked(next);
          if (next !== '') void save(next);
        }}
        help={`The Autotask vendor company whose purchase orders go to ${info.label}.`}
      />
      {saved !== undefined && value === saved ? (
        <p role="status" className="status-ok">
          Saved: {view.vendorCompanyName ?? vendors.find((vendor) => String(vendor.id) === saved)?.name}. Pick
          another company above to change it.
        </p>
      ) : null}
      {value !== '' && value !== saved ? (
        <div className="row">
          <span className="status-warn">Not saved yet.</span>
          <button type="button" onClick={() => void save(value)}>
            Use this vendor
          </button>
        </div>
      ) : null}
      {error ? <SaveError error={error} /> : null}
    </div>
  );
}
