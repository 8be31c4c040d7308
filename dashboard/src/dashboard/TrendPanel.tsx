import { Suspense } from 'react';
import { Box, Skeleton } from '@mui/material';
import { useApi } from '../common/api';
import { lazyPage } from '../common/lazyPage';
import { HOME_QUERIES } from './homeQueries';
import { Panel } from './Panel';
import { loadTrendChart } from './preload';
import type { Trend } from '@credit/contract/api';

const TrendChart = lazyPage(loadTrendChart, 'default');

/** The on-time rate of the last 12 complete months, and the open one marked as such (the server's window). */
export const TrendPanel = () => {
  const { data, isPending, error } = useApi<Trend>(...HOME_QUERIES.trend);
  return (
    <Panel
      title="app.rounds.trendTitle"
      testId="trend" fill
      loading={isPending}
      error={error}
      empty={!data || data.months.every((m) => m.expected === 0)}
    >
      <Box data-testid="trend-chart" data-from={data?.from} data-to={data?.to} data-open={data?.open ?? ''}>
        <Suspense fallback={<Skeleton variant="rectangular" height={300} />}>{data && <TrendChart trend={data} />}</Suspense>
      </Box>
    </Panel>
  );
};
