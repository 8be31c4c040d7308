import { Box, Stack, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { DefaultsCard, OfficeRobotsCard, QuietHoursCard, StatusCard } from './OfficeCards';
import { SmsCard } from './SmsCard';
import { TestCard } from './TestCard';
import type { ChannelSettings } from './channelTypes';

/** 渠道设置 (ADMIN): GET /api/settings/channels, each card saving its own part with PUT (secrets write-only). */
export const ChannelSettingsPage = () => {
  const translate = useTranslate();
  const { data, error } = useApi<ChannelSettings>('/settings/channels');
  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 1000 }}>
      <Title title={translate('app.channels.title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.channels.intro')}
      </Typography>
      {error ? (
        <Typography color="error">{error.message}</Typography>
      ) : !data ? (
        <Loading />
      ) : (
        <Stack spacing={2}>
          <StatusCard status={data.status} />
          <SmsCard sms={data.sms} />
          <OfficeRobotsCard robots={data.officeRobots} />
          <DefaultsCard defaults={data.defaults} />
          <QuietHoursCard quietHours={data.quietHours} />
          <TestCard smsConfigured={data.sms !== null} robots={data.officeRobots} />
        </Stack>
      )}
    </Box>
  );
};
