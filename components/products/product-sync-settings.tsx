// Product Sync's settings in the options page (issue 4 §2): daily time, category mapping, pricing,
// update rules, the fields it owns, and the per-run cap. Saved through the background, which checks
// them with the template's schema and re-syncs its alarm. One set of settings for every connected
// distributor: each one's pass applies the same mapping, pricing and owned fields.
import { useState } from 'react';
import type { OwnedFields, PricingRule, ProductSyncSettings } from '../../lib/products/settings';
import { RUN_CAP_MAX } from '../../lib/products/settings';
import type { ProductSyncSettingsView } from '../../lib/products/views';
import { useApi } from '../ui/api';
import { Checkbox } from '../ui/checkbox';
import { ErrorHint } from '../ui/error-hint';
import { useSettingsSave } from '../ui/use-settings-save';

const OWNED_LABELS: Record<keyof OwnedFields, string> = {
  vendorCost: 'Vendor cost (ProductVendors)',
  unitCost: 'Unit cost',
  unitPrice: 'Unit price',
  msrp: 'MSRP',
  isActive: 'Active / inactive',
};

const RULES: {
  key: 'updateExisting' | 'createNew' | 'deactivateDiscontinued' | 'matchByMpn';
  label: string;
}[] = [
  { key: 'updateExisting', label: 'Update existing products' },
  {
    key: 'matchByMpn',
    label: 'Link products without a distributor’s vendor row by manufacturer part number',
  },
  { key: 'createNew', label: 'Create new products from the import' },
  { key: 'deactivateDiscontinued', label: 'Deactivate discontinued products' },
];

function PricingFields({
  rule,
  onChange,
  label,
}: {
  rule: PricingRule;
  onChange(r: PricingRule): void;
  label: string;
}) {
  return (
    <fieldset>
      <legend>{label}</legend>
      <label>
        Method{' '}
        <select
          aria-label={`${label}: method`}
          value={rule.method}
          onChange={(e) => onChange({ ...rule, method: e.target.value as PricingRule['method'] })}
        >
          <option value="markup">Markup on cost</option>
          <option value="margin">Margin of price</option>
        </select>
      </label>{' '}
      <label>
        Percent{' '}
        <input
          aria-label={`${label}: percent`}
          type="number"
          min={0}
          step="0.1"
          value={rule.percent}
          onChange={(e) => onChange({ ...rule, percent: Number(e.target.value) })}
        />
      </label>{' '}
      <label>
        Rounding{' '}
        <select
          aria-label={`${label}: rounding`}
          value={rule.rounding}
          onChange={(e) => onChange({ ...rule, rounding: e.target.value as PricingRule['rounding'] })}
        >
          <option value="cents">To the cent</option>
          <option value="whole">To the whole unit</option>
          <option value="ninety-nine">Up to .99</option>
        </select>
      </label>
    </fieldset>
  );
}

function CategoryMapping({
  view,
  draft,
  setDraft,
}: {
  view: ProductSyncSettingsView;
  draft: ProductSyncSettings;
  setDraft(d: ProductSyncSettings): void;
}) {
  const [fromCategory, setFromCategory] = useState('');
  const [autotaskCategory, setAutotaskCategory] = useState(view.categories[0] ?? '');
  const rows = Object.entries(draft.categoryMapping);
  const add = () => {
    if (!fromCategory.trim() || !autotaskCategory) return;
    setDraft({
      ...draft,
      categoryMapping: { ...draft.categoryMapping, [fromCategory.trim()]: autotaskCategory },
    });
    setFromCategory('');
  };
  const remove = (key: string) => {
    const { [key]: _gone, ...rest } = draft.categoryMapping;
    setDraft({ ...draft, categoryMapping: rest });
  };
  return (
    <fieldset>
      <legend>Category mapping</legend>
      <p className="help-text">
        Only distributor categories (as in the catalogue file) mapped to an Autotask product category are
        created. The mapping applies to every distributor.
      </p>
      {rows.length > 0 ? (
        <table aria-label="Category mapping">
          <thead>
            <tr>
              <th scope="col">Distributor category</th>
              <th scope="col">Autotask category</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([from, to]) => (
              <tr key={from}>
                <td>{from}</td>
                <td>{to}</td>
                <td>
                  <button type="button" aria-label={`Remove mapping ${from}`} onClick={() => remove(from)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <label>
        Distributor category <input value={fromCategory} onChange={(e) => setFromCategory(e.target.value)} />
      </label>{' '}
      <label>
        Autotask category{' '}
        <select value={autotaskCategory} onChange={(e) => setAutotaskCategory(e.target.value)}>
          {view.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={add} disabled={view.categories.length === 0}>
        Add mapping
      </button>
    </fieldset>
  );
}

export function ProductSyncSettingsForm({
  view,
  onView,
}: {
  view: ProductSyncSettingsView;
  onView(v: ProductSyncSettingsView): void;
}) {
  const api = useApi();
  const [draft, setDraft] = useState(view.settings);
  const { onSubmit, saved, error } = useSettingsSave({
    draft,
    send: (settings) => api('productSync.saveSettings', settings),
    onSaved: (next) => {
      onView(next);
      setDraft(next.settings);
    },
  });
  return (
    <form aria-label="Product Sync settings" onSubmit={onSubmit}>
      <label>
        Runs daily at{' '}
        <input
          type="time"
          value={draft.dailyAt}
          onChange={(e) => setDraft({ ...draft, dailyAt: e.target.value })}
        />
      </label>
      <CategoryMapping view={view} draft={draft} setDraft={setDraft} />
      <PricingFields
        label="Pricing rule"
        rule={draft.defaultPricing}
        onChange={(defaultPricing) => setDraft({ ...draft, defaultPricing })}
      />
      <fieldset>
        <legend>Update rules</legend>
        {RULES.map(({ key, label }) => (
          <Checkbox
            className="row"
            key={key}
            label={label}
            checked={draft[key]}
            onChange={(v) => setDraft({ ...draft, [key]: v })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Fields Product Sync owns</legend>
        <p className="help-text">A field it does not own is never written.</p>
        {(Object.keys(OWNED_LABELS) as (keyof OwnedFields)[]).map((key) => (
          <Checkbox
            className="row"
            key={key}
            label={OWNED_LABELS[key]}
            checked={draft.owned[key]}
            onChange={(v) => setDraft({ ...draft, owned: { ...draft.owned, [key]: v } })}
          />
        ))}
      </fieldset>
      <label>
        Autotask calls per hour (per-run cap, at most {RUN_CAP_MAX}){' '}
        <input
          type="number"
          min={100}
          max={RUN_CAP_MAX}
          value={draft.runCap}
          onChange={(e) => setDraft({ ...draft, runCap: Number(e.target.value) })}
        />
      </label>
      <div>
        <button type="submit">Save Product Sync settings</button>
      </div>
      {saved ? <p role="status">Product Sync settings saved.</p> : null}
      {error ? <ErrorHint error={error} /> : null}
    </form>
  );
}
