// The sidebar's log (issue 6 §2 "the sidebar shows the entries for the PO or product on the page"):
// the entries whose search keys hold this PO number or SKU (log.forKey, which the framed sidebar may
// send: it only reads). An entry that covered many SKUs (a Product Sync run, an order check) is shown
// by this key's own items — their outcome, message and fix — never by the run's summary, result or
// error, which are about the other SKUs too (issue 10 §6).
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { isProblemItem } from './item-problem';
import { RESULT_LABEL } from './log-filter';
import { operationLabel, outcomeLabel } from '../../lib/log/labels';
import type { KeyActivityView, LogItemView } from '../../lib/messaging/results';

/** The sidebar is narrow: the latest few, and a link to the full log filtered on the same key. */
export const SIDEBAR_LOG_ENTRIES = 10;

function HowToFix(props: {
  error?: LogItemView['error'];
  hintId?: string;
  message?: string;
  distributor?: string;
}) {
  if (!props.error && !props.hintId) return null;
  return (
    <details>
      <summary>How to fix</summary>
      <ErrorHint {...props} live={false} />
    </details>
  );
}

/** What the entry did to this key: its own item rows. */
function OwnItems({ items, distributor }: { items: LogItemView[]; distributor?: string }) {
  return (
    <>
      {items.map((item) => (
        <div key={item.id}>
          <span className={isProblemItem(item) ? 'result-failed' : 'result-success'}>
            {outcomeLabel(item.outcome)}
          </span>
          {(item.message ?? item.error?.message) ? <> — {item.message ?? item.error?.message}</> : null}
          <HowToFix
            {...(item.error ? { error: item.error } : {})}
            {...(item.hintId ? { hintId: item.hintId } : {})}
            {...(item.message ? { message: item.message } : {})}
            {...(distributor ? { distributor } : {})}
          />
        </div>
      ))}
    </>
  );
}

function Entry({ entry }: { entry: KeyActivityView }) {
  const own = entry.about ?? [];
  return (
    <li>
      <div className="row">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span className="muted">{operationLabel(entry.operation)}</span>
        {own.length === 0 ? (
          <span className={`result-${entry.result}`}>{RESULT_LABEL[entry.result]}</span>
        ) : null}
      </div>
      {own.length > 0 ? (
        <OwnItems items={own} {...(entry.distributor ? { distributor: entry.distributor } : {})} />
      ) : (
        <>
          <div>{entry.summary}</div>
          <HowToFix
            {...(entry.error ? { error: entry.error } : {})}
            {...(entry.hintId ? { hintId: entry.hintId } : {})}
            {...(entry.distributor ? { distributor: entry.distributor } : {})}
          />
        </>
      )}
    </li>
  );
}

export function EntriesForKey({ searchKey, title }: { searchKey: string; title?: string }) {
  const api = useApi();
  const { state } = useRequest(
    () => api('log.forKey', { key: searchKey, limit: SIDEBAR_LOG_ENTRIES }),
    [api, searchKey],
  );
  const heading = title ?? `Activity for ${searchKey}`;
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {state.status === 'loading' ? <p className="muted">Loading activity…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' && state.value.length === 0 ? (
        <p className="muted">No activity for {searchKey} yet.</p>
      ) : null}
      {state.status === 'done' && state.value.length > 0 ? (
        <ul className="plain log">
          {state.value.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
      <a href={`log.html?search=${encodeURIComponent(searchKey)}`} target="_blank" rel="noreferrer">
        Open in the full log
      </a>
    </section>
  );
}
