import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { Trend } from '@credit/contract/api';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** On-time and filed rates per period month; a month with nothing expected is a gap, not 0 %. */
const TrendChart = ({ trend }: { trend: Trend }) => {
  const translate = useTranslate();
  const data = trend.months.map((m) => ({ month: m.month, onTime: percent(m.onTimeRate), submitted: percent(m.submittedRate) }));
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
      </LineChart>
    </ResponsiveContainer>
  );
};

export default TrendChart;
