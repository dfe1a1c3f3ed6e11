// A windowed list (issue 6 §2 "virtualised"): only the rows in view, plus a few either side, are in
// the DOM, absolutely placed inside a spacer as tall as all rows. Fixed row height keeps the window
// arithmetic exact and cheap at 100,000 rows. No library: the whole need is this file.
import { useEffect, useState } from 'react';
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

export function VirtualList({ count, rowHeight, height, label, renderRow, onRange }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  // A shorter list (a new filter) may leave the old offset past its end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - height));
  const range = visibleRange(top, height, rowHeight, count);
  const { start, end } = range;
  useEffect(() => onRange?.({ start, end }), [onRange, start, end]);
  const rows: ReactNode[] = [];
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <div
        key={i}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={count}
        className="vrow"
        style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {renderRow(i)}
      </div>,
    );
  }
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
