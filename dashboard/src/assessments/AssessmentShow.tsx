import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Alert } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { NoticeButtons } from './NoticeButtons';
import { TimeField } from '../common/fields';
import { useCan } from '../common/useSession';
import { API_URL, httpClient, postJson } from '../providers/http';
import { Exclusions } from './Exclusions';
import { PointsDialog } from './PointsDialog';
import { ResultSummary, ScoreRows, type UnitResult } from './ScoreRows';

/** The full points of a scheme: Σ weight × category points (100 for the default scheme). */
const fullPoints = (scheme: { categories: { maxPoints: number; weight?: number }[] } | undefined) =>
  scheme ? Math.round(scheme.categories.reduce((sum, c) => sum + c.maxPoints * (c.weight ?? 1), 0) * 100) / 100 : 100;

/**
 * "满分 100 分，扣 3.75 分，计算得分 96.25 分；人工调整 +1.5 分；最终得分 97.75 分"; under a scheme of other full points
 * or with bonuses, those too.
 */
const Why = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  const full = fullPoints(record.scheme);
  const simple = full === 100 && !record.bonusTotal;
  return (
    <Alert severity={record.finalised ? 'success' : 'info'} sx={{ maxWidth: 860 }}>
      {translate(simple ? 'app.assessments.whyLine' : 'app.assessments2.whyLine', {
        full,
        deductions: record.deductionTotal,
        bonus: record.bonusTotal,
        computed: record.computedScore,
        adjustments: signed(record.adjustmentTotal),
        score: record.score,
      })}
      {record.finalised ? ` ${translate('app.assessments.finalisedNote')}` : ''}
    </Alert>
  );
};

/** The grade, each category's score and the bonuses. */
const Result = (_: { label?: string }) => {
  const record = useRecordContext<UnitResult>();
  return record?.categories ? <ResultSummary result={record} /> : null;
};

/**
 * Every traced row: deductions, bonuses, 容缺 with their marks. (While the page opens, the record may still be the
 * list's row, without the detail's fields.)
 */
const Rows = () => {
  const record = useRecordContext<UnitResult>();
  return record?.deductions ? <ScoreRows rows={record.deductions} /> : null;
};

const ExclusionsOf = () => {
  const record = useRecordContext<UnitResult>();
  return record?.exclusions && record.scheme ? <Exclusions result={record} /> : null;
};

/** ADMIN, while the year is open: withdraw an adjustment. */
const RemoveAdjustment = () => {
  const adjustment = useRecordContext();
  const { record: year } = useShowContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  if (!adjustment || year?.finalised || !can('adjust', 'assessments')) return null;
  const remove = async () => {
    try {
      await httpClient(`${API_URL}/assessments/${adjustment.year}/adjustments/${adjustment.id}`, { method: 'DELETE' });
      notify('app.assessments.adjustmentRemoved', { type: 'success' });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return <ActionButton label={translate('app.assessments.removeAdjustment')} color="error" variant="text" onClick={remove} />;
};

/** ADMIN: a manual adjustment (±, two decimals at most) with its reason. */
const AdjustDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <PointsDialog
      open={open}
      title={translate('app.assessments.adjustTitle', { unit: record.unitName })}
      pointsLabel={translate('app.assessments.points')}
      pointsHelp={translate('app.assessments.pointsHelp')}
      reasonLabel={translate('app.assessments.reason')}
      submitLabel={translate('ra.action.save')}
      done="app.assessments.adjusted"
      send={(points, reason) => postJson(`/assessments/${record.year}/adjustments`, { unitId: record.unitId, points, reason })}
      onClose={onClose}
    />
  );
};

const Actions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const can = useCan();
  const [adjusting, setAdjusting] = useState(false);
  return (
    <TopToolbar>
      {record && <NoticeButtons year={record.year} unitId={record.unitId} />}
      {record && !record.finalised && can('adjust', 'assessments') && (
        <>
          <ActionButton label={translate('app.assessments.adjust')} icon={<AddIcon />} variant="contained" onClick={() => setAdjusting(true)} />
          <AdjustDialog open={adjusting} onClose={() => setAdjusting(false)} />
        </>
      )}
    </TopToolbar>
  );
};

/** One unit's year: the score and why — every deduction with its cause, every adjustment with its reason. */
export const AssessmentShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="unitName" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <NumberField source="rank" />
        <NumberField source="score" />
        <Why label="app.assessments.why" />
        <Result label="app.assessments2.categoriesTitle" />
        <Labeled label="app.assessments2.rowsTitle" fullWidth>
          <Rows />
        </Labeled>
        <Labeled label="app.assessments2.exclusions" fullWidth>
          <ExclusionsOf />
        </Labeled>
        <Labeled label="resources.assessments.fields.adjustments" fullWidth>
          <ArrayField source="adjustments">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<>{translate('app.assessments.noAdjustments')}</>}>
              <DataTable.NumberCol source="points" label="app.assessments.points" disableSort />
              <DataTable.Col source="reason" label="app.assessments.reason" disableSort />
              <DataTable.Col source="createdBy" label="app.assessments.by" disableSort />
              <DataTable.Col source="createdAt" label="app.assessments.at" field={TimeField} disableSort />
              <DataTable.Col label="app.actions" disableSort>
                <RemoveAdjustment />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};
