import type { AssessmentState } from '@credit/contract/api';
import { useState } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import CampaignIcon from '@mui/icons-material/Campaign';
import RuleIcon from '@mui/icons-material/Rule';
import TuneIcon from '@mui/icons-material/Tune';
import { Chip, Typography } from '@mui/material';
import { TopToolbar, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { useApi } from '../common/api';
import { DownloadButton } from '../common/DownloadButton';
import { ExportXlsxButton } from '../common/lists';
import { currentMonth } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';
import { RulesDialog } from './RulesDialog';
import { SchemeEditor } from './SchemeEditor';
import { YearStateLine } from './ScoreRows';
import { FinaliseDialog, PublishDialog } from './StageDialogs';

/** The year the list shows (its filter), this year by default. */
export const useListYear = (): number => {
  const { filterValues } = useListContext();
  return Number(filterValues?.year) || Number(currentMonth().slice(0, 4));
};

/** The year's state and rules, with the office's actions: scheme, rules, 初评, finalise, reopen, export. */
export const YearActions = () => {
  const year = useListYear();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const { data: state } = useApi<AssessmentState>(`/assessments/${year}/state`);
  const { data: scheme } = useApi<{ isDefault: boolean }>(`/assessments/${year}/scheme`);
  const [dialog, setDialog] = useState<'finalise' | 'reopen' | 'rules' | 'scheme' | 'publish' | null>(null);
  const close = () => setDialog(null);
  const finalised = state?.status === 'FINALISED';
  const office = can('finalise', 'assessments');

  const reopen = async (reason: string) => {
    await postJson(`/assessments/${year}/reopen`, { reason });
    notify('app.assessments.reopened', { type: 'success' });
    refresh();
  };

  return (
    <TopToolbar sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      {state && (
        <>
          <Chip size="small" color={finalised ? 'success' : state.status === 'PRELIMINARY' ? 'warning' : 'default'} label={translate(`app.assessments2.status.${state.status}`)} />
          <YearStateLine state={state} />
          {scheme?.isDefault && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.assessments.rulesLine', {
                late: state.rules.latePerReport,
                missing: state.rules.missingPerReport,
                excused: state.rules.excusedPerReport,
                noContact: state.rules.noContact,
              })}
            </Typography>
          )}
        </>
      )}
      {can('export', 'assessments') && <DownloadButton label="app.assessments.export" path={`/assessments/${year}/export.xlsx`} />}
      <ExportXlsxButton />
      {state && state.status === 'OPEN' && office && (
        <>
          <ActionButton label={translate('app.assessments2.scheme')} icon={<TuneIcon />} onClick={() => setDialog('scheme')} />
          <ActionButton label={translate('app.assessments2.simpleRules')} icon={<RuleIcon />} onClick={() => setDialog('rules')} />
          <ActionButton label={translate('app.assessments2.publish')} icon={<CampaignIcon />} onClick={() => setDialog('publish')} />
        </>
      )}
      {state && !finalised && office && (
        <ActionButton label={translate('app.assessments.finalise')} icon={<LockIcon />} variant="contained" onClick={() => setDialog('finalise')} />
      )}
      {finalised && office && (
        <ActionButton label={translate('app.assessments.reopen')} icon={<LockOpenIcon />} color="warning" onClick={() => setDialog('reopen')} />
      )}
      {state && <FinaliseDialog open={dialog === 'finalise'} year={year} state={state} onClose={close} />}
      <PublishDialog open={dialog === 'publish'} year={year} onClose={close} />
      <ReasonDialog
        open={dialog === 'reopen'}
        title={translate('app.assessments.reopenTitle', { year })}
        label={translate('app.assessments.reopenReason')}
        confirmLabel={translate('app.assessments.reopen')}
        onClose={close}
        onConfirm={reopen}
      />
      {state && <RulesDialog open={dialog === 'rules'} year={year} rules={state.rules} onClose={close} />}
      <SchemeEditor open={dialog === 'scheme'} year={year} onClose={close} />
    </TopToolbar>
  );
};
