import { useRef } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SettingText } from '../common/SettingText';
import { TEMPLATE_PARAMS, sampleParams, smsChars, smsSegments, smsText, type SmsTemplate, type SmsTemplateKind } from './channelTypes';

interface TemplateFieldProps {
  kind: SmsTemplateKind;
  value: SmsTemplate;
  signName: string;
  onChange: (value: SmsTemplate) => void;
  errorOf: (name: string) => string | undefined;
}

/**
 * One approved template: its code at the provider and its text. The parameters are inserted by name
 * (${unit} …) from buttons, so nobody types them; the count below is of the text a contact receives, with the
 * signature in front and typical parameter values.
 */
export const TemplateField = ({ kind, value, signName, onChange, errorOf }: TemplateFieldProps) => {
  const translate = useTranslate();
  const input = useRef<HTMLTextAreaElement | null>(null);
  const shown = smsText(signName, value.text, sampleParams(window.location.origin));
  const length = smsChars(shown);
  const name = `sms.templates.${kind}`;

  const insert = (param: string) => {
    const at = input.current?.selectionStart ?? value.text.length;
    const end = input.current?.selectionEnd ?? at;
    onChange({ ...value, text: `${value.text.slice(0, at)}\${${param}}${value.text.slice(end)}` });
  };

  return (
    <Stack spacing={1} data-testid={`template-${kind}`}>
      <Typography variant="subtitle2">{translate(`app.channels.templateKind.${kind}`)}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SettingText
          name={`${name}.code`}
          label="app.channels.sms.templateCode"
          value={value.code}
          onChange={(code) => onChange({ ...value, code })}
          error={errorOf(`${name}.code`)}
          sx={{ width: { md: 200 } }}
        />
        <SettingText
          name={`${name}.text`}
          multiline
          minRows={2}
          inputRef={input}
          label="app.channels.sms.templateText"
          value={value.text}
          onChange={(text) => onChange({ ...value, text })}
          error={errorOf(`${name}.text`)}
          note={value.text.trim() ? translate('app.channels.sms.count', { length, segments: smsSegments(shown) }) : undefined}
          sx={{ flex: 1 }}
          slotProps={{ inputLabel: { shrink: true }, formHelperText: { 'data-testid': `template-${kind}-count` } as object }}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="caption" color="text.secondary">
          {translate('app.channels.sms.insertParam')}
        </Typography>
        {TEMPLATE_PARAMS.map((p) => (
          <Button key={p} size="small" variant="text" onClick={() => insert(p)}>
            {translate(`app.channels.sms.param.${p}`)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
};
