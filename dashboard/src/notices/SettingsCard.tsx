import { useEffect, useState, type ReactNode } from 'react';
import { Stack } from '@mui/material';
import { useApi } from '../common/api';
import { SettingsFrame } from '../common/SettingsFrame';
import { SettingText } from '../common/SettingText';
import { useSettingsSave } from '../common/useSettingsSave';

export interface SettingField {
  name: string;
  /** Catalog keys. */
  label: string;
  help?: string;
  /** `lines`: a list of texts, one a line (sent as an array, blank lines left out). */
  type: 'number' | 'email' | 'lines';
  /** An empty text box is sent as null (e.g. "no sender: use the office's address"). */
  nullable?: boolean;
  min?: number;
  max?: number;
}

interface SettingsCardProps {
  title: string;
  /** GET and PUT under /api, e.g. /notices/jobs/settings. */
  path: string;
  fields: SettingField[];
  savedMessage: string;
  /** Shown above the fields (the outbox's state …). */
  children?: ReactNode;
  testId?: string;
}

const toText = (value: unknown) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join('\n') : String(value));

/** A settings group as a small form: the server validates and answers field errors in Chinese. */
export const SettingsCard = ({ title, path, fields, savedMessage, children, testId }: SettingsCardProps) => {
  const { data } = useApi<Record<string, unknown>>(path);
  const { save, busy, errorOf } = useSettingsSave(path);
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => {
    if (data) setValues(Object.fromEntries(fields.map((f) => [f.name, toText(data[f.name])])));
  }, [data, fields]);

  const body = () =>
    Object.fromEntries(
      fields.map((f) => {
        const text = (values[f.name] ?? '').trim();
        if (f.type === 'number') return [f.name, text === '' ? null : Number(text)];
        if (f.type === 'lines') return [f.name, text.split('\n').map((line) => line.trim()).filter(Boolean)];
        return [f.name, text === '' && f.nullable ? null : text];
      }),
    );

  return (
    <SettingsFrame title={title} onSave={() => void save(body(), savedMessage)} busy={!data || busy} testId={testId}>
      {children}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 1 }}>
        {fields.map((f) => (
          <SettingText
            key={f.name}
            size="medium"
            type={f.type === 'lines' ? undefined : f.type}
            multiline={f.type === 'lines'}
            minRows={f.type === 'lines' ? 5 : undefined}
            name={f.name}
            label={f.label}
            help={f.help}
            value={values[f.name] ?? ''}
            onChange={(value) => setValues({ ...values, [f.name]: value })}
            error={errorOf(f.name)}
            disabled={!data}
            sx={{ flex: 1 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: f.min, max: f.max } }}
          />
        ))}
      </Stack>
    </SettingsFrame>
  );
};
