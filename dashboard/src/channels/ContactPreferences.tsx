import { Alert, FormControlLabel, FormHelperText, LinearProgress, Stack, Switch, Typography } from '@mui/material';
import { useInput, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useApi } from '../common/api';
import { PreferencesMatrix } from './PreferencesMatrix';
import { PREFERENCE_KINDS, type ChannelDefaults, type Preferences } from './channelTypes';

const NO_CHANNELS: Preferences = { reminders: [], overdue: [], decisions: [] };
const identity = <T,>(value: T) => value;
const isPreferences = (value: unknown): value is Preferences => typeof value === 'object' && value !== null && 'reminders' in value;
const wantsSms = (p: Preferences | null | undefined) => Boolean(p && Object.values(p).some((channels) => channels.includes('SMS')));

/**
 * 接收方式 of a contact (`preferences`): null follows the office's defaults (shown, from
 * GET /api/settings/channels/defaults); otherwise the contact's own channels per kind. SMS goes to the mobile.
 */
export const ContactPreferencesInput = () => {
  const translate = useTranslate();
  // The value is an object or null as the API has it (react-admin's default format would make null a '').
  const { field, fieldState } = useInput<Preferences | null>({ source: 'preferences', defaultValue: null, format: identity, parse: identity });
  const mobile = useWatch({ name: 'mobile' }) as string | null | undefined;
  const { data, error: loadError } = useApi<ChannelDefaults>('/settings/channels/defaults');
  const defaults = data?.defaults ?? NO_CHANNELS;
  const own = isPreferences(field.value) ? field.value : null;
  // Until the office's defaults arrive there is nothing true to show for a contact following them, and
  // leaving them would copy an empty set: the matrix waits, and so does the switch.
  const ready = own !== null || data !== undefined;
  const shown = own ?? defaults;
  const error = fieldState.error?.message;

  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="contact-preferences">
      <Typography variant="subtitle1" component="h3">{translate('app.channels.contact.title')}</Typography>
      <Typography variant="caption" color="text.secondary">{translate('app.channels.contact.inApp')}</Typography>
      <FormControlLabel
        control={
          <Switch
            name="preferences.useDefaults"
            checked={own === null}
            disabled={own === null && !data}
            onChange={(e) => field.onChange(e.target.checked ? null : { ...defaults })}
          />
        }
        label={translate('app.channels.contact.useDefaults')}
      />
      {ready ? (
        <PreferencesMatrix value={shown} readOnly={own === null} onChange={(value) => field.onChange(value)} testId="preferences-matrix" />
      ) : loadError ? (
        <Alert severity="error">{translate('app.channels.contact.defaultsFailed')}</Alert>
      ) : (
        <LinearProgress sx={{ maxWidth: 420 }} />
      )}
      {ready && wantsSms(shown) && !mobile?.trim() && <Alert severity="warning">{translate('app.channels.contact.needMobile')}</Alert>}
      {wantsSms(shown) && data && !data.smsAvailable && <Alert severity="info">{translate('app.channels.contact.smsOff')}</Alert>}
      {error && <FormHelperText error>{translate(error, { _: error })}</FormHelperText>}
    </Stack>
  );
};

/** A contact's 接收方式 in words on its page: the office's defaults, or per kind its channels. */
export const PreferencesField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const own = (record?.preferences ?? null) as Preferences | null;
  if (!own) return <Typography variant="body2">{translate('app.channels.contact.useDefaults')}</Typography>;
  const channels = (kind: keyof Preferences) =>
    own[kind].length === 0 ? translate('app.channels.contact.onlyInApp') : own[kind].map((c) => translate(`app.channels.contactChannel.${c}`)).join('、');
  return (
    <Typography variant="body2" data-testid="contact-preferences-text">
      {PREFERENCE_KINDS.map((kind) => `${translate(`app.channels.preferenceKind.${kind}`)}：${channels(kind)}`).join('；')}
    </Typography>
  );
};
