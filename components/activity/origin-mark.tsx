// Where an entry ran (issue 13 §2), on the rows of a merged log: a small tag before the template
// name — "Runner" outlined in the accent colour, "This browser" in the muted one — so each entry says
// where it ran. Outside a merged log (no runner connected) entries carry no origin and no tag: the
// log looks as it always did.
import { ORIGIN_LABEL } from '../../lib/runner-client/merge';
import type { LogEntryView } from '../../lib/messaging/results';

export function OriginMark({ entry }: { entry: Pick<LogEntryView, 'origin'> }) {
  if (!entry.origin) return null;
  return <span className={`origin-mark origin-${entry.origin}`}>{ORIGIN_LABEL[entry.origin]}</span>;
}
