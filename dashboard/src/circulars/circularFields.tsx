import { quarterLabel } from '@credit/contract/labels';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { toChoices } from '../common/choices';

export const CIRCULAR_STATES = ['DRAFT', 'PUBLISHED'] as const;
export const circularStateChoices = toChoices('app.circulars.state', CIRCULAR_STATES);
export const quarterChoices = [1, 2, 3, 4].map((id) => ({ id, name: `app.circulars.quarter.${id}` }));

/** "2026年第三季度" of the record. */
export const QuarterField = (_: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <>{quarterLabel(record.year, record.quarter)}</>;
};

/** 草稿 / 已发布, coloured. */
export const StateChip = (_: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.state === 'PUBLISHED' ? 'success' : 'default'}
      variant={record.state === 'PUBLISHED' ? 'filled' : 'outlined'}
      label={translate(`app.circulars.state.${record.state}`)}
    />
  );
};

/** "第 2 版". */
export const VersionField = (_: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <>{translate('app.version', { version: record.version })}</> : null;
};
