import { memo, useState } from 'react';
import { Box, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { HOME_PAGE_SIZE, matrixQuery } from './homeQueries';
import { periodWords } from '../common/format';
import { Pager, usePager } from '../common/Pager';
import { OBLIGATION_STATUSES, STATUS_STYLE } from '../common/statuses';
import { useStreamNames } from '../common/StreamNameField';
import { BODY_CELLS_SX } from './bodyCells';
import { Panel } from './Panel';
import type { Matrix, MatrixCell } from '@credit/contract/api';

const MARK_SX = { display: 'inline-block', minWidth: 18, px: 0.25, mx: 0.125, borderRadius: 0.5, color: '#fff', fontSize: 12, lineHeight: '18px', textAlign: 'center' } as const;

/**
 * The matrix's styles as rules of its container, not `sx` on each of its hundreds of cells and links: one set of
 * CSS rules instead of a style computed per element (the home's largest render).
 */
const MATRIX_SX = {
  maxHeight: 560,
  ...BODY_CELLS_SX,
  '& td.matrix-unit': { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap' },
  '& td.matrix-cell': { whiteSpace: 'nowrap', px: 0.5 },
  '& td.matrix-cell[data-open]': { bgcolor: 'action.hover' },
  '& a.matrix-mark': { ...MARK_SX, textDecoration: 'none' },
  '& a.matrix-mark:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 1 },
} as const;

/** A status symbol in the status colour (the legend's). */
const Mark = ({ status }: { status: MatrixCell['status'] }) => (
  <Box component="span" data-status={status} sx={{ ...MARK_SX, bgcolor: STATUS_STYLE[status].color }}>
    {STATUS_STYLE[status].symbol}
  </Box>
);

/**
 * One report of a cell: its status symbol, a link to the obligation (a tab stop; Enter opens it); the tooltip
 * and the accessible name say unit, stream, period and status. A plain anchor to the hash route: the matrix has
 * hundreds of them, and a router link's hooks per cell made the largest share of the home's first render.
 */
const CellLink = ({ cell, unitName, streamName, href }: { cell: MatrixCell; unitName: string; streamName?: string; href: string }) => {
  const translate = useTranslate();
  const style = STATUS_STYLE[cell.status];
  const late = cell.status === 'LATE' && cell.daysLate ? ` ${cell.daysLate}` : '';
  const status = `${translate(`app.status.${cell.status}`)}${late}`;
  return (
    <a
      className="matrix-mark"
      href={href}
      title={`${streamName ?? ''} ${periodWords(cell.period)}：${status}`}
      aria-label={translate('app.rounds.cellLink', { unit: unitName, stream: streamName ?? '', period: periodWords(cell.period), status })}
      data-status={cell.status}
      data-obligation={cell.obligationId}
      style={{ backgroundColor: style.color }}
    >
      {style.symbol}
    </a>
  );
};

/**
 * The matrix's rows, drawn again only when its page or the stream names change: the panel itself renders again
 * as its queries settle, and its hundreds of cells need not follow.
 */
const MatrixRows = memo(({ matrix, names }: { matrix: Matrix; names: Map<string, string> }) => {
  const createPath = useCreatePath();
  return matrix.rows.map((row) => (
    <TableRow key={row.unitId} hover>
      <td className="matrix-unit">{row.unitName}</td>
      {matrix.months.map((m) => (
        <td key={m} data-align="center" className="matrix-cell" data-open={m === matrix.open || undefined}>
          {(row.cells[m] ?? []).map((cell) => (
            <CellLink
              key={cell.obligationId}
              cell={cell}
              unitName={row.unitName}
              streamName={names.get(cell.streamCode)}
              href={`#${createPath({ resource: 'obligations', id: cell.obligationId, type: 'show' })}`}
            />
          ))}
        </td>
      ))}
    </TableRow>
  ));
});

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
          <Mark status={status} />
          <Typography variant="caption">{translate(`app.status.${status}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/**
 * Units × the last 12 complete months and the open one (the server's default window, marked 收集中): every
 * report owed, by status, each a link to its obligation; a page of units at a time.
 */
export const StatusMatrix = () => {
  const translate = useTranslate();
  const [stream, setStream] = useState('');
  const pager = usePager(HOME_PAGE_SIZE);
  const { data, isPending, error } = useApi<Matrix>(...matrixQuery(stream, pager.range));
  const { data: streams } = useGetList('streams', { sort: { field: 'sortOrder', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  const names = useStreamNames();
  const picker = (
    <TextField select fullWidth={false} size="small" name="matrixStream" data-print="hide" label={translate('resources.streams.name')} value={stream} onChange={(e) => {
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
    <Panel title="app.rounds.matrixTitle" testId="matrix" actions={picker} loading={isPending} error={error} empty={!data || data.rows.length === 0}>
      <Legend />
      <TableContainer sx={MATRIX_SX}>
        <Table size="small" stickyHeader data-testid="matrix-table">
          <TableHead>
            <TableRow>
              <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, bgcolor: 'background.paper' }}>{translate('app.home.unit')}</TableCell>
              {data?.months.map((m) => (
                <TableCell key={m} align="center" sx={{ whiteSpace: 'nowrap' }} data-month={m} data-open={m === data.open || undefined}>
                  {m}
                  {m === data.open && (
                    <Typography component="span" variant="caption" color="warning.main" sx={{ display: 'block' }}>
                      {translate('app.rounds.matrixOpen')}
                    </Typography>
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{data && <MatrixRows matrix={data} names={names} />}</TableBody>
        </Table>
      </TableContainer>
      <Box data-print="hide">
        <Pager pager={pager} total={data?.total ?? 0} />
      </Box>
    </Panel>
  );
};
