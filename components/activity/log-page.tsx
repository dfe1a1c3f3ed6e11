// The full log view (log.html, issue 6 §2): newest first and windowed over up to 100,000 entries,
// filters that apply instantly, an entry's details with its resolution, the 14-day chart, CSV export
// and support reports, and how long entries are kept.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { saveFile } from './download';
import { EntryDetails } from './entry-details';
import { ExportControls } from './export-controls';
import { NO_FILTER } from './log-filter';
import { LogFilters } from './log-filters';
import type { LogFilter } from './log-filter';
import { LogHeader, LogRow } from './log-row';
import { useLogSource } from './log-source';
import { RetentionNote } from './retention-note';
import { RunnerNotice } from './runner-notice';
import { RunsChart } from './runs-chart';
import { SupportReportButton } from './support-report-button';
import { useLogRows } from './use-log-rows';
import { useLogResult } from './use-log-result';
import { VirtualList } from './virtual-list';
import type { SaveFile } from './download';
import type { LogEntryView } from '../../lib/messaging/results';
import './activity.css';

/** Two lines of text (activity.css clamps longer template names and summaries to two). */
export const ROW_HEIGHT = 44;
const NO_ROWS: readonly LogEntryView[] = [];
const LIST_HEIGHT = 540;
const NO_TEMPLATES: readonly string[] = [];

// Issue 14: a filter change re-renders only what the new filter changes (the filters, the list, the
// status), not the chart, the retention note or the toolbar's buttons.
const Chart = memo(RunsChart);
const Retention = memo(RetentionNote);
const Filters = memo(LogFilters);
const Export = memo(ExportControls);
const SupportReport = memo(SupportReportButton);
/** A row whose entry, names and selection did not change is not rendered again (its date is ICU work). */
const Row = memo(LogRow);

interface Props {
  initialFilter?: LogFilter;
  /** Start `Export CSV` at once (the popup handed the export to this page). */
  autoExport?: boolean;
  /** The first screen of `initialFilter`, already read (entrypoints/log reads it before React loads). */
  initialFirst?: readonly LogEntryView[];
  /** An entry to open at once (`log.html#entry-<id>`, from the popup). */
  initialEntryId?: number;
  save?: SaveFile;
  now?: number;
}

/** Template ids → names, from the registered templates (the log stores ids). */
function useTemplateNames(ready: boolean): ReadonlyMap<string, string> {
  const api = useApi();
  const { state } = useRequest(() => (ready ? api('templates.list', {}) : Promise.resolve([])), [api, ready]);
  return useMemo(
    () => new Map(state.status === 'done' ? state.value.map((t) => [t.id, t.name]) : []),
    [state],
  );
}

/**
 * A performance mark when the first rows are on screen: test/bench/log-view.bench.ts reads it. Set
 * from the commit that shows them (a layout effect: a passive one may run after that frame, and its
 * animation frame would be the next one).
 */
function useFirstRowsMark(loaded: number) {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || loaded === 0) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark('log:first-rows'));
  }, [loaded]);
}

export function LogPage({
  initialFilter = NO_FILTER,
  autoExport = false,
  initialFirst,
  initialEntryId,
  save = saveFile,
  now: fixedNow,
}: Props) {
  // The chart's "today": fixed for the page's life (a test passes its own).
  const [now] = useState(() => fixedNow ?? Date.now());
  const source = useLogSource();
  const [filter, setFilter] = useState(initialFilter);
  const [generation, setGeneration] = useState(0);
  const { answer, current, key, query, error, changeTo } = useLogResult(
    filter,
    source,
    generation,
    true,
    initialFirst,
  );
  // The controls show a change at once; the page applies it with the new filter's first rows.
  const changeFilter = useCallback((next: LogFilter) => changeTo(next, () => setFilter(next)), [changeTo]);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const reportRequest = useMemo(() => ({ query }), [query]);
  const first = answer?.first ?? NO_ROWS;
  const firstIds = useMemo(() => first.map((row) => row.id), [first]);
  // The full id list once known; until then the first screen, already read.
  const shown = answer?.ids ?? firstIds;
  const { rowAt, ensure, loaded } = useLogRows(shown, source, first);
  // Everything that wakes the service worker or reads more than a screen waits for the first rows.
  const [painted, setPainted] = useState(false);
  if (loaded > 0 && !painted) setPainted(true);
  const names = useTemplateNames(painted);
  const counted = current && answer?.ids !== undefined;
  // The chart and the template list read the whole index: only after the list stands.
  const [settled, setSettled] = useState(false);
  if (counted && !settled) setSettled(true);
  const { state: templates } = useRequest(
    () => (settled ? source.templates() : Promise.resolve([])),
    [source, generation, settled],
  );
  const logged = templates.status === 'done' ? templates.value : NO_TEMPLATES;
  // The filter's template stays a choice while the log holds none of it (yet, or any more), so the
  // select can show it; otherwise the same list, and the filter bar is not rendered again.
  const templateChoices = useMemo(
    () =>
      filter.template !== '' && !logged.includes(filter.template) ? [filter.template, ...logged] : logged,
    [filter.template, logged],
  );
  const [chosen, setOpen] = useState<LogEntryView | undefined>();
  useFirstRowsMark(loaded);
  useEffect(() => {
    if (initialEntryId === undefined) return;
    void source.rows([initialEntryId]).then(([entry]) => entry && setOpen(entry));
  }, [source, initialEntryId]);
  // The details follow the filter (issue 10 §6): when the open entry no longer matches, they show
  // the first entry that does — or close when none does.
  const matching = current ? answer?.ids : undefined;
  const open = chosen && matching && !matching.includes(chosen.id) ? first[0] : chosen;

  return (
    <main className="log-page">
      <h1>Activity log</h1>
      {painted || answer?.first?.length === 0 ? <Retention onChanged={refresh} /> : null}
      {settled ? <Chart now={now} refresh={generation} /> : <div className="runs-chart-placeholder" />}
      <Filters initial={initialFilter} onChange={changeFilter} templates={templateChoices} names={names} />
      <div className="row log-toolbar">
        <span role="status" aria-live="polite">
          {answer === undefined
            ? 'Loading activity…'
            : counted
              ? `${shown.length.toLocaleString()} ${shown.length === 1 ? 'entry' : 'entries'}`
              : 'Counting entries…'}
        </span>
        <Export ids={counted ? answer?.ids : undefined} save={save} autoStart={autoExport} />
        {/* A new filter starts a new report: one built for the old filter does not stay on screen. */}
        <SupportReport
          key={key}
          label="Copy support report for these entries"
          request={reportRequest}
          save={save}
        />
      </div>
      {error ? <ErrorHint error={error} /> : null}
      <RunnerNotice />
      {current && first.length === 0 ? <p className="muted">No entries match.</p> : null}
      <div className="log-body">
        {/* data-query / data-ready: what test/bench/log-view.bench.ts waits for after a filter change. */}
        <div className="log-list" data-query={key} data-ready={current ? 'rows' : 'pending'}>
          <LogHeader />
          <VirtualList
            label="Log entries"
            count={shown.length}
            rowHeight={ROW_HEIGHT}
            height={LIST_HEIGHT}
            onRange={ensure}
            renderRow={(i) => (
              <Row entry={rowAt(i)} names={names} selected={rowAt(i)?.id === open?.id} onOpen={setOpen} />
            )}
          />
        </div>
        {open ? (
          <EntryDetails
            key={open.id}
            entry={open}
            names={names}
            save={save}
            onClose={() => setOpen(undefined)}
          />
        ) : null}
      </div>
    </main>
  );
}
