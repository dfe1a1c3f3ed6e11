// An entry's details (issue 6 §2): what ran, the error and its recommended resolution from the hint
// catalogue (with the hint's action button), and the per-item outcomes — a partial success lists
// exactly the items that failed, each with its own resolution.
import { formatDateTime } from '../ui/format';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import {
  distributorName,
  operationLabel,
  outcomeLabel,
  resultLabel,
  templateLabel,
} from '../../lib/log/labels';
import { isProblemItem } from './item-problem';
import { ORIGIN_LABEL } from '../../lib/runner-client/merge';
import { useLogSource } from './log-source';
import { SupportReportButton } from './support-report-button';
import { VirtualList } from './virtual-list';
import type { SaveFile } from './download';
import type { LogEntryView, LogItemView } from '../../lib/messaging/results';

const isProblem = isProblemItem;
const ITEM_ROW_HEIGHT = 28;
/** A few distinct resolutions at most: one per kind of failure, not one per failed SKU. */
const MAX_ITEM_HINTS = 3;

interface Props {
  entry: LogEntryView;
  names?: ReadonlyMap<string, string>;
  save: SaveFile;
  onClose(): void;
}

function ItemLine({ item }: { item: LogItemView }) {
  return (
    <span className="item-line">
      <strong>{item.label}</strong>{' '}
      <span className={isProblem(item) ? 'result-failed' : ''}>{outcomeLabel(item.outcome)}</span>
      {(item.message ?? item.error?.message) ? (
        <span className="muted"> — {item.message ?? item.error?.message}</span>
      ) : null}
    </span>
  );
}

function ItemHints({ problems, distributor }: { problems: LogItemView[]; distributor?: string }) {
  const seen = new Set<string>();
  const distinct = problems.filter((item) => {
    if (!item.error && !item.hintId) return false;
    const key = item.hintId ?? `${item.error?.service}:${item.error?.code ?? item.error?.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <>
      {distinct.slice(0, MAX_ITEM_HINTS).map((item) => (
        <ErrorHint
          key={item.id}
          {...(item.error ? { error: item.error } : {})}
          {...(item.hintId ? { hintId: item.hintId } : {})}
          {...(item.message ? { message: item.message } : {})}
          {...(distributor ? { distributor } : {})}
          live={false}
        />
      ))}
    </>
  );
}

export function EntryDetails({ entry, names, save, onClose }: Props) {
  const source = useLogSource();
  const { state } = useRequest(() => source.items(entry.id), [source, entry.id]);
  const items = state.status === 'done' ? state.value : [];
  const problems = items.filter(isProblem);
  // Every failed or partial entry shows a resolution (issue 10 §2): the entry's own, else its items'.
  const entryHint = entry.error !== undefined || entry.hintId !== undefined;
  const itemHints = problems.some((item) => item.error !== undefined || item.hintId !== undefined);
  return (
    <section className="entry-details" aria-labelledby="entry-details-heading">
      <div className="row">
        <h2 id="entry-details-heading">Entry details</h2>
        <button type="button" onClick={onClose}>
          Close details
        </button>
      </div>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        </dd>
        <dt>Template</dt>
        <dd>{names?.get(entry.template) ?? templateLabel(entry.template)}</dd>
        <dt>Operation</dt>
        <dd>{operationLabel(entry.operation)}</dd>
        {entry.distributor ? (
          <>
            <dt>Distributor</dt>
            <dd>{distributorName(entry.distributor)}</dd>
          </>
        ) : null}
        <dt>Result</dt>
        <dd className={`result-${entry.result}`}>{resultLabel(entry.result)}</dd>
        <dt>Summary</dt>
        <dd>{entry.summary}</dd>
        {entry.origin ? (
          <>
            {/* Only in a merged log (a team runner connected, issue 13 §2). */}
            <dt>Ran on</dt>
            <dd>{ORIGIN_LABEL[entry.origin]}</dd>
          </>
        ) : null}
      </dl>
      {entryHint ? (
        <>
          <h3>Recommended resolution</h3>
          <ErrorHint
            {...(entry.error ? { error: entry.error } : {})}
            {...(entry.hintId ? { hintId: entry.hintId } : {})}
            {...(entry.distributor ? { distributor: entry.distributor } : {})}
            live={false}
          />
        </>
      ) : null}
      {state.status === 'loading' && (entry.itemCount ?? 0) > 0 ? (
        <p className="muted">Loading items…</p>
      ) : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {problems.length > 0 ? (
        <>
          <h3>
            Failed items ({problems.length} of {items.length})
          </h3>
          <ul className="plain" aria-label="Failed items">
            {problems.slice(0, 200).map((item) => (
              <li key={item.id}>
                <ItemLine item={item} />
              </li>
            ))}
          </ul>
          {problems.length > 200 ? (
            <p className="muted">
              …and {problems.length - 200} more (export the entry as CSV, one row per item).
            </p>
          ) : null}
          {!entryHint && itemHints ? <h3>Recommended resolution</h3> : null}
          {itemHints ? (
            <ItemHints
              problems={problems}
              {...(entry.distributor ? { distributor: entry.distributor } : {})}
            />
          ) : null}
        </>
      ) : null}
      {items.length > 0 ? (
        <>
          <h3>All items ({items.length})</h3>
          <VirtualList
            label="All items"
            count={items.length}
            rowHeight={ITEM_ROW_HEIGHT}
            height={240}
            renderRow={(i) => (items[i] ? <ItemLine item={items[i]} /> : null)}
          />
        </>
      ) : null}
      {/* A support report reads this browser's own log: a runner entry is not in it. */}
      {entry.origin === 'runner' ? null : (
        <SupportReportButton request={{ entryIds: [entry.id] }} save={save} />
      )}
    </section>
  );
}
