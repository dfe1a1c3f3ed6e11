// The last 14 days of runs per day by result (issue 6 §2), as inline SVG: stacked bars, a <title>
// per bar for the exact counts, and an accessible summary.
import { useRequest } from '../ui/use-request';
import { useLogSource } from './log-source';
import type { DayCount } from './log-source';

export const CHART_DAYS = 14;
const BAR = 22;
const GAP = 8;
const PLOT_HEIGHT = 90;
const LABEL_HEIGHT = 16;
const COLOURS = { failed: '#c62828', partial: '#ef8f00', success: '#2e7d32' } as const;
const ORDER = ['failed', 'partial', 'success'] as const;

const dayLabel = (day: number) =>
  new Date(day).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

function Bars({ days }: { days: DayCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.success + d.partial + d.failed));
  const width = days.length * (BAR + GAP);
  const total = days.reduce((sum, d) => sum + d.success + d.partial + d.failed, 0);
  const failed = days.reduce((sum, d) => sum + d.failed, 0);
  return (
    <svg
      role="img"
      aria-label={`Runs per day, last ${days.length} days: ${total} runs, ${failed} failed`}
      width={width}
      height={PLOT_HEIGHT + LABEL_HEIGHT}
      viewBox={`0 0 ${width} ${PLOT_HEIGHT + LABEL_HEIGHT}`}
    >
      {days.map((d, i) => {
        const x = i * (BAR + GAP);
        let y = PLOT_HEIGHT;
        return (
          <g key={d.day} data-day={d.day}>
            <title>{`${dayLabel(d.day)}: ${d.success} success, ${d.partial} partial, ${d.failed} failed`}</title>
            {ORDER.map((result) => {
              const h = (d[result] / max) * PLOT_HEIGHT;
              y -= h;
              return h > 0 ? (
                <rect key={result} x={x} y={y} width={BAR} height={h} fill={COLOURS[result]} />
              ) : null;
            })}
            <text
              x={x + BAR / 2}
              y={PLOT_HEIGHT + LABEL_HEIGHT - 3}
              fontSize="10"
              textAnchor="middle"
              fill="currentColor"
            >
              {new Date(d.day).getDate()}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function RunsChart({ now, refresh = 0 }: { now: number; refresh?: number }) {
  const source = useLogSource();
  const { state } = useRequest(() => source.daily(CHART_DAYS, now), [source, now, refresh]);
  return (
    <figure className="runs-chart">
      <figcaption>Runs per day, last {CHART_DAYS} days</figcaption>
      {state.status === 'done' ? (
        <Bars days={state.value} />
      ) : (
        <div style={{ height: PLOT_HEIGHT + LABEL_HEIGHT }} />
      )}
      <p className="legend">
        {ORDER.map((r) => (
          <span key={r}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={COLOURS[r]} />
            </svg>{' '}
            {r === 'partial' ? 'Partial success' : r === 'failed' ? 'Failed' : 'Success'}
          </span>
        ))}
      </p>
    </figure>
  );
}
