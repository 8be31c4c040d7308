import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { Trend } from '@credit/contract/api';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/**
 * On-time and filed rates per period month; a month with nothing expected is a gap, not 0 %. The open month
 * (still being collected) is not on the lines: its filed rate so far is a point of its own, so an unfinished
 * month never plots as a collapse.
 */
const TrendChart = ({ trend }: { trend: Trend }) => {
  const translate = useTranslate();
  const openLabel = translate('app.rounds.openShort');
  const data = trend.months.map((m) => ({
    month: m.open ? `${m.month}（${openLabel}）` : m.month,
    onTime: m.open ? null : percent(m.onTimeRate),
    submitted: m.open ? null : percent(m.submittedRate),
    openSubmitted: m.open ? percent(m.submittedRate) : null,
  }));
  const none = translate('app.none');
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit="%" width={48} />
        <Tooltip formatter={(value) => (value === null || value === undefined ? none : `${value}%`)} />
        <Legend verticalAlign="top" />
        <Line type="monotone" dataKey="onTime" name={translate('app.home.onTimeRate')} stroke="#2e7d32" strokeWidth={2} isAnimationActive={false} />
        <Line type="monotone" dataKey="submitted" name={translate('app.home.submittedRate')} stroke="#0277bd" strokeDasharray="5 3" isAnimationActive={false} />
        {trend.open && (
          <Line dataKey="openSubmitted" name={translate('app.rounds.trendOpen')} stroke="#9e9e9e" strokeWidth={0} dot={{ r: 5, strokeWidth: 2, fill: '#fff' }} isAnimationActive={false} />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
};

export default TrendChart;
