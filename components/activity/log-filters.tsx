// The log's filter bar (issue 6 §2): From, To, Template, Result and a search box. Every change applies
// at once — the log page re-queries on each keystroke (the queries are index reads).
//
// The controls are uncontrolled (issue 14, a filter change within 2 × a raw read of its first
// screen): the browser already shows what was typed or picked, so a change renders nothing here. It
// only starts the new filter's read, and the page renders once, with the rows. A controlled bar
// rendered and committed all five controls before the read could even be answered. The bar hears
// its controls' `input` and `change` events itself, as they bubble through it: the read leaves
// before React's own event handling at the root has begun.
import { useId, useLayoutEffect, useRef } from 'react';
import { RESULT_LABEL } from './log-filter';
import { templateLabel } from '../../lib/log/labels';
import type { LogFilter } from './log-filter';

interface Props {
  /** The filter the bar starts with; afterwards the bar holds the user's own. */
  initial: LogFilter;
  onChange(filter: LogFilter): void;
  /**
   * The Template choices: the ids in the log, and the one the filter holds if the log has none of it
   * (any more); `names` gives their display names where known.
   */
  templates: readonly string[];
  names?: ReadonlyMap<string, string>;
}

export function templateName(id: string, names?: ReadonlyMap<string, string>): string {
  return names?.get(id) ?? templateLabel(id);
}

export function LogFilters({ initial, onChange, templates, names }: Props) {
  const id = useId();
  const filter = useRef(initial);
  const bar = useRef<HTMLDivElement>(null);
  const report = useRef(onChange);
  useLayoutEffect(() => {
    report.current = onChange;
  }, [onChange]);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const fields: Record<string, keyof LogFilter> = {
      [`${id}-from`]: 'from',
      [`${id}-to`]: 'to',
      [`${id}-template`]: 'template',
      [`${id}-result`]: 'result',
      [`${id}-search`]: 'search',
    };
    // A select sends both `input` and `change`; only a value that differs is a change.
    const heard = (event: Event) => {
      const control = event.target;
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
      const field = fields[control.id];
      if (!field || filter.current[field] === control.value) return;
      filter.current = { ...filter.current, [field]: control.value };
      report.current(filter.current);
    };
    element.addEventListener('input', heard);
    element.addEventListener('change', heard);
    return () => {
      element.removeEventListener('input', heard);
      element.removeEventListener('change', heard);
    };
  }, [id]);
  return (
    <div className="log-filters" role="search" aria-label="Filter the log" ref={bar}>
      <label htmlFor={`${id}-from`}>From</label>
      <input id={`${id}-from`} type="date" defaultValue={initial.from} />
      <label htmlFor={`${id}-to`}>To</label>
      <input id={`${id}-to`} type="date" defaultValue={initial.to} />
      <label htmlFor={`${id}-template`}>Template</label>
      <select id={`${id}-template`} defaultValue={initial.template}>
        <option value="">All templates</option>
        {templates.map((t) => (
          <option key={t} value={t}>
            {templateName(t, names)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-result`}>Result</label>
      <select id={`${id}-result`} defaultValue={initial.result}>
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
        defaultValue={initial.search}
      />
    </div>
  );
}
