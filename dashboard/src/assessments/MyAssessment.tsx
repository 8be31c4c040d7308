import type { AssessmentState } from '@credit/contract/api';
import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { Loading, Title, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { NoticeButtons } from './NoticeButtons';
import { useApi } from '../common/api';
import { currentMonth } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { AttachmentPicker } from '../common/AttachmentPicker';
import type { UploadedAttachment } from '../common/api';
import { useSessionUser } from '../common/useSession';
import { postJson } from '../providers/http';
import { BonusDialog, type BonusRule } from './BonusDialog';
import { type Appeal, AppealsTable, type Bonus, BonusesTable } from './MyClaims';
import { adjustmentRows, appealOpen, type ResultRow, ResultSummary, ScoreRows, type UnitResult, YearStateLine } from './ScoreRows';

const listParams = (year: number) => ({ filter: JSON.stringify({ year }), sort: '["createdAt","DESC"]', range: '[0,99]' });
const APPEALABLE = new Set(['PER_ITEM', 'RATE_THRESHOLD']);

/** What an appeal names: one row of the preliminary result, or a refused bonus claim. */
type Target = { subject: string; body: { deductionId: number } | { bonusId: number } };

const Section = ({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) => (
  <Card variant="outlined">
    <CardContent>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{title}</Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/**
 * 我的考核 (a unit): its result of the year with every row, its grade and categories; it declares a bonus of the
 * scheme, follows its claims, and appeals a deduction or a refused bonus while 初评 is published and the window runs.
 */
export const MyAssessment = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const user = useSessionUser();
  const [yearText, setYearText] = useState(currentMonth().slice(0, 4));
  const [year, setYear] = useState(Number(yearText));
  const chooseYear = (text: string) => {
    setYearText(text);
    if (/^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100) setYear(Number(text));
  };
  const [declaring, setDeclaring] = useState(false);
  const [target, setTarget] = useState<Target | null>(null);
  const [evidence, setEvidence] = useState<UploadedAttachment[]>([]);
  const l = (k: string, args?: object) => translate(`app.assessments2.${k}`, args);
  const { data: result, error } = useApi<UnitResult>(`/assessments/${year}-${user?.unitId}`, {}, Boolean(user?.unitId));
  const { data: state } = useApi<AssessmentState>(`/assessments/${year}/state`);
  const { data: bonuses = [] } = useApi<Bonus[]>('/bonuses', listParams(year));
  const { data: appeals = [] } = useApi<Appeal[]>('/appeals', listParams(year));
  const canAppeal = appealOpen(state);
  const bonusRules = (result?.scheme.rules ?? []).filter((r) => r.kind === 'BONUS') as BonusRule[];

  const rowAction = (row: ResultRow) =>
    canAppeal && row.id !== null && row.points > 0 && APPEALABLE.has(row.kind) && !row.waived && !appeals.some((a) => a.deductionId === row.id) ? (
      <ActionButton label={l('appeal')} onClick={() => setTarget({ subject: row.label, body: { deductionId: row.id! } })} />
    ) : null;
  const bonusAction = (b: Bonus) =>
    canAppeal && b.status === 'REFUSED' && !appeals.some((a) => a.bonusId === b.id) ? (
      <ActionButton label={l('appeal')} onClick={() => setTarget({ subject: b.categoryName ?? '', body: { bonusId: b.id } })} />
    ) : null;
  const appeal = async (reason: string) => {
    await postJson(`/assessments/${year}/appeals`, { ...target!.body, reason, attachmentIds: evidence.map((f) => f.id) });
    setEvidence([]);
    notify('app.assessments2.appealed', { type: 'success' });
    refresh();
  };

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={l('myTitle')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField type="number" size="small" name="year" label={l('year')} value={yearText} onChange={(e) => chooseYear(e.target.value)}
          slotProps={{ htmlInput: { min: 2000, max: 2100 } }} sx={{ width: 140 }} />
        {state && state.status !== 'PRELIMINARY' && <Typography variant="body2">{l(`status.${state.status}`)}</Typography>}
        <YearStateLine state={state} office={false} />
      </Stack>
      {error && <Alert severity="warning">{error.message}</Alert>}
      {!result && !error && <Loading />}
      {result && (
        <Section title={`${result.unitName} · ${l('scoreLine', { score: result.score, rank: result.rank })}`} action={<NoticeButtons year={result.year} unitId={result.unitId} />}>
          <ResultSummary result={result} />
          {canAppeal && <Alert severity="info" sx={{ mt: 1 }}>{l('appealHelp')}</Alert>}
          <Typography variant="subtitle1" sx={{ mt: 2 }}>{l('rowsTitle')}</Typography>
          <ScoreRows rows={[...result.deductions, ...adjustmentRows(result)]} action={rowAction} />
        </Section>
      )}
      <Section
        title={l('myBonuses')}
        action={result && state?.status === 'OPEN' && bonusRules.length > 0 && (
          <ActionButton label={l('declare')} icon={<AddIcon />} variant="contained" onClick={() => setDeclaring(true)} />
        )}
      >
        {result && bonusRules.length === 0 && <Typography color="text.secondary">{l('noBonusRules')}</Typography>}
        <BonusesTable bonuses={bonuses} action={bonusAction} />
      </Section>
      <Section title={l('myAppeals')}>
        <AppealsTable appeals={appeals} />
      </Section>
      <BonusDialog open={declaring} year={year} rules={bonusRules} onClose={() => setDeclaring(false)} />
      <ReasonDialog
        open={target !== null}
        title={l('appealTitle', { subject: target?.subject ?? '' })}
        label={l('appealReason')}
        confirmLabel={l('appeal')}
        onClose={() => {
          setTarget(null);
          setEvidence([]);
        }}
        onConfirm={appeal}
      >
        <AttachmentPicker value={evidence} onChange={setEvidence} title={l('evidence')} />
      </ReasonDialog>
    </Stack>
  );
};
