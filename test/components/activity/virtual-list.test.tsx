// The windowed list (issue 6 §2) and its shrinking (issue 14): rows past a list's new, shorter end
// are hidden in the commit that shows the new rows, not rendered again, and gone after the next task.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '../../../components/activity/virtual-list';

const ROW = 40;
const HEIGHT = 200;

function Row({ text, renders }: { text: string; renders: string[] }) {
  renders.push(text);
  return <span>{text}</span>;
}

function list(items: readonly string[], renders: string[]) {
  return (
    <VirtualList
      label="Items"
      count={items.length}
      rowHeight={ROW}
      height={HEIGHT}
      renderRow={(i) => <Row text={items[i] ?? '?'} renders={renders} />}
    />
  );
}

const visible = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('VirtualList', () => {
  it('renders the rows in view and a few more, each with its place in the whole list', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `item ${i}`);
    render(list(items, []));
    const rows = screen.getAllByRole('listitem');
    // 5 in view + 8 overscan below; none above the top.
    expect(rows).toHaveLength(13);
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('1000');
  });

  it('keeps the rows past a shorter list’s end hidden for one task, without rendering them again', async () => {
    const renders: string[] = [];
    const long = Array.from({ length: 30 }, (_, i) => `old ${i}`);
    const { rerender, container } = render(list(long, renders));
    expect(visible()).toHaveLength(13);
    renders.length = 0;

    rerender(list(['new 0'], renders));
    // Only the new row was rendered; the 12 others are still in the DOM, hidden from everyone.
    expect(renders).toEqual(['new 0']);
    expect(visible()).toEqual(['new 0']);
    const hidden = container.querySelectorAll('.vrow[hidden]');
    expect(hidden).toHaveLength(12);
    expect(hidden[0]?.getAttribute('aria-setsize')).toBeNull();

    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.querySelectorAll('.vrow')).toHaveLength(1);
    expect(visible()).toEqual(['new 0']);
  });

  it('shows every row again when the list grows back before the hidden ones are gone', () => {
    const renders: string[] = [];
    const long = Array.from({ length: 30 }, (_, i) => `a ${i}`);
    const { rerender, container } = render(list(long, renders));
    rerender(list(['b 0', 'b 1'], renders));
    const again = Array.from({ length: 30 }, (_, i) => `c ${i}`);
    rerender(list(again, renders));
    expect(visible()).toEqual(again.slice(0, 13));
    expect(container.querySelectorAll('.vrow[hidden]')).toHaveLength(0);
  });
});
