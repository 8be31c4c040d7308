import { useState, type ReactNode } from 'react';
import { Box, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { UnitOverview as Overview } from '@credit/contract/api';
import { useApi } from '../common/api';
import { ContactCards } from '../common/ContactCards';
import { currentMonth, formatDay, formatRate, periodWords } from '../common/format';
import { StatusBadge } from '../common/StatusChip';
import { OBLIGATION_STATUSES } from '../common/statuses';

/** A figure with its caption. */
const Figure = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) => (
  <Box sx={{ minWidth: 110 }} data-testid={testId}>
    <Typography variant="caption" color="text.secondary">{label}</Typography>
    <Typography variant="h5" component="div">{value}</Typography>
    {hint && <Typography variant="caption" color="text.secondary">{hint}</Typography>}
  </Box>
);

/**
 * The unit's year on its page, from GET /api/units/:id/overview (the server counts): how many obligations stand
 * in each status, the year's score, the items 逾期未报 (each a link to its obligation) and the contacts.
 */
export const UnitOverview = ({ contactsAction }: { contactsAction?: ReactNode }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const thisYear = Number(currentMonth().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data } = useApi<Overview>(`/units/${record?.id}/overview`, { year }, Boolean(record));
  if (!record || !data) return null;
  const none = translate('app.none');

  return (
    <Stack spacing={2} data-testid="unit-overview">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h2">{translate('app.transitions.overviewTitle', { year: data.year })}</Typography>
        <TextField select size="small" label={translate('app.transitions.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
      </Stack>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Figure
            testId="unit-score"
            label={translate('app.transitions.score')}
            value={data.score === null ? none : String(data.score)}
            hint={data.score === null ? translate('app.transitions.notAssessed') : `${translate('app.transitions.rank', { rank: data.rank })} · ${translate(data.finalised ? 'app.transitions.finalised' : 'app.transitions.provisional')}`}
          />
          <Figure label={translate('app.transitions.expected')} value={String(data.expected)} />
          <Figure label={translate('app.transitions.onTimeRate')} value={formatRate(data.onTimeRate, none)} />
          <Figure testId="unit-missing" label={translate('app.transitions.missing')} value={String(data.missing)} />
        </Stack>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }} data-testid="unit-status-counts">
          {OBLIGATION_STATUSES.map((s) => (
            <StatusBadge key={s} status={s} label={`${translate(`app.status.${s}`)} ${data.statusCounts[s]}`} />
          ))}
        </Stack>
      </Paper>
      <Box>
        <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>{translate('app.transitions.overdueTitle', { count: data.overdue.length })}</Typography>
        {data.overdue.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{translate('app.transitions.noOverdue')}</Typography>
        ) : (
          <Stack component="ul" spacing={0.5} sx={{ pl: 2, my: 0.5 }} data-testid="unit-overdue">
            {data.overdue.map((o) => (
              <li key={o.obligationId}>
                <Link to={createPath({ resource: 'obligations', id: o.obligationId, type: 'show' })}>
                  {o.streamName} · {periodWords(o.period)}
                </Link>
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                  {translate('resources.obligations.fields.dueAt')} {formatDay(o.dueAt)}
                </Typography>
                {o.status === 'RETURNED' && <Chip size="small" sx={{ ml: 1 }} label={translate('app.status.RETURNED')} />}
              </li>
            ))}
          </Stack>
        )}
      </Box>
      <Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>{translate('app.transitions.contactsTitle')}</Typography>
          {contactsAction}
        </Stack>
        <ContactCards contacts={data.contacts} />
      </Box>
    </Stack>
  );
};
