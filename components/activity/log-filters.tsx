// The log's filter bar (issue 6 §2): From, To, Template, Result and a search box. Every change applies
// at once — the log page and the popup re-query on each keystroke (the queries are index reads).
import { useId } from 'react';
import { RESULT_LABEL } from './log-filter';
import { templateLabel } from '../../lib/log/labels';
import type { LogFilter, ResultFilter } from './log-filter';

interface Props {
  filter: LogFilter;
  onChange(filter: LogFilter): void;
  /** Template ids in the log; `names` gives their display names where known. */
  templates: readonly string[];
  names?: ReadonlyMap<string, string>;
  compact?: boolean;
}

export function templateName(id: string, names?: ReadonlyMap<string, string>): string {
  return names?.get(id) ?? templateLabel(id);
}

export function LogFilters({ filter, onChange, templates, names, compact = false }: Props) {
  const id = useId();
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const choices =
    filter.template !== '' && !templates.includes(filter.template)
      ? [filter.template, ...templates]
      : templates;
  return (
    <div
      className={compact ? 'log-filters compact' : 'log-filters'}
      role="search"
      aria-label="Filter the log"
    >
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filter.from}
        onChange={(e) => set({ from: e.target.value })}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input id={`${id}-to`} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
      <label htmlFor={`${id}-template`}>Template</label>
      <select
        id={`${id}-template`}
        value={filter.template}
        onChange={(e) => set({ template: e.target.value })}
      >
        <option value="">All templates</option>
        {choices.map((t) => (
          <option key={t} value={t}>
            {templateName(t, names)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-result`}>Result</label>
      <select
        id={`${id}-result`}
        value={filter.result}
        onChange={(e) => set({ result: e.target.value as ResultFilter })}
      >
        <option value="">All results</option>
        {(['success', 'partial', 'failed'] as const).map((r) => (
          <option key={r} value={r}>
            {RESULT_LABEL[r]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-search`}>Search</label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder="SKU, PO number or order number"
        value={filter.search}
        onChange={(e) => set({ search: e.target.value })}
      />
    </div>
  );
}
