import { useEffect, useRef } from 'react';
import { Typography } from '@mui/material';
import {
  Labeled,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { TimeField } from '../common/fields';
import { useRole } from '../common/useSession';
import { ChannelMessagesField } from '../channels/ChannelLog';
import { MailLog } from './MailLog';
import { AddresseeField, AddresseeReadField, BodyField, DeliveryField, ForDateField, KindChip, RecipientsField } from './noticeFields';
import { useMarkRead } from './unread';

/** Opening a notice marks it read for the signed-in user (once), and the unread badge drops at once. */
const MarkRead = () => {
  const record = useRecordContext();
  const markRead = useMarkRead();
  const refresh = useRefresh();
  const notify = useNotify();
  const marked = useRef<unknown>(null);
  useEffect(() => {
    if (!record || record.read || marked.current === record.id) return;
    marked.current = record.id;
    markRead(record.id)
      .then(refresh)
      .catch((e: unknown) => notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' }));
  }, [record, markRead, refresh, notify]);
  return null;
};

/** A chase lists at most this many obligations as links; a long summary just says how many. */
const MAX_LINKED = 50;

const Obligations = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const ids = (record?.obligationIds ?? []) as number[];
  if (ids.length > MAX_LINKED) return <Typography variant="body2">{translate('app.notices.obligationsCount', { count: ids.length })}</Typography>;
  return <ReferenceArrayField source="obligationIds" reference="obligations" />;
};

/** A notice in full: its text, who it went to, and (for the office) every mail and attempt. */
export const NoticeShow = () => {
  const office = useRole() !== 'UNIT';
  return (
    <Show>
      <MarkRead />
      <SimpleShowLayout>
        <KindChip label="resources.notices.fields.kind" />
        {office && <AddresseeField label="resources.notices.fields.unitName" />}
        <TextField source="title" />
        <ForDateField label="resources.notices.fields.forDate" />
        <TimeField source="createdAt" />
        <Labeled label="resources.notices.fields.body" fullWidth>
          <BodyField />
        </Labeled>
        <Labeled label="resources.notices.fields.recipients" fullWidth>
          <RecipientsField />
        </Labeled>
        <Labeled label="resources.notices.fields.obligationIds" fullWidth>
          <Obligations />
        </Labeled>
        {office && <AddresseeReadField label="resources.notices.fields.addresseeReadAt" />}
        {office && <DeliveryField label="resources.notices.fields.delivery" />}
        {office && (
          <Labeled label="resources.notices.fields.mails" fullWidth>
            <MailLog />
          </Labeled>
        )}
        {office && (
          <Labeled label="resources.notices.fields.channelMessages" fullWidth>
            <ChannelMessagesField />
          </Labeled>
        )}
      </SimpleShowLayout>
    </Show>
  );
};
