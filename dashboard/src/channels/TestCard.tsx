import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import { Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { SettingText } from '../common/SettingText';
import { useQueryClient } from '@tanstack/react-query';
import { reportSaveError } from '../common/api';
import { API_URL, httpClient } from '../providers/http';
import { SettingsFrame } from '../common/SettingsFrame';
import { ChannelLog } from './ChannelLog';
import { messageOf } from '../common/useSettingsSave';
import type { ChannelMessage, ChannelTestInput, Robot } from './channelTypes';

/** 发送测试消息: one SMS to a mobile or one post to an office robot, sent now; the answer's state and attempts. */
export const TestCard = ({ smsConfigured, robots }: { smsConfigured: boolean; robots: Robot[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<ChannelTestInput['channel']>(smsConfigured || robots.length === 0 ? 'SMS' : 'ROBOT');
  const [mobile, setMobile] = useState('');
  const [picked, setRobotId] = useState<number | ''>('');
  // The robot picked, else the first one (the list changes when robots are saved).
  const robotId = robots.some((r) => r.id === picked) ? picked : (robots[0]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChannelMessage | null>(null);
  const ready = channel === 'SMS' ? smsConfigured : robots.some((r) => r.id === robotId);

  const send = async () => {
    setBusy(true);
    try {
      const body: ChannelTestInput = channel === 'SMS' ? { channel, mobile: mobile.trim() } : { channel, robotId: Number(robotId) };
      const { json } = await httpClient(`${API_URL}/settings/channels/test`, { method: 'POST', body: JSON.stringify(body) });
      setErrors({});
      setResult(json as ChannelMessage);
      notify('app.channels.test.sent', { type: 'info' });
      await queryClient.invalidateQueries({ queryKey: ['api', '/settings/channels'] });
    } catch (e) {
      reportSaveError(e, setErrors, notify);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsFrame
      title="app.channels.test.title"
      intro="app.channels.test.intro"
      testId="channel-test"
      actions={
        <Button size="small" variant="contained" startIcon={<SendIcon />} onClick={() => void send()} disabled={busy || !ready}>
          {translate('app.channels.test.send')}
        </Button>
      }
    >
      <Stack spacing={2}>
        <RadioGroup row name="channel" value={channel} onChange={(e) => setChannel(e.target.value as ChannelTestInput['channel'])}>
          <FormControlLabel value="SMS" control={<Radio />} label={translate('app.channels.test.sms')} />
          <FormControlLabel value="ROBOT" control={<Radio />} label={translate('app.channels.test.robot')} />
        </RadioGroup>
        {channel === 'SMS' ? (
          <SettingText
            name="mobile"
            label="app.channels.test.mobile"
            help={smsConfigured ? undefined : 'app.channels.test.noSms'}
            value={mobile}
            onChange={setMobile}
            error={messageOf(errors, 'mobile')}
            sx={{ width: 240 }}
          />
        ) : (
          <TextField
            select
            name="robotId"
            size="small"
            label={translate('app.channels.test.robotPick')}
            value={robotId}
            onChange={(e) => setRobotId(Number(e.target.value))}
            error={Boolean(messageOf(errors, 'robotId'))}
            helperText={messageOf(errors, 'robotId') ?? (robots.length === 0 ? translate('app.channels.test.noRobots') : undefined)}
            sx={{ width: 360 }}
          >
            {robots.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {`${translate(`app.channels.channel.${r.kind}`)}：${r.name ?? r.webhookHint}`}
              </MenuItem>
            ))}
          </TextField>
        )}
        {messageOf(errors, 'channel') && <Typography color="error" variant="body2">{messageOf(errors, 'channel')}</Typography>}
        {result && (
          <Stack spacing={1} data-testid="channel-test-result">
            <Typography variant="subtitle2">{translate('app.channels.test.result')}</Typography>
            <ChannelLog messages={[result]} testId="channel-test-log" />
          </Stack>
        )}
      </Stack>
    </SettingsFrame>
  );
};
