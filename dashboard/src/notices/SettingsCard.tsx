import { useEffect, useState, type ReactNode } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import { Button, Card, CardActions, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { reportSaveError, useApi } from '../common/api';
import { API_URL, httpClient } from '../providers/http';

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

/** The server's message for a field, or for one of its items (`returnReasons.2`). */
const errorOf = (errors: Record<string, string>, name: string): string | undefined =>
  errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];

const toText = (value: unknown) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join('\n') : String(value));

/** A settings group as a small form: the server validates and answers field errors in Chinese. */
export const SettingsCard = ({ title, path, fields, savedMessage, children, testId }: SettingsCardProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data } = useApi<Record<string, unknown>>(path);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) setValues(Object.fromEntries(fields.map((f) => [f.name, toText(data[f.name])])));
  }, [data, fields]);

  const save = async () => {
    setBusy(true);
    try {
      const body = Object.fromEntries(
        fields.map((f) => {
          const text = (values[f.name] ?? '').trim();
          if (f.type === 'number') return [f.name, text === '' ? null : Number(text)];
          if (f.type === 'lines') return [f.name, text.split('\n').map((line) => line.trim()).filter(Boolean)];
          return [f.name, text === '' && f.nullable ? null : text];
        }),
      );
      await httpClient(`${API_URL}${path}`, { method: 'PUT', body: JSON.stringify(body) });
      setErrors({});
      notify(savedMessage, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['api', path] });
    } catch (e) {
      reportSaveError(e, setErrors, notify);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 1 }}>
          {fields.map((f) => (
            <TextField
              key={f.name}
              type={f.type === 'lines' ? undefined : f.type}
              multiline={f.type === 'lines'}
              minRows={f.type === 'lines' ? 5 : undefined}
              name={f.name}
              label={translate(f.label)}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              error={Boolean(errorOf(errors, f.name))}
              helperText={errorOf(errors, f.name) ?? (f.help ? translate(f.help) : undefined)}
              disabled={!data}
              sx={{ flex: 1 }}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: f.min, max: f.max } }}
            />
          ))}
        </Stack>
      </CardContent>
      <CardActions>
        <Button size="small" variant="outlined" startIcon={<SaveIcon />} onClick={save} disabled={!data || busy}>
          {translate('ra.action.save')}
        </Button>
      </CardActions>
    </Card>
  );
};
