import { memo, Suspense, useState } from 'react';
import { periodLabel } from '@credit/contract/labels';
import { Box, Link, Skeleton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { useApiPage } from '../common/api';
import { lazyPage } from '../common/lazyPage';
import { formatRate } from '../common/format';
import { Pager, usePager } from '../common/Pager';
import { useRounds } from '../common/rounds';
import { BODY_CELLS_SX } from './bodyCells';
import { HOME_PAGE_SIZE, rankingQuery } from './homeQueries';
import { Panel } from './Panel';
import { loadRankingChart } from './preload';
import { defaultRange, isOpenRange, RangePicker, type Range } from './RangePicker';
import type { RankingRow } from '@credit/contract/api';

const RankingChart = lazyPage(loadRankingChart, 'default');

const COUNT_COLUMNS = ['expected', 'onTime', 'late', 'missing', 'excused', 'inReview'] as const;

/**
 * A page of the ranking's rows; `period`: the month picked (the unit's link then lists that month's obligations).
 * Memoized, and plain cells and anchors (to the hash route): the panel renders again as its queries settle.
 */
const RankingRows = memo(({ rows, period }: { rows: RankingRow[]; period: string | undefined }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const none = translate('app.none');
  const obligationsOf = (unitId: number) =>
    `#${createPath({ resource: 'obligations', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ unitId, period }))}`;
  return rows.map((r) => (
    <TableRow key={r.unitId} hover data-unit={r.unitName}>
      <td>{r.rank}</td>
      <td>
        <Link href={obligationsOf(r.unitId)}>{r.unitName}</Link>
      </td>
      <td data-align="right">{r.score}</td>
      {COUNT_COLUMNS.map((c) => (
        <td key={c} data-align="right" data-col={c}>
          {r[c]}
        </td>
      ))}
      <td data-align="right" data-col="onTimeRate">
        {formatRate(r.onTimeRate, none)}
      </td>
      <td data-align="right">{r.daysLate}</td>
      <td>{r.hasContact ? '✓' : `✗ ${translate('app.home.noContact')}`}</td>
    </TableRow>
  ));
});

/**
 * The units' ranking for a chosen month, quarter or year (default: the latest complete round, never the one
 * still being collected): a chart of a page's reports and the table, paged.
 */
export const RankingPanel = () => {
  const translate = useTranslate();
  const { data: rounds, error: roundsError } = useRounds();
  const [picked, setRange] = useState<Range | null>(null);
  const range = picked ?? (rounds ? defaultRange(rounds) : { kind: 'month' as const, key: '' });
  const pager = usePager(HOME_PAGE_SIZE);
  // Not picked: the server's default period (rankingQuery), asked for without waiting for the rounds.
  const { data: page, isPending, error } = useApiPage<RankingRow>(...rankingQuery(picked?.key ?? null, pager.range));
  const data = page?.items;

  return (
    <Panel
      title="app.home.rankingTitle"
      testId="ranking"
      actions={
        rounds && <RangePicker
          value={range}
          rounds={rounds}
          onChange={(next) => {
            setRange(next);
            pager.reset();
          }}
        />
      }
      loading={isPending}
      error={roundsError ?? error}
      empty={!data || data.every((r) => r.expected === 0 && r.inReview === 0)}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="ranking-period" data-period={range.key}>
        {range.key && periodLabel(range.key)}
        {rounds && isOpenRange(range, rounds) && ` · ${translate('app.rounds.openShort')}`}
      </Typography>
      <Box data-testid="ranking-chart" aria-label={translate('app.home.rankingChart')}>
        <Suspense fallback={<Skeleton variant="rectangular" height={340} />}>{data && <RankingChart rows={data} />}</Suspense>
      </Box>
      <TableContainer sx={{ maxHeight: 480, ...BODY_CELLS_SX }}>
        <Table size="small" stickyHeader data-testid="ranking-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.home.rank')}</TableCell>
              <TableCell>{translate('app.home.unit')}</TableCell>
              <TableCell align="right">{translate('app.home.score')}</TableCell>
              {COUNT_COLUMNS.map((c) => (
                <TableCell key={c} align="right">
                  {translate(`app.home.${c}`)}
                </TableCell>
              ))}
              <TableCell align="right">{translate('app.home.onTimeRate')}</TableCell>
              <TableCell align="right">{translate('app.home.daysLate')}</TableCell>
              <TableCell>{translate('app.home.hasContact')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>{data && <RankingRows rows={data} period={range.kind === 'month' ? range.key : undefined} />}</TableBody>
        </Table>
      </TableContainer>
      <Box data-print="hide">
        <Pager pager={pager} total={page?.total ?? 0} />
      </Box>
    </Panel>
  );
};
