import type { Rounds } from '@credit/contract/api';
import { periodLabel } from '@credit/contract/labels';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addMonths } from '../common/format';
import { defaultRankingPeriod } from './homeQueries';

export type RangeKind = 'month' | 'quarter' | 'year';
export interface Range {
  kind: RangeKind;
  /** The period key the API takes as from = to: '2026-09', '2026-Q3' or '2026'. */
  key: string;
}

/** The latest complete round of a kind (the server's notion): its month, quarter or year. */
const latestOf = (kind: RangeKind, rounds: Rounds): string =>
  kind === 'month' ? rounds.month : kind === 'quarter' ? rounds.quarter : rounds.year;

/** Whether a period comes after the latest complete round of its kind (its reports are still being collected). */
export const isOpenRange = (range: Range, rounds: Rounds): boolean => range.key > latestOf(range.kind, rounds);

/** Default: the latest complete month. */
export const defaultRange = (rounds: Rounds): Range => ({ kind: 'month', key: defaultRankingPeriod(rounds) });

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/**
 * The period keys of a kind, newest first: the open round first (marked 收集中) when there is one, then the
 * latest complete one and the ones before it.
 */
const options = (kind: RangeKind, rounds: Rounds) => {
  const top = rounds.open ?? rounds.month;
  const months = Array.from({ length: 24 }, (_, i) => addMonths(top, -i));
  const keys =
    kind === 'year'
      ? [...new Set(months.map((m) => m.slice(0, 4)))]
      : kind === 'quarter'
        ? [...new Set(months.map(quarterOf))]
        : months;
  return keys.map((key) => ({ key, open: isOpenRange({ kind, key }, rounds) }));
};

/** Month, quarter or year, and which one; the periods after the latest complete round say they are still open. */
export const RangePicker = ({ value, rounds, onChange }: { value: Range; rounds: Rounds; onChange: (range: Range) => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} data-print="hide">
      <TextField
        select
        fullWidth={false}
        size="small"
        name="rangeKind"
        label={translate('app.range.kind')}
        value={value.kind}
        onChange={(e) => {
          const kind = e.target.value as RangeKind;
          onChange({ kind, key: latestOf(kind, rounds) });
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
        sx={{ minWidth: 180 }}
      >
        {options(value.kind, rounds).map((o) => (
          <MenuItem key={o.key} value={o.key}>
            {o.open ? translate('app.rounds.open', { label: periodLabel(o.key) }) : periodLabel(o.key)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
