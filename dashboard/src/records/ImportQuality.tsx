import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { ImportSummary } from './ImportSummary';
import type { RecordImport } from './recordTypes';

/** A filing made from a data file: the file's quality summary (GET /api/records/imports/:id), for the review. */
export const ImportQuality = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const importId = record?.importId as number | null | undefined;
  const { data, error } = useApi<RecordImport>(`/records/imports/${importId}`, {}, Boolean(importId));
  if (!importId) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="submission-quality">
      <Typography variant="subtitle1" gutterBottom>
        {translate('app.records.qualityTitle')}
      </Typography>
      {error ? (
        <Typography color="error">{error.message}</Typography>
      ) : data ? (
        <ImportSummary result={data} />
      ) : (
        <Typography variant="body2">{translate('ra.page.loading')}</Typography>
      )}
    </Box>
  );
};
