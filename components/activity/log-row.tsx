// One entry as a list row: date and time, template, operation type, result, summary. Long template
// names and summaries wrap to two lines; the whole text shows while the row is hovered or keyboard-
// focused, and in full in the entry's details.
//
// The whole text is a copy of the row laid over the rows below it (activity.css `.log-row-full`),
// drawn on top but transparent to the pointer: the mouse moving down onto the next row reaches that
// row, never stays trapped in the grown one (a grown button would swallow the clicks meant for the
// rows it covers). The copy exists only while it shows, and is hidden from assistive technology:
// the button's own name already carries the whole text.
import { useState } from 'react';
import type { FocusEvent } from 'react';
import { formatDateTime } from '../ui/format';
import { RESULT_LABEL } from './log-filter';
import { operationLabel } from '../../lib/log/labels';
import { templateName } from './log-filters';
import { OriginMark } from './origin-mark';
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

function Cells({
  entry,
  names,
  full,
}: {
  entry: LogEntryView;
  names?: ReadonlyMap<string, string>;
  full: boolean;
}) {
  return (
    <>
      <span className="log-when">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <OriginMark entry={entry} />
      </span>
      <span className="log-template">{templateName(entry.template, names)}</span>
      <span className="muted">{operationLabel(entry.operation)}</span>
      <span className={`result-${entry.result}`}>{RESULT_LABEL[entry.result]}</span>
      <span className="log-summary" title={full ? undefined : entry.summary}>
        {entry.summary}
      </span>
    </>
  );
}

/** Keyboard focus shows the whole text; a mouse click's focus does not (the pointer already did). */
function focusVisible(event: FocusEvent<HTMLElement>): boolean {
  try {
    return event.currentTarget.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible: any focus
  }
}

export function LogRow({ entry, names, selected = false, onOpen }: Props) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  if (!entry) return <span className="muted">Loading…</span>;
  const grown = hovered || focused;
  return (
    <>
      <button
        type="button"
        className="log-row"
        aria-pressed={onOpen ? selected : undefined}
        disabled={!onOpen}
        onClick={() => onOpen?.(entry)}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={(event) => setFocused(focusVisible(event))}
        onBlur={() => setFocused(false)}
      >
        <Cells entry={entry} names={names} full={false} />
      </button>
      {grown && (
        <div
          className={`log-row log-row-full${focused ? ' log-row-focus' : ''}${selected ? ' log-row-selected' : ''}`}
          aria-hidden="true"
        >
          <Cells entry={entry} names={names} full />
        </div>
      )}
    </>
  );
}
