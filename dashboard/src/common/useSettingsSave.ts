import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { reportSaveError } from './api';
import { API_URL, httpClient } from '../providers/http';

/** The server's message for a field or for one of its parts (`returnReasons` → `returnReasons.2`, `sms` → `sms.signName`). */
export const messageOf = (errors: Record<string, string>, name: string): string | undefined =>
  errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];

/**
 * A PUT of a settings group under /api: on success the cached answers of `path` and of the `related` paths are
 * refetched; a 400's field messages (`{ errors: { 'sms.signName': '…' } }`) stay for the form.
 */
export const useSettingsSave = (path: string, related: string[] = []) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (body: unknown, savedMessage: string): Promise<boolean> => {
    setBusy(true);
    try {
      await httpClient(`${API_URL}${path}`, { method: 'PUT', body: JSON.stringify(body) });
      setErrors({});
      notify(savedMessage, { type: 'success' });
      for (const p of [path, ...related]) await queryClient.invalidateQueries({ queryKey: ['api', p] });
      return true;
    } catch (e) {
      reportSaveError(e, setErrors, notify);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { save, busy, errors, errorOf: (name: string) => messageOf(errors, name) };
};
