import { periodLabel } from '@credit/contract/labels';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addMonths, currentMonth } from '../common/format';

export type RangeKind = 'month' | 'quarter' | 'year';
export interface Range {
  kind: RangeKind;
  /** The period key the API takes as from = to: '2026-09', '2026-Q3' or '2026'. */
  key: string;
}

/** Default: the last month whose reports have all fallen due (last month's period). */
export const defaultRange = (): Range => ({ kind: 'month', key: addMonths(currentMonth(), -1) });

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/** The period keys of a kind, newest first, with their labels (the contract's one label per period). */
const options = (kind: RangeKind) => {
  const now = currentMonth();
  const keys =
    kind === 'year'
      ? [0, 1, 2].map((i) => String(Number(now.slice(0, 4)) - i))
      : kind === 'quarter'
        ? [...new Set(Array.from({ length: 24 }, (_, i) => quarterOf(addMonths(now, -i))))]
        : Array.from({ length: 24 }, (_, i) => addMonths(now, -i));
  return keys.map((key) => ({ key, label: periodLabel(key) }));
};

const firstKey = (kind: RangeKind): string => {
  const now = currentMonth();
  return kind === 'month' ? addMonths(now, -1) : kind === 'quarter' ? quarterOf(now) : now.slice(0, 4);
};

/** Month, quarter or year, and which one. */
export const RangePicker = ({ value, onChange }: { value: Range; onChange: (range: Range) => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        select
        fullWidth={false}
        size="small"
        name="rangeKind"
        label={translate('app.range.kind')}
        value={value.kind}
        onChange={(e) => {
          const kind = e.target.value as RangeKind;
          onChange({ kind, key: firstKey(kind) });
        }}
      >
        {(['month', 'quarter', 'year'] as const).map((kind) => (
          <MenuItem key={kind} value={kind}>
            {translate(`app.range.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        fullWidth={false}
        size="small"
        name="rangeKey"
        label={translate('app.range.value')}
        value={value.key}
        onChange={(e) => onChange({ ...value, key: e.target.value })}
        sx={{ minWidth: 160 }}
      >
        {options(value.kind).map((o) => (
          <MenuItem key={o.key} value={o.key}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
