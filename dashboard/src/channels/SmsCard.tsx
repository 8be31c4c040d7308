import { useEffect, useState } from 'react';
import { FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { SettingText } from '../common/SettingText';
import { useTranslate } from 'react-admin';
import { SettingsFrame } from '../common/SettingsFrame';
import { TemplateField } from './TemplateField';
import { useChannelSave } from './useChannelSave';
import {
  DEFAULT_ENDPOINTS,
  SMS_PROVIDERS,
  SMS_TEMPLATE_KINDS,
  type ChannelSettingsInput,
  type SmsProvider,
  type SmsSettings,
  type SmsTemplate,
  type SmsTemplateKind,
} from './channelTypes';

interface Draft {
  enabled: boolean;
  provider: SmsProvider;
  endpoint: string;
  accessKeyId: string;
  /** Typed anew; empty keeps the stored one. */
  secret: string;
  appId: string;
  region: string;
  signName: string;
  templates: Record<SmsTemplateKind, SmsTemplate>;
}

const EMPTY_TEMPLATE: SmsTemplate = { code: '', text: '' };

const draftOf = (sms: SmsSettings | null): Draft => ({
  enabled: sms !== null,
  provider: sms?.provider ?? 'ALIYUN',
  endpoint: sms && sms.endpoint !== DEFAULT_ENDPOINTS[sms.provider] ? sms.endpoint : '',
  accessKeyId: sms?.accessKeyId ?? '',
  secret: '',
  appId: sms?.appId ?? '',
  // Shown for 腾讯云 only (阿里云's region stays the server's default).
  region: sms?.provider === 'TENCENT' ? sms.region : '',
  signName: sms?.signName ?? '',
  templates: Object.fromEntries(SMS_TEMPLATE_KINDS.map((k) => [k, sms?.templates[k] ?? EMPTY_TEMPLATE])) as Draft['templates'],
});

/** The PUT's `sms`: null removes the account; empty optional fields are left out (the server keeps or defaults them). */
const inputOf = (d: Draft): ChannelSettingsInput['sms'] => {
  if (!d.enabled) return null;
  const templates = Object.fromEntries(
    SMS_TEMPLATE_KINDS.filter((k) => d.templates[k].code.trim() || d.templates[k].text.trim()).map((k) => [
      k,
      { code: d.templates[k].code.trim(), text: d.templates[k].text.trim() },
    ]),
  );
  const tencent = d.provider === 'TENCENT';
  return {
    provider: d.provider,
    accessKeyId: d.accessKeyId.trim(),
    signName: d.signName.trim(),
    templates,
    appId: tencent ? d.appId.trim() || null : null,
    ...(d.endpoint.trim() ? { endpoint: d.endpoint.trim() } : {}),
    ...(d.secret ? { accessKeySecret: d.secret } : {}),
    ...(tencent && d.region.trim() ? { region: d.region.trim() } : {}),
  };
};

/** 短信服务: the provider account (the secret write-only), the signature and the four approved templates. */
export const SmsCard = ({ sms }: { sms: SmsSettings | null }) => {
  const translate = useTranslate();
  const { save, busy, errorOf } = useChannelSave('/settings/channels');
  const [d, setD] = useState<Draft>(() => draftOf(sms));
  useEffect(() => setD(draftOf(sms)), [sms]);
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }));
  const text = (field: 'endpoint' | 'accessKeyId' | 'secret' | 'appId' | 'region' | 'signName', label: string, help: string, extra: object = {}) => {
    const name = `sms.${field === 'secret' ? 'accessKeySecret' : field}`;
    return <SettingText name={name} label={label} help={help} value={d[field]} onChange={(v) => set({ [field]: v })} error={errorOf(name)} sx={{ flex: 1 }} {...extra} />;
  };

  return (
    <SettingsFrame title="app.channels.sms.title" onSave={() => void save({ sms: inputOf(d) }, 'app.channels.sms.saved')} busy={busy} testId="sms-settings">
      <FormControlLabel control={<Switch checked={d.enabled} onChange={(e) => set({ enabled: e.target.checked })} />} label={translate('app.channels.sms.enabled')} />
      {!d.enabled ? (
        <Typography variant="body2" color="text.secondary">{translate('app.channels.sms.none')}</Typography>
      ) : (
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              select
              name="sms.provider"
              size="small"
              label={translate('app.channels.sms.provider')}
              value={d.provider}
              onChange={(e) => set({ provider: e.target.value as SmsProvider })}
              sx={{ width: { md: 160 } }}
            >
              {SMS_PROVIDERS.map((p) => (
                <MenuItem key={p} value={p}>{translate(`app.channels.provider.${p}`)}</MenuItem>
              ))}
            </TextField>
            {text('endpoint', 'app.channels.sms.endpoint', 'app.channels.sms.endpointHelp', { placeholder: DEFAULT_ENDPOINTS[d.provider] })}
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            {text('accessKeyId', 'app.channels.sms.accessKeyId', `app.channels.sms.accessKeyIdHelp.${d.provider}`)}
            {text('secret', 'app.channels.sms.secret', 'app.channels.sms.secretHelp', {
              type: 'password',
              autoComplete: 'new-password',
              placeholder: sms?.hasSecret ? translate('app.channels.sms.secretSet') : undefined,
            })}
          </Stack>
          {d.provider === 'TENCENT' && (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {text('appId', 'app.channels.sms.appId', 'app.channels.sms.appIdHelp')}
              {text('region', 'app.channels.sms.region', 'app.channels.sms.regionHelp', { placeholder: 'ap-guangzhou' })}
            </Stack>
          )}
          {text('signName', 'app.channels.sms.signName', 'app.channels.sms.signNameHelp')}
          <Typography variant="subtitle1" component="h3">{translate('app.channels.sms.templates')}</Typography>
          {SMS_TEMPLATE_KINDS.map((k) => (
            <TemplateField
              key={k}
              kind={k}
              value={d.templates[k]}
              signName={d.signName.trim()}
              onChange={(t) => set({ templates: { ...d.templates, [k]: t } })}
              errorOf={errorOf}
            />
          ))}
        </Stack>
      )}
    </SettingsFrame>
  );
};
