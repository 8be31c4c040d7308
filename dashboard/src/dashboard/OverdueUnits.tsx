import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import { Box, Link, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { ChaseLetterButtons } from '../chase-letters/ChaseLetterButtons';
import { useApi } from '../common/api';
import { HOME_QUERIES } from './homeQueries';
import { Panel } from './Panel';
import type { Overdue, OverdueContact } from '@credit/contract/api';
import { periodWords } from '../common/format';

const tel = (n: string) => `tel:${n.replace(/[^\d+]/g, '')}`;

/** The person to call: name and post, phone and mobile as tel: links, e-mail as a mailto: link. */
const Contact = ({ contact }: { contact: OverdueContact | null }) => {
  const translate = useTranslate();
  if (!contact) {
    return (
      <Typography variant="body2" color="error">
        {translate('app.home.noContact')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2">
        {contact.name}
        {contact.post ? `（${contact.post}）` : ''}
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {[contact.phone, contact.mobile].filter((n): n is string => Boolean(n)).map((n) => (
          <Link key={n} href={tel(n)} variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} title={translate('app.home.call')}>
            <PhoneIcon fontSize="inherit" />
            {n}
          </Link>
        ))}
        {contact.email && (
          <Link href={`mailto:${contact.email}`} variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} title={translate('app.home.mail')}>
            <EmailIcon fontSize="inherit" />
            {contact.email}
          </Link>
        )}
      </Stack>
    </Stack>
  );
};

/** 逾期未报 in the list of 应报事项 (OVERDUE, and RETURNED: the list's status filter drops its default months). */
const MISSING_STATUSES = ['OVERDUE', 'RETURNED'];

/** Units with reports missing now, most first, with their count, what they miss and whom to call. */
export const OverdueUnits = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending, error } = useApi<Overdue>(...HOME_QUERIES.overdue);
  const listOf = (filter: object) =>
    `${createPath({ resource: 'obligations', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ ...filter, status: MISSING_STATUSES }))}`;
  const items = data?.rows.reduce((n, u) => n + u.overdue, 0) ?? 0;
  return (
    <Panel
      title="app.rounds.overdueTitle"
      titleArgs={{ units: data?.total ?? 0, items: data && data.total <= data.rows.length ? items : `${items}+` }}
      testId="overdue"
      fill
      loading={isPending}
      error={error}
      empty={!data || data.rows.length === 0}
      actions={
        <Link component={RouterLink} to={listOf({})} variant="body2" data-print="hide">
          {translate('app.rounds.overdueAll')}
        </Link>
      }
    >
      <TableContainer sx={{ maxHeight: 520 }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.home.unit')}</TableCell>
              <TableCell>{translate('app.home.contact')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.rows.map((u) => (
              <TableRow key={u.unitId} data-unit={u.unitName}>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <Link component={RouterLink} to={listOf({ unitId: u.unitId })} variant="body2" sx={{ fontWeight: 500 }}>
                    {u.unitName}
                  </Link>
                  <Typography variant="caption" color="error" component="p">
                    {translate('app.home.overdueCount', { count: u.overdue })} · {translate('app.home.maxDays', { days: u.maxDaysOverdue })}
                  </Typography>
                  {u.obligations.map((o) => (
                    <Typography key={o.obligationId} variant="caption" color="text.secondary" component="p">
                      {periodWords(o.period)} {o.streamName}
                    </Typography>
                  ))}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <Contact contact={u.contact} />
                  <Box data-print="hide">
                    <ChaseLetterButtons unitId={u.unitId} />
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Panel>
  );
};
