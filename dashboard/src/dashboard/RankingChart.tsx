import { useTranslate } from 'react-admin';
import { STATUS_STYLE } from '../common/statuses';
import { AXIS, ChartFrame, GRID, integerTicks, useWidth } from './chartKit';
import type { RankingRow } from '@credit/contract/api';

/** The ranking's units in rank order, each a stacked bar of its reports: on time, late, missing, excused, in review. */
const SERIES = [
  { key: 'onTime', status: 'ON_TIME' },
  { key: 'late', status: 'LATE' },
  { key: 'missing', status: 'OVERDUE' },
  { key: 'excused', status: 'EXCUSED' },
  { key: 'inReview', status: 'SUBMITTED' },
] as const;

const HEIGHT = 340;
/** Room for the y-axis ticks (left), the rotated unit names (bottom). */
const M = { top: 8, right: 8, bottom: 96, left: 36 };
/** Unit names longer than this are cut (the whole name is in the bar's tooltip and the table). */
const NAME_CHARS = 9;

const RankingChart = ({ rows }: { rows: RankingRow[] }) => {
  const translate = useTranslate();
  const [ref, width] = useWidth<HTMLDivElement>();
  const labels = Object.fromEntries(SERIES.map((s) => [s.key, translate(`app.home.${s.key}`)]));
  const totals = rows.map((r) => SERIES.reduce((sum, s) => sum + r[s.key], 0));
  const ticks = integerTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1]!;
  const plotW = Math.max(1, width - M.left - M.right);
  const plotH = HEIGHT - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, rows.length);
  const barW = Math.max(2, Math.min(48, band * 0.7));
  const fontSize = band < 14 ? 9 : 11;

  return (
    <ChartFrame
      containerRef={ref}
      label={translate('app.home.rankingChart')}
      legend={SERIES.map((s) => ({ label: labels[s.key]!, color: STATUS_STYLE[s.status].color, mark: 'box' }))}
      width={width}
      height={HEIGHT}
    >
      <g fontSize={11} fill={AXIS}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={M.left + plotW} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeDasharray="3 3" />
            <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
      </g>
      {rows.map((r, i) => {
        const cx = M.left + band * (i + 0.5);
        let base = 0;
        return (
          <g key={r.unitId} data-unit={r.unitName}>
            {SERIES.map((s) => {
              const value = r[s.key];
              if (value === 0) return null;
              const from = base;
              base += value;
              return (
                <rect key={s.key} data-series={s.key} x={cx - barW / 2} width={barW} y={y(base)} height={y(from) - y(base)} fill={STATUS_STYLE[s.status].color}>
                  <title>{`${r.unitName} · ${labels[s.key]}：${value}`}</title>
                </rect>
              );
            })}
            <text
              transform={`translate(${cx},${M.top + plotH + 8}) rotate(-50)`}
              textAnchor="end"
              dy="0.32em"
              fontSize={fontSize}
              fill={AXIS}
            >
              <title>{r.unitName}</title>
              {r.unitName.length > NAME_CHARS ? `${r.unitName.slice(0, NAME_CHARS - 1)}…` : r.unitName}
            </text>
          </g>
        );
      })}
      <path d={`M${M.left},${M.top}V${M.top + plotH}H${M.left + plotW}`} fill="none" stroke={AXIS} />
    </ChartFrame>
  );
};

export default RankingChart;
