import { useEffect, useState } from 'react';
import { FormControlLabel, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MAIL_STATUSES } from '@credit/contract/labels';
import { SettingText } from '../common/SettingText';
import { SettingsFrame } from '../common/SettingsFrame';
import { PreferencesMatrix } from './PreferencesMatrix';
import { RobotsEditor, draftsOf, inputsOf } from './RobotsEditor';
import { useChannelSave } from './useChannelSave';
import { CHANNELS, type ChannelSettings, type Preferences, type QuietHours, type Robot } from './channelTypes';

/** 信用办工作群机器人: the office's groups, saved as `officeRobots` (errors `officeRobots.0.webhookUrl`). */
export const OfficeRobotsCard = ({ robots }: { robots: Robot[] }) => {
  const { save, busy, errorOf } = useChannelSave('/settings/channels');
  const [drafts, setDrafts] = useState(() => draftsOf(robots));
  useEffect(() => setDrafts(draftsOf(robots)), [robots]);
  return (
    <SettingsFrame
      title="app.channels.robots.title"
      intro="app.channels.robots.intro"
      onSave={() => void save({ officeRobots: inputsOf(drafts) }, 'app.channels.robots.saved')}
      busy={busy}
      testId="office-robots"
    >
      <RobotsEditor robots={drafts} onChange={setDrafts} errorOf={(i, field) => errorOf(`officeRobots.${i}.${field}`)} />
    </SettingsFrame>
  );
};

/** 默认接收方式: what a contact who has not chosen receives, per kind. */
export const DefaultsCard = ({ defaults }: { defaults: Preferences }) => {
  const translate = useTranslate();
  const { save, busy, errorOf } = useChannelSave('/settings/channels');
  const [value, setValue] = useState(defaults);
  useEffect(() => setValue(defaults), [defaults]);
  return (
    <SettingsFrame title="app.channels.defaults.title" intro="app.channels.defaults.intro" onSave={() => void save({ defaults: value }, 'app.channels.defaults.saved')} busy={busy} testId="channel-defaults">
      <PreferencesMatrix value={value} onChange={setValue} />
      {errorOf('defaults') && <Typography color="error" variant="body2">{errorOf('defaults')}</Typography>}
      <Typography variant="caption" color="text.secondary">{translate('app.channels.contact.inApp')}</Typography>
    </SettingsFrame>
  );
};

/** The times offered: every half hour, on the 24-hour clock (a time input would follow the browser's locale: 08:00 PM). */
const HALF_HOURS = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

/** 免打扰时段: no SMS or robot post inside it; what falls inside waits for its end. */
export const QuietHoursCard = ({ quietHours }: { quietHours: QuietHours }) => {
  const translate = useTranslate();
  const { save, busy, errorOf } = useChannelSave('/settings/channels');
  const [value, setValue] = useState(quietHours);
  useEffect(() => setValue(quietHours), [quietHours]);
  const time = (name: 'start' | 'end') => (
    <SettingText
      select
      name={`quietHours.${name}`}
      label={`app.channels.quiet.${name}`}
      value={value[name]}
      disabled={!value.enabled}
      onChange={(v) => setValue({ ...value, [name]: v })}
      error={errorOf(`quietHours.${name}`)}
      sx={{ width: 160 }}
    >
      {[...new Set([...HALF_HOURS, value[name]])].sort().map((t) => (
        <MenuItem key={t} value={t}>{t}</MenuItem>
      ))}
    </SettingText>
  );
  return (
    <SettingsFrame title="app.channels.quiet.title" intro="app.channels.quiet.intro" onSave={() => void save({ quietHours: value }, 'app.channels.quiet.saved')} busy={busy} testId="quiet-hours">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <FormControlLabel
          control={<Switch checked={value.enabled} onChange={(e) => setValue({ ...value, enabled: e.target.checked })} />}
          label={translate('app.channels.quiet.enabled')}
        />
        {time('start')}
        {time('end')}
      </Stack>
    </SettingsFrame>
  );
};

/** 发送状态: each channel's outbox, counted per state. */
export const StatusCard = ({ status }: { status: ChannelSettings['status'] }) => {
  const translate = useTranslate();
  return (
    <SettingsFrame title="app.channels.status.title" testId="channel-status">
      <Table size="small" sx={{ maxWidth: 800 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.channels.status.channel')}</TableCell>
            {MAIL_STATUSES.map((s) => (
              <TableCell key={s} align="right">{translate(`app.notices.mailStates.${s}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {CHANNELS.map((c) => (
            <TableRow key={c} data-channel={c}>
              <TableCell>{translate(`app.channels.channel.${c}`)}</TableCell>
              {MAIL_STATUSES.map((s) => (
                <TableCell key={s} align="right" data-status={s}>{status[c]?.[s] ?? 0}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SettingsFrame>
  );
};
