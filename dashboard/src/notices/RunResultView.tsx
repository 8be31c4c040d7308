import { formatDay } from '../common/format';
import { Alert, Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { KindBadge, useOutboxStatus } from './noticeFields';
import { CHASE_NOTICE_KINDS, type NoticeKind, type RunNotice, type RunResult } from './noticeTypes';

/** A group lists this many notices at most (a province-wide run has thousands); the rest are counted. */
const MAX_ROWS = 100;

const NoticeRows = ({ notices }: { notices: RunNotice[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.notices.fields.unitName')}</TableCell>
          <TableCell>{translate('resources.notices.fields.title')}</TableCell>
          <TableCell align="right">{translate('app.notices.run.obligations')}</TableCell>
          <TableCell>{translate('resources.notices.fields.recipients')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {notices.slice(0, MAX_ROWS).map((n, i) => (
          <TableRow key={n.id ?? `${n.kind}-${n.unitId}-${i}`} data-testid="run-notice">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{n.unitName ?? translate('app.notices.office')}</TableCell>
            <TableCell>
              {n.id === null ? n.title : <Link href={`#${createPath({ resource: 'notices', type: 'show', id: n.id })}`}>{n.title}</Link>}
            </TableCell>
            <TableCell align="right">{n.obligationIds.length}</TableCell>
            <TableCell sx={{ color: n.recipients.length ? 'text.primary' : 'text.secondary' }}>
              {n.recipients.length ? n.recipients.join('、') : translate('app.notices.delivery.NO_RECIPIENT')}
            </TableCell>
          </TableRow>
        ))}
        {notices.length > MAX_ROWS && (
          <TableRow>
            <TableCell colSpan={4} sx={{ color: 'text.secondary' }}>
              {translate('app.notices.run.more', { count: notices.length - MAX_ROWS })}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
};

/** What the mail pass of a real run did; without a mail server, the outbox's own explanation. */
const MailReport = ({ mail }: { mail: NonNullable<RunResult['mail']> }) => {
  const translate = useTranslate();
  const { data: outbox } = useOutboxStatus();
  if (!mail.configured) {
    return <Alert severity="warning">{outbox?.message ?? translate('app.notices.deliveryHelp.IN_APP_ONLY')}</Alert>;
  }
  const notes = [mail.halted ? translate('app.notices.run.mailHalted') : null, mail.deferred ? translate('app.notices.run.mailDeferred') : null];
  return (
    <Alert severity={mail.failed > 0 || mail.halted ? 'warning' : 'info'}>
      {[translate('app.notices.run.mailReport', mail), ...notes].filter(Boolean).join('；')}
    </Alert>
  );
};

/**
 * A preview or a run: the day and thresholds it used, the count per kind, then the notices grouped by kind.
 * A run lists only what it newly stored (what an earlier run noticed is never sent twice).
 */
export const RunResultView = ({ result }: { result: RunResult }) => {
  const translate = useTranslate();
  const total = result.notices.length;
  const byKind = (kind: NoticeKind) => result.notices.filter((n) => n.kind === kind);
  return (
    <Stack spacing={2} data-testid="run-result" data-dry-run={String(result.dryRun)}>
      <Box>
        <Typography variant="h6" component="h3">
          {translate(result.dryRun ? 'app.notices.run.previewTitle' : 'app.notices.run.doneTitle', { date: formatDay(result.forDate) })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.notices.run.thresholdsLine', result.thresholds)}
        </Typography>
      </Box>
      {result.warning && <Alert severity="warning">{result.warning}</Alert>}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        {CHASE_NOTICE_KINDS.map((kind) => (
          <Box key={kind} data-testid={`count-${kind}`} sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }}>
            <KindBadge kind={kind} />
            <Typography component="span" variant="h6" data-count={result.counts[kind]}>
              {translate('app.notices.run.count', { count: result.counts[kind] })}
            </Typography>
          </Box>
        ))}
      </Stack>
      {result.mail && <MailReport mail={result.mail} />}
      {total === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(result.dryRun ? 'app.notices.run.nothing' : 'app.notices.run.nothingNew')}
        </Typography>
      )}
      {CHASE_NOTICE_KINDS.filter((kind) => result.counts[kind] > 0).map((kind) => (
        <Box key={kind} data-testid={`group-${kind}`}>
          <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
            {translate('app.notices.run.group', { kind: translate(`app.notices.kind.${kind}`), count: result.counts[kind] })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(`app.notices.kindHelp.${kind}`, result.thresholds)}
          </Typography>
          <NoticeRows notices={byKind(kind)} />
        </Box>
      ))}
    </Stack>
  );
};
