import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DeliveryTable, type DeliveryColumn } from '../common/DeliveryLog';
import type { ChannelMessage } from './channelTypes';

/** Channel, then the mobile or the robot (and the contact's name, and the segments an SMS was billed). */
const useColumns = (): DeliveryColumn<ChannelMessage>[] => {
  const translate = useTranslate();
  return [
    { header: 'app.channels.log.channel', cell: (m) => translate(`app.channels.channel.${m.channel}`) },
    {
      header: 'app.channels.log.target',
      cell: (m) => (
        <>
          {m.recipientName && m.recipientName !== m.target ? `${m.recipientName} ` : ''}
          <Typography component="span" variant="body2" color="text.secondary">
            {m.target}
            {m.segments ? `（${translate('app.channels.log.segments', { count: m.segments })}）` : ''}
          </Typography>
        </>
      ),
    },
  ];
};

/** SMS and robot posts with their state, attempts, next attempt or last error; each one's attempts behind a toggle. */
export const ChannelLog = ({ messages, testId = 'channel-log' }: { messages: ChannelMessage[]; testId?: string }) => (
  <DeliveryTable items={messages} columns={useColumns()} expandable testId={testId} rowAttribute="data-message" />
);

/** 渠道投递 on a notice's page (the office's view): the notice's `channelMessages`. */
export const ChannelMessagesField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const messages = (record?.channelMessages ?? []) as ChannelMessage[];
  if (messages.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="channel-log-empty">
        {translate('app.channels.log.none')}
      </Typography>
    );
  }
  return <ChannelLog messages={messages} />;
};
