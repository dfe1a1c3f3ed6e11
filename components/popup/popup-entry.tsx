// One log entry in the popup (issue 10 §6): a small card rather than the log page's table row — time,
// template name and result on one line, the whole summary wrapped under it. The popup is ~400 px wide,
// so nothing is cut off with an ellipsis and nothing is hidden.
import { formatDateTime } from '../ui/format';
import { templateName } from '../activity/log-filters';
import { OriginMark } from '../activity/origin-mark';
import { resultLabel } from '../../lib/log/labels';
import type { LogEntryView } from '../../lib/messaging/results';

export function PopupEntry({ entry, onOpen }: { entry: LogEntryView; onOpen(): void }) {
  return (
    <button type="button" className="popup-entry" onClick={onOpen}>
      <span className="popup-entry-head">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span className="popup-entry-template">
          <OriginMark entry={entry} />
          {templateName(entry.template)}
        </span>
        <span className={`result-${entry.result}`}>{resultLabel(entry.result)}</span>
      </span>
      <span className="popup-entry-summary">{entry.summary}</span>
    </button>
  );
}
