import type { AssessmentState } from '@credit/contract/api';
import { chineseDate } from '@credit/contract/labels';
import type { ReactNode } from 'react';
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { shanghaiDay } from '../common/format';

/** One traced row of a unit's result (GET /api/assessments/:year-:unitId → deductions). */
export interface ResultRow {
  id: number | null;
  key: string;
  kind: 'PER_ITEM' | 'RATE_THRESHOLD' | 'BONUS' | 'NOT_APPLICABLE' | 'MANUAL';
  ruleName: string | null;
  categoryName: string | null;
  points: number;
  capped: boolean;
  waived: boolean;
  label: string;
}

export interface UnitResult {
  id: string;
  year: number;
  unitId: number;
  unitName: string;
  rank: number;
  score: number;
  bonusTotal: number;
  grade: string;
  gradeLabel: string;
  finalised: boolean;
  categories: { categoryId: string; name: string; score: number; notApplicable: boolean }[];
  deductions: ResultRow[];
  exclusions: { categoryId: string; reason: string; createdAt: string }[];
  adjustments: { id: number; points: number; reason: string }[];
  scheme: { categories: { id: string; name: string }[]; rules: { kind: string; id: string; name: string; pointsEach?: number }[] };
}

/** The office's manual adjustments as rows of the score (their reason is the row's label). */
export const adjustmentRows = (result: UnitResult): ResultRow[] =>
  result.adjustments.map((a) => ({
    id: null, key: `MANUAL:${a.id}`, kind: 'MANUAL', ruleName: null, categoryName: null, points: a.points, capped: false, waived: false, label: a.reason,
  }));

/** A deduction loses its points (−1), a bonus adds them (+2), 容缺 gives the category's average. */
const signed = (row: ResultRow) => {
  if (row.kind === 'NOT_APPLICABLE') return String(row.points);
  if (row.kind === 'BONUS' || row.kind === 'MANUAL') return row.points > 0 ? `+${row.points}` : row.points < 0 ? `−${-row.points}` : '0';
  return row.points ? `−${row.points}` : '0';
};

/** The appeal window as the state says it: '2026年12月4日'. */
export const deadlineLabel = (iso: string) => chineseDate(shanghaiDay(new Date(iso)));

/** Whether a unit may still appeal: 初评 published and its window not over (the browser's clock). */
export const appealOpen = (state: AssessmentState | undefined) =>
  state?.status === 'PRELIMINARY' && !!state.appealDeadline && Date.now() <= Date.parse(state.appealDeadline);

/**
 * "初评公示中，申诉期至 2026年12月4日；2 件申诉待复核" (nothing while the year is open or final). The count is every
 * unit's: the office's only.
 */
export const YearStateLine = ({ state, office = true }: { state: AssessmentState | undefined; office?: boolean }) => {
  const translate = useTranslate();
  if (state?.status !== 'PRELIMINARY' || !state.appealDeadline) return null;
  const deadline = deadlineLabel(state.appealDeadline);
  return (
    <Typography variant="body2" color="warning.main" data-testid="year-state">
      {translate(appealOpen(state) ? 'app.assessments2.appealWindow' : 'app.assessments2.appealClosed', { deadline })}
      {office && state.openAppeals > 0 ? `；${translate('app.assessments2.openAppeals', { count: state.openAppeals })}` : ''}
    </Typography>
  );
};

/** The score, its grade, each category's score (容缺 marked) and the bonuses. */
export const ResultSummary = ({ result }: { result: UnitResult }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <Chip color="primary" label={translate('app.assessments2.gradeLine', { grade: translate(`app.assessments2.grade.${result.grade}`) })} />
      {result.categories.map((c) => (
        <Chip
          key={c.categoryId}
          variant="outlined"
          label={translate(c.notApplicable ? 'app.assessments2.categoryScoreNA' : 'app.assessments2.categoryScore', { name: c.name, score: c.score })}
        />
      ))}
      <Chip variant="outlined" label={translate('app.assessments2.bonusLine', { points: result.bonusTotal })} />
    </Stack>
  );
};

/** Every row of a score with its cause, category, rule, points and marks; `action` adds a button per row. */
export const ScoreRows = ({ rows, action }: { rows: ResultRow[]; action?: (row: ResultRow) => ReactNode }) => {
  const translate = useTranslate();
  if (rows.length === 0) return <Typography color="text.secondary">{translate('app.assessments2.noRows')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 1100 }} data-testid="score-rows">
      <TableHead>
        <TableRow>
          {['rowKind', 'rowCategory', 'rowRule', 'rowLabel', 'rowPoints'].map((k) => (
            <TableCell key={k}>{translate(`app.assessments2.${k}`)}</TableCell>
          ))}
          {action && <TableCell>{translate('app.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-row-key={row.key}>
            <TableCell>{translate(`app.assessments2.kind.${row.kind}`)}</TableCell>
            <TableCell>{row.categoryName ?? translate('app.none')}</TableCell>
            <TableCell>{row.ruleName ?? translate('app.none')}</TableCell>
            <TableCell>
              {row.label}
              {row.capped && <Chip size="small" sx={{ ml: 1 }} label={translate('app.assessments2.capped')} />}
              {row.waived && <Chip size="small" color="success" sx={{ ml: 1 }} label={translate('app.assessments2.waived')} />}
            </TableCell>
            <TableCell>{signed(row)}</TableCell>
            {action && <TableCell>{action(row)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
