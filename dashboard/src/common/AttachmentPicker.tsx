import { useRef, useState, type ChangeEvent } from 'react';
import CloseIcon from '@mui/icons-material/Close';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, FormHelperText, IconButton, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { uploadAttachment, type UploadedAttachment } from './api';

interface Upload {
  key: number;
  name: string;
  percent: number;
  error?: string;
}

/**
 * Files uploaded at once as they are chosen (POST /api/attachments), each with a progress bar; the caller keeps
 * the uploaded files (a filing, a bonus claim or an appeal links them by id).
 */
export const AttachmentPicker = ({ value, onChange, title, error }: {
  value: UploadedAttachment[] | undefined;
  onChange: (files: UploadedAttachment[]) => void;
  title: string;
  /** A field message to show instead of the hint. */
  error?: string;
}) => {
  const translate = useTranslate();
  const field = { onChange };
  const files = value ?? [];
  const latest = useRef<UploadedAttachment[]>([]);
  latest.current = files;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const counter = useRef(0);

  const update = (key: number, change: Partial<Upload> | null) =>
    setUploads((all) => (change ? all.map((u) => (u.key === key ? { ...u, ...change } : u)) : all.filter((u) => u.key !== key)));

  const upload = async (file: File) => {
    const key = ++counter.current;
    setUploads((all) => [...all, { key, name: file.name, percent: 0 }]);
    try {
      const attachment = await uploadAttachment(file, (fraction) => update(key, { percent: Math.round(fraction * 100) }));
      field.onChange([...latest.current, attachment]);
      update(key, null);
    } catch (e) {
      update(key, { error: e instanceof Error ? e.message : translate('app.upload.failed', { name: file.name }) });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    for (const file of Array.from(event.target.files ?? [])) void upload(file);
    event.target.value = '';
  };

  return (
    <Box sx={{ my: 1, width: '100%', maxWidth: 560 }}>
      <Typography variant="subtitle2" gutterBottom>
        {title}
      </Typography>
      <Stack spacing={1}>
        {files.map((file) => (
          <Stack key={file.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="attachment">
            <Typography variant="body2" sx={{ flex: 1 }}>
              {file.fileName}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('app.upload.size', { size: Math.max(1, Math.round(file.size / 1024)) })}
            </Typography>
            <IconButton
              size="small"
              aria-label={translate('app.upload.remove')}
              onClick={() => field.onChange(latest.current.filter((f) => f.id !== file.id))}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
        {uploads.map((u) => (
          <Box key={u.key}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" color={u.error ? 'error' : 'text.secondary'} sx={{ flex: 1 }}>
                {u.error ? `${u.name}：${u.error}` : translate('app.upload.uploading', { name: u.name, percent: u.percent })}
              </Typography>
              {u.error && (
                <IconButton size="small" aria-label={translate('app.upload.remove')} onClick={() => update(u.key, null)}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              )}
            </Stack>
            {!u.error && <LinearProgress variant="determinate" value={u.percent} aria-label={u.name} />}
          </Box>
        ))}
      </Stack>
      <Button component="label" variant="outlined" size="small" startIcon={<UploadFileIcon />} sx={{ mt: 1 }}>
        {translate('app.upload.choose')}
        <input hidden type="file" name="file" multiple onChange={choose} />
      </Button>
      <FormHelperText error={Boolean(error)}>{error ?? translate('app.upload.hint')}</FormHelperText>
    </Box>
  );
};
