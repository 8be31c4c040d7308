import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { STATUS_STYLE } from '../common/statuses';
import type { RankingRow } from '@credit/contract/api';

/** The ranking's units in rank order, each a stacked bar of its reports: on time, late, missing, excused, in review. */
const SERIES = [
  { key: 'onTime', status: 'ON_TIME' },
  { key: 'late', status: 'LATE' },
  { key: 'missing', status: 'OVERDUE' },
  { key: 'excused', status: 'EXCUSED' },
  { key: 'inReview', status: 'SUBMITTED' },
] as const;

const RankingChart = ({ rows }: { rows: RankingRow[] }) => {
  const translate = useTranslate();
  return (
    <ResponsiveContainer width="100%" height={340}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 64, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="unitName" interval={0} angle={-50} textAnchor="end" tick={{ fontSize: 11 }} height={70} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip />
        <Legend verticalAlign="top" />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} stackId="reports" name={translate(`app.home.${s.key}`)} fill={STATUS_STYLE[s.status].color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

export default RankingChart;
