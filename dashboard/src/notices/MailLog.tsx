import { Fragment } from 'react';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatTime } from '../common/format';
import type { NoticeMail } from './noticeTypes';

const time = (iso: string | null) => (iso ? formatTime(iso) : '');

type MailState = 'PENDING' | 'RETRYING' | 'SENT' | 'FAILED' | 'SKIPPED' | 'CANCELLED';

/** A pending mail that has failed before is being retried. */
const stateOf = (m: NoticeMail): MailState => (m.status === 'PENDING' && m.attempts > 0 ? 'RETRYING' : m.status);

const COLOR: Record<MailState, 'success' | 'info' | 'warning' | 'error' | 'default'> = {
  SENT: 'success',
  PENDING: 'info',
  RETRYING: 'warning',
  FAILED: 'error',
  SKIPPED: 'default',
  CANCELLED: 'default',
};

/** What to say next to a mail: when it went, when it is retried, or why it was not sent (the server's words). */
const noteOf = (m: NoticeMail, translate: (key: string, options?: object) => string): string => {
  switch (stateOf(m)) {
    case 'SENT':
      return m.sentAt ? translate('app.notices.sentAt', { time: time(m.sentAt) }) : '';
    case 'PENDING':
    case 'RETRYING':
      return [m.lastError, m.nextAttemptAt ? translate('app.notices.nextAttempt', { time: time(m.nextAttemptAt) }) : null].filter(Boolean).join('；');
    default:
      return m.lastError ?? '';
  }
};

/** The office's view of a notice's mails: one row per recipient, then each attempt with the server's answer. */
export const MailLog = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const mails = (record?.mails ?? []) as NoticeMail[];
  if (mails.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`app.notices.deliveryHelp.${record?.delivery?.status ?? 'NO_RECIPIENT'}`)}
      </Typography>
    );
  }
  return (
    <Table size="small" sx={{ maxWidth: 1000 }} data-testid="mail-log">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.notices.recipient')}</TableCell>
          <TableCell>{translate('app.notices.mailState')}</TableCell>
          <TableCell align="right">{translate('app.notices.attempts')}</TableCell>
          <TableCell>{translate('app.notices.note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {mails.map((m) => (
          <Fragment key={m.id}>
            <TableRow data-mail={stateOf(m)}>
              <TableCell>
                {m.recipientName ? `${m.recipientName} ` : ''}
                <Typography component="span" variant="body2" color="text.secondary">
                  {m.recipient}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" color={COLOR[stateOf(m)]} label={translate(`app.notices.mailStates.${stateOf(m)}`)} />
              </TableCell>
              <TableCell align="right">{m.attempts}</TableCell>
              <TableCell>{noteOf(m, translate)}</TableCell>
            </TableRow>
            {m.attemptLog.map((a) => (
              <TableRow key={`${m.id}-${a.attempt}`} sx={{ '& td': { color: 'text.secondary', borderBottomStyle: 'dashed' } }}>
                <TableCell sx={{ pl: 4 }}>{translate('app.notices.attempt', { n: a.attempt })}</TableCell>
                <TableCell>{translate(a.ok ? 'app.notices.attemptOk' : 'app.notices.attemptFailed')}</TableCell>
                <TableCell />
                <TableCell>
                  {time(a.at)} {a.ok ? (a.response ?? '') : (a.error ?? '')}
                </TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
};
