import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton';
import { downloadFile } from './download';

interface DownloadButtonProps {
  /** Catalog key of the label. */
  label: string;
  path: string;
  params?: Record<string, string>;
  disabled?: boolean;
  variant?: 'text' | 'outlined' | 'contained';
}

/** Downloads a generated file; a refusal (400, 403, 409) shows the server's message. */
export const DownloadButton = ({ label, path, params, disabled, variant }: DownloadButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, params);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <ActionButton label={translate(label)} icon={<DownloadIcon />} variant={variant} disabled={disabled || busy} onClick={run} />;
};
