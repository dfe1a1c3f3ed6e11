// A windowed list (issue 6 §2 "virtualised"): only the rows in view, plus a few either side, are in
// the DOM, absolutely placed inside a spacer as tall as all rows. Fixed row height keeps the window
// arithmetic exact and cheap at 100,000 rows. No library: the whole need is this file.
//
// When the list gets shorter (a filter that matches fewer entries), the rows past its new end are not
// torn down in the commit that shows the new rows: they stay, hidden and not rendered again, until
// the next task. Tearing down a screenful of rows costs more than showing one new row (issue 14:
// a search's one row within 2 × a raw read of it).
import { memo, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

/** Rows rendered above and below the visible ones, so fast scrolling does not flash blank rows. */
const OVERSCAN = 8;

export interface VisibleRange {
  start: number;
  end: number;
}

export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
): VisibleRange {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, first + Math.ceil(height / rowHeight) + OVERSCAN);
  return { start, end: Math.max(start, end) };
}

interface Props {
  count: number;
  rowHeight: number;
  /** The viewport height in px (fixed, so the window is known before layout, also in tests). */
  height: number;
  label: string;
  renderRow(index: number): ReactNode;
  /** Told the range on screen, so the caller can load those rows. */
  onRange?(range: VisibleRange): void;
}

/**
 * A row's content. A row past the list's new end is `frozen`: it is not rendered again (its children
 * stay as they were), only hidden, until the next task removes it.
 */
const Slot = memo(
  function Slot({ children }: { children: ReactNode; frozen: boolean }) {
    return children;
  },
  (_before, next) => next.frozen,
);

interface Drawn {
  count: number;
  start: number;
  end: number;
  /** Rows past a shorter list's end, still mounted (hidden) for one task. */
  kept?: { from: number; to: number };
}

export function VirtualList({ count, rowHeight, height, label, renderRow, onRange }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  // A shorter list (a new filter) may leave the old offset past its end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - height));
  const range = visibleRange(top, height, rowHeight, count);
  const { start, end } = range;
  useEffect(() => onRange?.({ start, end }), [onRange, start, end]);
  // The window last rendered, updated during render when it moves (React's way to keep what the
  // previous render showed): a list that got shorter keeps the rows it drew past its new end.
  const [last, setLast] = useState<Drawn>({ count, start, end });
  let kept = last.kept;
  if (last.count !== count || last.start !== start || last.end !== end) {
    const from = Math.max(count, last.start);
    kept = count < last.count && last.end > from ? { from, to: last.end } : undefined;
    setLast({ count, start, end, kept });
  }
  useEffect(() => {
    if (!kept) return;
    const later = setTimeout(() => setLast((drawn) => ({ ...drawn, kept: undefined })));
    return () => clearTimeout(later);
  }, [kept]);
  const rows: ReactNode[] = [];
  const slot = (i: number, gone: boolean) => (
    <div
      key={i}
      role="listitem"
      aria-posinset={gone ? undefined : i + 1}
      aria-setsize={gone ? undefined : count}
      hidden={gone}
      className="vrow"
      style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
    >
      <Slot frozen={gone}>{gone ? null : renderRow(i)}</Slot>
    </div>
  );
  for (let i = range.start; i < range.end; i++) rows.push(slot(i, false));
  if (kept) for (let i = Math.max(kept.from, range.end); i < kept.to; i++) rows.push(slot(i, true));
  return (
    <div
      className="vlist"
      role="list"
      aria-label={label}
      tabIndex={0}
      style={{
        height: Math.min(height, Math.max(count * rowHeight, rowHeight)),
        overflowY: 'auto',
        position: 'relative',
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
