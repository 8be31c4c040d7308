import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RecordQuality as Quality } from '@credit/contract/api';
import { useApi } from '../common/api';
import { HOME_QUERIES } from './homeQueries';
import { formatRate } from '../common/format';
import { Panel } from './Panel';

/** 数据质量: each unit's records of the last 12 months — how many passed the checks, how many were published late. */
export const RecordQuality = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useApi<Quality>(...HOME_QUERIES.recordQuality);
  const none = translate('app.none');
  return (
    <Panel title="app.home.qualityTitle" testId="record-quality" loading={isPending} error={error} empty={!data || data.rows.length === 0}>
      <TableContainer sx={{ maxHeight: 520 }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.home.unit')}</TableCell>
              <TableCell align="right">{translate('app.home.records')}</TableCell>
              <TableCell align="right">{translate('app.home.validRecords')}</TableCell>
              <TableCell align="right">{translate('app.home.complianceRate')}</TableCell>
              <TableCell align="right">{translate('app.home.lateRecordRate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.rows.map((r) => (
              <TableRow key={r.unitId} data-unit={r.unitName}>
                <TableCell>{r.unitName}</TableCell>
                <TableCell align="right">{r.recordsFiled}</TableCell>
                <TableCell align="right">{r.recordsValid}</TableCell>
                <TableCell align="right">{formatRate(r.complianceRate, none)}</TableCell>
                <TableCell align="right">{formatRate(r.lateRecordRate, none)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Panel>
  );
};
