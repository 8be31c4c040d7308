import { useState } from 'react';
import { Box, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { addMonths, currentMonth } from '../common/format';
import { Pager, usePager } from '../common/Pager';
import { OBLIGATION_STATUSES, STATUS_STYLE } from '../common/statuses';
import { useStreamNames } from '../common/StreamNameField';
import { Panel } from './Panel';
import type { Matrix, MatrixCell } from '@credit/contract/api';

/** One report of a cell: its status symbol in the status colour; the tooltip names stream, period, status. */
const Mark = ({ cell, streamName }: { cell: MatrixCell; streamName?: string }) => {
  const translate = useTranslate();
  const style = STATUS_STYLE[cell.status];
  const late = cell.status === 'LATE' && cell.daysLate ? ` ${cell.daysLate}` : '';
  return (
    <Box
      component="span"
      title={cell.period ? `${streamName ?? ''} ${cell.period}：${translate(`app.status.${cell.status}`)}${late}` : undefined}
      data-status={cell.status}
      sx={{ display: 'inline-block', minWidth: 18, px: 0.25, mx: 0.125, borderRadius: 0.5, color: '#fff', bgcolor: style.color, fontSize: 12, lineHeight: '18px', textAlign: 'center' }}
    >
      {style.symbol}
    </Box>
  );
};

/** What each symbol means (readable without colour). */
const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }} data-testid="matrix-legend">
      <Typography variant="caption" color="text.secondary">
        {translate('app.home.legend')}：
      </Typography>
      {OBLIGATION_STATUSES.map((status) => (
        <Stack key={status} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Mark cell={{ obligationId: 0, streamCode: '', period: '', status, daysLate: null }} />
          <Typography variant="caption">{translate(`app.status.${status}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/** Units × the last 12 months: every report owed, by status; a page of units at a time. */
export const StatusMatrix = () => {
  const translate = useTranslate();
  const [stream, setStream] = useState('');
  const to = currentMonth();
  const pager = usePager();
  const { data, isPending, error } = useApi<Matrix>('/compliance/matrix', { from: addMonths(to, -11), to, stream, range: pager.range });
  const { data: streams } = useGetList('streams', { sort: { field: 'sortOrder', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  const names = useStreamNames();
  const picker = (
    <TextField select fullWidth={false} size="small" name="matrixStream" label={translate('resources.streams.name')} value={stream} onChange={(e) => {
        setStream(e.target.value);
        pager.reset();
      }} sx={{ minWidth: 220 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{translate('app.home.allStreams')}</MenuItem>
      {streams?.map((s) => (
        <MenuItem key={s.id} value={s.code}>
          {s.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Panel title="app.home.matrixTitle" testId="matrix" actions={picker} loading={isPending} error={error} empty={!data || data.rows.length === 0}>
      <Legend />
      <TableContainer sx={{ maxHeight: 560 }}>
        <Table size="small" stickyHeader data-testid="matrix-table">
          <TableHead>
            <TableRow>
              <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, bgcolor: 'background.paper' }}>{translate('app.home.unit')}</TableCell>
              {data?.months.map((m) => (
                <TableCell key={m} align="center" sx={{ whiteSpace: 'nowrap' }}>
                  {m}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.rows.map((row) => (
              <TableRow key={row.unitId} hover>
                <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', whiteSpace: 'nowrap' }}>{row.unitName}</TableCell>
                {data.months.map((m) => (
                  <TableCell key={m} align="center" sx={{ whiteSpace: 'nowrap', px: 0.5 }}>
                    {(row.cells[m] ?? []).map((cell) => (
                      <Mark key={cell.obligationId} cell={cell} streamName={names.get(cell.streamCode)} />
                    ))}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Pager pager={pager} total={data?.total ?? 0} />
    </Panel>
  );
};
