import AttachFileIcon from '@mui/icons-material/AttachFile';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadAttachment, isPreviewable, previewAttachment } from '../common/api';
import { formatTime } from '../common/format';

export const COUNT_FIELDS = ['legalPersonLicenses', 'legalPersonPenalties', 'naturalPersonLicenses', 'naturalPersonPenalties'] as const;
type Counts = Record<(typeof COUNT_FIELDS)[number], number>;

interface ColumnProps {
  label?: string;
  sortable?: boolean;
  source?: string;
}

/** The four counts of the plan's tables, or the 情况说明 of a 本期无数据 filing. */
export const CountsField = (_: ColumnProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.kind === 'NO_DATA') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.kind.NO_DATA')}：{record.reason}
      </Typography>
    );
  }
  const counts = record.counts as Counts | null;
  if (!counts) return <Typography variant="body2">{translate('app.kind.DATA')}</Typography>;
  return (
    <Box component="span" sx={{ display: 'inline-grid', gridTemplateColumns: 'auto auto', columnGap: 1, fontSize: 13, whiteSpace: 'nowrap' }}>
      {COUNT_FIELDS.map((field) => (
        <Box component="span" key={field} sx={{ display: 'contents' }}>
          <span>{translate(`resources.submissions.fields.${field}`)}</span>
          <Box component="span" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} data-field={field}>
            {counts[field]}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/** The office's review: the return reason (what the unit must fix) and when it was decided. */
export const ReviewReasonField = (_: ColumnProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const review = record?.review as { decision: string; reason: string | null; decidedAt: string } | null | undefined;
  if (!review) return null;
  return (
    <Stack spacing={0.25}>
      {review.reason && (
        <Typography variant="body2" color={review.decision === 'RETURN' ? 'error' : undefined} data-testid="review-reason">
          {review.reason}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('app.review.reviewedAt')}：{formatTime(review.decidedAt)}
      </Typography>
    </Stack>
  );
};

/** The filing's attachments as download links; PDF and images also with a 预览 button (opens in a new tab). */
export const AttachmentsField = (_: ColumnProps) => {
  const record = useRecordContext();
  const notify = useNotify();
  const translate = useTranslate();
  const files = (record?.attachments ?? []) as { id: number; fileName: string; mimeType?: string }[];
  if (files.length === 0) return null;
  return (
    <Stack spacing={0.5}>
      {files.map((file) => (
        <Stack key={file.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Link
            component="button"
            variant="body2"
            onClick={(event) => {
              event.stopPropagation();
              downloadAttachment(file.id, file.fileName).catch((e: Error) => notify(e.message, { type: 'error' }));
            }}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, textAlign: 'left' }}
          >
            <AttachFileIcon fontSize="inherit" />
            {file.fileName}
          </Link>
          {isPreviewable(file.mimeType) && (
            <Button
              size="small"
              startIcon={<VisibilityIcon fontSize="inherit" />}
              aria-label={`${translate('app.transitions.preview')} ${file.fileName}`}
              onClick={(event) => {
                event.stopPropagation();
                previewAttachment(file.id).catch((e: Error) => notify(e.message, { type: 'error' }));
              }}
              sx={{ minWidth: 0, py: 0 }}
            >
              {translate('app.transitions.preview')}
            </Button>
          )}
        </Stack>
      ))}
    </Stack>
  );
};
