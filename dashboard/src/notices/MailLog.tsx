import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DeliveryTable, type DeliveryColumn } from '../common/DeliveryLog';
import type { NoticeMail } from './noticeTypes';

const COLUMNS: DeliveryColumn<NoticeMail>[] = [
  {
    header: 'app.notices.recipient',
    cell: (m) => (
      <>
        {m.recipientName ? `${m.recipientName} ` : ''}
        <Typography component="span" variant="body2" color="text.secondary">
          {m.recipient}
        </Typography>
      </>
    ),
  },
];

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
  return <DeliveryTable items={mails} columns={COLUMNS} testId="mail-log" rowAttribute="data-mail" />;
};
