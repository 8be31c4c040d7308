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
  type: 'number' | 'email';
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

const toText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

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
              type={f.type}
              name={f.name}
              label={translate(f.label)}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              error={Boolean(errors[f.name])}
              helperText={errors[f.name] ?? (f.help ? translate(f.help) : undefined)}
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
