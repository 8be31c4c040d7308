import { useTranslate } from 'react-admin';
import { AXIS, ChartFrame, GRID, type LegendItem, useWidth } from './chartKit';
import type { Trend } from '@credit/contract/api';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

const HEIGHT = 300;
const M = { top: 10, right: 16, bottom: 84, left: 44 };
const TICKS = [0, 25, 50, 75, 100];
const LINES = [
  { key: 'onTime', label: 'app.home.onTimeRate', color: '#2e7d32', dash: undefined },
  { key: 'submitted', label: 'app.home.submittedRate', color: '#0277bd', dash: '5 3' },
] as const;
const OPEN_COLOR = '#9e9e9e';

/** The SVG path of a line through the points, broken where a value is missing (a gap, never a drop to 0). */
const linePath = (points: ({ x: number; y: number } | null)[]): string =>
  points.reduce((d, p, i) => (p ? `${d}${points[i - 1] ? 'L' : 'M'}${p.x},${p.y}` : d), '');

/**
 * On-time and filed rates per period month; a month with nothing expected is a gap, not 0 %. The open month
 * (still being collected) is not on the lines: its filed rate so far is a hollow point of its own, so an
 * unfinished month never plots as a collapse.
 */
const TrendChart = ({ trend }: { trend: Trend }) => {
  const translate = useTranslate();
  const [ref, width] = useWidth<HTMLDivElement>();
  const openLabel = translate('app.rounds.openShort');
  const none = translate('app.none');
  const months = trend.months.map((m) => ({
    month: m.month,
    open: m.open,
    onTime: m.open ? null : percent(m.onTimeRate),
    submitted: m.open ? null : percent(m.submittedRate),
    openSubmitted: m.open ? percent(m.submittedRate) : null,
  }));
  const plotW = Math.max(1, width - M.left - M.right);
  const plotH = HEIGHT - M.top - M.bottom;
  const band = plotW / Math.max(1, months.length);
  const x = (i: number) => M.left + band * (i + 0.5);
  const y = (v: number) => M.top + plotH - (v / 100) * plotH;
  const crowded = band < 64;
  const shown = (v: number | null) => (v === null ? none : `${v}%`);
  const legend: LegendItem[] = LINES.map((l) => ({ label: translate(l.label), color: l.color, mark: l.dash ? 'dashed' : 'line' }));
  if (trend.open) legend.push({ label: translate('app.rounds.trendOpen'), color: OPEN_COLOR, mark: 'hollow' });

  return (
    <ChartFrame containerRef={ref} label={translate('app.rounds.trendTitle')} legend={legend} width={width} height={HEIGHT}>
      <g fontSize={12} fill={AXIS}>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={M.left + plotW} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeDasharray="3 3" />
            <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{`${tick}%`}</text>
          </g>
        ))}
        {months.map((m, i) => (
          <text
            key={m.month}
            data-month={m.month}
            transform={`translate(${x(i)},${M.top + plotH + 10})${crowded ? ' rotate(-40)' : ''}`}
            textAnchor={crowded ? 'end' : 'middle'}
            dy={crowded ? '0.32em' : '0.71em'}
            fill={m.open ? OPEN_COLOR : AXIS}
          >
            {m.open ? `${m.month}（${openLabel}）` : m.month}
          </text>
        ))}
        <text x={M.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle">
          {translate('app.home.trendPeriod')}
        </text>
      </g>
      <path d={`M${M.left},${M.top}V${M.top + plotH}H${M.left + plotW}`} fill="none" stroke={AXIS} />
      {LINES.map((l) => {
        const points = months.map((m, i) => (m[l.key] === null ? null : { x: x(i), y: y(m[l.key]!) }));
        return (
          <g key={l.key} data-series={l.key}>
            <path d={linePath(points)} fill="none" stroke={l.color} strokeWidth={2} strokeDasharray={l.dash} />
            {months.map((m, i) =>
              points[i] ? (
                <circle key={m.month} data-month={m.month} data-value={m[l.key]} cx={points[i].x} cy={points[i].y} r={3} fill={l.color}>
                  <title>{`${m.month} ${translate(l.label)}：${shown(m[l.key])}`}</title>
                </circle>
              ) : null,
            )}
          </g>
        );
      })}
      {months.map((m, i) =>
        m.open && m.openSubmitted !== null ? (
          <circle key={m.month} data-series="open" data-month={m.month} data-value={m.openSubmitted} cx={x(i)} cy={y(m.openSubmitted)} r={5} fill="#fff" stroke={OPEN_COLOR} strokeWidth={2}>
            <title>{`${m.month} ${translate('app.rounds.trendOpen')}：${shown(m.openSubmitted)}`}</title>
          </circle>
        ) : null,
      )}
    </ChartFrame>
  );
};

export default TrendChart;
