// One entry as a list row: date and time, template, operation type, result, summary. Long template
// names and summaries wrap to two lines; the whole text shows while the row is hovered or focused
// (activity.css), and in full in the entry's details.
import { formatDateTime } from '../ui/format';
import { RESULT_LABEL } from './log-filter';
import { operationLabel } from '../../lib/log/labels';
import { templateName } from './log-filters';
import type { LogEntryView } from '../../lib/messaging/results';

interface Props {
  entry: LogEntryView | undefined;
  names?: ReadonlyMap<string, string>;
  selected?: boolean;
  onOpen?(entry: LogEntryView): void;
}

/** The log page's column headers, on the rows' own grid (issue 10 §6). */
export function LogHeader() {
  return (
    <div className="log-row log-head">
      <span>Date</span>
      <span>Template</span>
      <span>Operation</span>
      <span>Result</span>
      <span>Summary</span>
    </div>
  );
}

export function LogRow({ entry, names, selected = false, onOpen }: Props) {
  if (!entry) return <span className="muted">Loading…</span>;
  return (
    <button
      type="button"
      className="log-row"
      aria-pressed={onOpen ? selected : undefined}
      disabled={!onOpen}
      onClick={() => onOpen?.(entry)}
    >
      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      <span className="log-template">{templateName(entry.template, names)}</span>
      <span className="muted">{operationLabel(entry.operation)}</span>
      <span className={`result-${entry.result}`}>{RESULT_LABEL[entry.result]}</span>
      <span className="log-summary" title={entry.summary}>
        {entry.summary}
      </span>
    </button>
  );
}
