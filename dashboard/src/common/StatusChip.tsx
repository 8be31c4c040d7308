import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isStatus, REVIEW_STATE_STATUS, STATUS_STYLE, type ObligationStatus } from './statuses';

interface BadgeProps {
  status: ObligationStatus;
  label: string;
}

/** A small chip: the status's name in the status colour (the symbols are the matrix's, where a word does not fit). */
export const StatusBadge = ({ status, label }: BadgeProps) => {
  const { color } = STATUS_STYLE[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      data-status={status}
      sx={{ color, borderColor: color, fontWeight: 500, bgcolor: `${color}14` }}
    />
  );
};

/** The obligation status of the record (`status`), or the status of a dashboard row. */
export const StatusChip = ({ source = 'status' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (!isStatus(value)) return null;
  return <StatusBadge status={value} label={translate(`app.status.${value}`)} />;
};

/** A submission's review state (待审核 / 已通过 / 已退回) in the colours of the matching status. */
export const ReviewStateChip = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const state = record?.reviewState as string | undefined;
  if (!state || !REVIEW_STATE_STATUS[state]) return null;
  return <StatusBadge status={REVIEW_STATE_STATUS[state]} label={translate(`app.reviewState.${state}`)} />;
};
