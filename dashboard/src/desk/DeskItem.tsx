import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate, type RaRecord } from 'react-admin';
import { daysUntil, formatDay, periodWords } from '../common/format';
import { StatusChip } from '../common/StatusChip';
import { ExplainButton, FileButton } from '../obligations/ObligationActions';

/** How far the due day is: 还剩 n 天 / 今天截止 / 已逾期 n 天 (a filing in review: just the day). */
const DueText = ({ dueAt, settled }: { dueAt: string; settled: boolean }) => {
  const translate = useTranslate();
  const days = daysUntil(dueAt);
  if (settled) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('app.filing.due', { due: formatDay(dueAt) })}
      </Typography>
    );
  }
  const text = days > 0 ? translate('app.desk.dueIn', { days }) : days === 0 ? translate('app.desk.dueToday') : translate('app.desk.overdueBy', { days: -days });
  return (
    <Typography variant="caption" color={days < 0 ? 'error' : days <= 2 ? 'warning.main' : 'text.secondary'}>
      {translate('app.filing.due', { due: formatDay(dueAt) })} · {text}
    </Typography>
  );
};

/**
 * One obligation on the desk: what, until when, its status, the office's reason if returned, the actions; an
 * explanation already filed and waiting for the office is shown as such (no second one can be filed).
 */
export const DeskItem = ({ obligation, reason, explanationPending = false }: { obligation: RaRecord; reason?: string | null; explanationPending?: boolean }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={obligation}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', alignItems: { sm: 'center' } }}
        data-testid="desk-item"
        data-obligation={obligation.id}
      >
        <Box sx={{ flex: 1 }}>
          <Typography variant="body1">
            {obligation.streamName}
            <Box component="span" sx={{ ml: 1, color: 'text.secondary' }}>
              {periodWords(obligation.period)}
            </Box>
          </Typography>
          <DueText dueAt={obligation.dueAt} settled={obligation.status === 'SUBMITTED'} />
          {reason && (
            <Typography variant="body2" color="error" data-testid="return-reason">
              {translate('app.desk.officeReason', { reason })}
            </Typography>
          )}
        </Box>
        <StatusChip />
        <Stack direction="row" spacing={1}>
          <FileButton />
          {explanationPending ? (
            <Chip icon={<HourglassTopIcon />} label={translate('app.rounds.explanationPending')} color="info" variant="outlined" data-testid="explanation-pending" />
          ) : (
            <ExplainButton />
          )}
        </Stack>
      </Stack>
    </RecordContextProvider>
  );
};
