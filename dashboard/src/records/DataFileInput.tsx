import { useState, type ChangeEvent } from 'react';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, FormHelperText, LinearProgress, Stack, Typography } from '@mui/material';
import { SaveButton, useInput, useTranslate } from 'react-admin';
import { uploadFile } from '../common/api';
import { DownloadButton } from '../common/DownloadButton';
import { ImportSummary } from './ImportSummary';
import type { RecordImport } from './recordTypes';

type Upload = { name: string; percent: number } | { name: string; error: string } | null;

/**
 * The data file of a filing, for a stream that takes records: 下载模板, 上传数据文件 (checked at once by
 * POST /api/records/imports, with a progress bar), then the preview and the two ways on: 提交合规记录 files
 * the import (the form's `importId`), 修改后重新上传 drops it for a corrected file.
 */
export const DataFileInput = ({ obligationId, streamCode }: { obligationId: number; streamCode: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'importId', defaultValue: null });
  const [result, setResult] = useState<RecordImport | null>(null);
  const [upload, setUpload] = useState<Upload>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setUpload({ name: file.name, percent: 0 });
    try {
      const checked = await uploadFile<RecordImport>('/records/imports', file, (f) => setUpload({ name: file.name, percent: Math.round(f * 100) }), {
        obligationId: String(obligationId),
      });
      setResult(checked);
      field.onChange(checked.id);
      setUpload(null);
    } catch (e) {
      setUpload({ name: file.name, error: e instanceof Error ? e.message : translate('app.upload.failed', { name: file.name }) });
    }
  };
  const again = () => {
    setResult(null);
    field.onChange(null);
  };

  return (
    <Box sx={{ my: 1, width: '100%' }} data-testid="data-file">
      <Typography variant="subtitle2" gutterBottom>
        {translate('app.records.dataFileTitle')}
      </Typography>
      {result && field.value ? (
        <Stack spacing={1.5}>
          <ImportSummary result={result} />
          {result.valid === 0 && <Alert severity="error">{translate('app.records.noValid')}</Alert>}
          <Stack direction="row" spacing={1}>
            <SaveButton label="app.records.fileValid" icon={<SendIcon />} disabled={result.valid === 0} alwaysEnable={result.valid > 0} />
            <Button variant="outlined" startIcon={<ReplayIcon />} onClick={again}>
              {translate('app.records.reupload')}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Stack spacing={1} sx={{ maxWidth: 560 }}>
          <Stack direction="row" spacing={1}>
            <DownloadButton label="app.records.template" path="/records/template.xlsx" params={{ stream: streamCode }} />
            <Button component="label" variant="contained" size="small" startIcon={<UploadFileIcon />} disabled={upload !== null && 'percent' in upload}>
              {translate('app.records.upload')}
              <input hidden type="file" name="dataFile" accept=".xlsx,.csv" onChange={choose} />
            </Button>
          </Stack>
          {upload && 'percent' in upload && (
            <Box>
              <Typography variant="body2" color="text.secondary">
                {translate(upload.percent < 100 ? 'app.upload.uploading' : 'app.records.checking', { name: upload.name, percent: upload.percent })}
              </Typography>
              <LinearProgress variant={upload.percent < 100 ? 'determinate' : 'indeterminate'} value={upload.percent} aria-label={upload.name} />
            </Box>
          )}
          {upload && 'error' in upload && (
            <Alert severity="error" data-testid="data-file-error">
              {`${upload.name}：${upload.error}`}
            </Alert>
          )}
          <FormHelperText error={Boolean(fieldState.error)}>
            {fieldState.error?.message ? translate(fieldState.error.message) : translate('app.records.uploadHint')}
          </FormHelperText>
        </Stack>
      )}
    </Box>
  );
};
