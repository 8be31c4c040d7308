import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { formatDay, formatTime } from '../common/format';
import { useCan } from '../common/useSession';
import { isKind, KIND_STYLE, type Delivery, type DeliveryStatus, type NoticeKind, type OutboxStatus, type Recipient } from './noticeTypes';

/** The outbox's state, for the office's administrators only (the API answers 403 to everyone else). */
export const useOutboxStatus = () => {
  const can = useCan();
  return useApi<OutboxStatus>('/mail/status', {}, can('outbox', 'notices'));
};

/** A kind as a chip: symbol and name in the kind's colour. */
export const KindBadge = ({ kind }: { kind: NoticeKind }) => {
  const translate = useTranslate();
  const { symbol, color } = KIND_STYLE[kind];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={`${symbol} ${translate(`app.notices.kind.${kind}`)}`}
      data-kind={kind}
      sx={{ color, borderColor: color, fontWeight: 500, bgcolor: `${color}14` }}
    />
  );
};

export const KindChip = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  return isKind(record?.kind) ? <KindBadge kind={record.kind} /> : null;
};

/** The unit a notice is about; the office's summary is about no unit. */
export const AddresseeField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <>{record.unitName ?? translate('app.notices.office')}</>;
};

/** The day the chase ran for: 2026-11-05. */
export const ForDateField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  return record?.forDate ? <>{formatDay(record.forDate)}</> : null;
};

const DELIVERY_COLOR: Record<DeliveryStatus, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  SENT: 'success',
  PENDING: 'info',
  PARTIAL: 'warning',
  FAILED: 'error',
  CANCELLED: 'default',
  IN_APP_ONLY: 'default',
  NO_RECIPIENT: 'warning',
};

/**
 * Where the notice's mail stands: a chip (已发送 2/2, 重试中, 发送失败, 仅站内 …) whose tooltip explains it;
 * "in-app only" is explained with the outbox's own words when the office may read them.
 */
export const DeliveryField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data: outbox } = useOutboxStatus();
  const delivery = record?.delivery as Delivery | undefined;
  if (!delivery) return null;
  const { status, total, sent } = delivery;
  const label = translate(`app.notices.delivery.${status}`) + (total > 0 && status !== 'IN_APP_ONLY' ? ` ${sent}/${total}` : '');
  const help = status === 'IN_APP_ONLY' && outbox?.message ? outbox.message : translate(`app.notices.deliveryHelp.${status}`);
  return (
    <Tooltip title={help}>
      <Chip size="small" label={label} color={DELIVERY_COLOR[status]} variant="outlined" data-delivery={status} />
    </Tooltip>
  );
};

/** Read or not by the signed-in user; for the office, also when the addressee first read it. */
export const ReadField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.read ? 'text.secondary' : 'primary'} data-read={record.read ? 'true' : 'false'}>
      {translate(record.read ? 'app.notices.read' : 'app.notices.unread')}
    </Typography>
  );
};

/** For the office: whether the unit (the office itself for a summary) has opened the notice. */
export const AddresseeReadField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.addresseeReadAt ? 'text.primary' : 'text.secondary'}>
      {record.addresseeReadAt ? formatTime(record.addresseeReadAt) : translate('app.notices.unread')}
    </Typography>
  );
};

/** Who the notice was addressed to, with their role (联系人, 分管领导, 信用办) and e-mail address. */
export const RecipientsField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const recipients = (record?.recipients ?? []) as Recipient[];
  if (recipients.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.notices.noRecipients')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      {recipients.map((r) => (
        <Box key={r.email ?? `${r.name}-${r.mobile}`} sx={{ typography: 'body2' }}>
          {r.name ?? translate('app.none')}（{translate(`app.notices.recipientRole.${r.role}`)}）
          <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
            {r.email ?? r.mobile}
          </Box>
        </Box>
      ))}
    </Stack>
  );
};

/** The full text, one paragraph per line, as the mail carries it. */
export const BodyField = (_: { label?: string }) => {
  const record = useRecordContext();
  return (
    <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: 860, lineHeight: 1.9 }} data-testid="notice-body">
      {record?.body}
    </Typography>
  );
};
