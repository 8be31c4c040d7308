import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useStreamNames } from '../common/StreamNameField';
import { Panel } from '../dashboard/Panel';
import { periodWords } from '../common/format';

/** 免报事项: what the office waived for the unit (the server narrows the list to the unit), read-only. */
export const DeskExemptions = () => {
  const translate = useTranslate();
  const streams = useStreamNames();
  const { data, isPending, error } = useGetList('exemptions', {
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const field = (name: string) => translate(`resources.exemptions.fields.${name}`);
  return (
    <Panel title="app.desk.exemptions" testId="desk-exemptions" loading={isPending} error={error} empty={(data ?? []).length === 0}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{field('period')}</TableCell>
            <TableCell>{translate('resources.obligations.fields.streamName')}</TableCell>
            <TableCell>{field('reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((e) => (
            <TableRow key={e.id} data-testid="desk-exemption" data-obligation={e.obligationId}>
              <TableCell>{periodWords(e.period)}</TableCell>
              <TableCell>{streams.get(e.streamCode) ?? ''}</TableCell>
              <TableCell>{e.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};
