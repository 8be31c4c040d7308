import type { AssessmentState } from '@credit/contract/api';
import { useState } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import TuneIcon from '@mui/icons-material/Tune';
import { Chip, Typography } from '@mui/material';
import { Confirm, TopToolbar, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { useApi } from '../common/api';
import { DownloadButton } from '../common/DownloadButton';
import { ExportXlsxButton } from '../common/lists';
import { currentMonth } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';
import { RulesDialog } from './RulesDialog';

/** The year the list shows (its filter), this year by default. */
export const useListYear = (): number => {
  const { filterValues } = useListContext();
  return Number(filterValues?.year) || Number(currentMonth().slice(0, 4));
};

/** The year's state and rules, with the office's actions: rules, finalise, reopen, export. */
export const YearActions = () => {
  const year = useListYear();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const { data: state } = useApi<AssessmentState>(`/assessments/${year}/state`);
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [editingRules, setEditingRules] = useState(false);
  const finalised = state?.status === 'FINALISED';

  const finalise = async () => {
    try {
      await postJson(`/assessments/${year}/finalise`, {});
      notify('app.assessments.finalised', { type: 'success', messageArgs: { year } });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setConfirming(false);
    }
  };
  const reopen = async (reason: string) => {
    await postJson(`/assessments/${year}/reopen`, { reason });
    notify('app.assessments.reopened', { type: 'success' });
    refresh();
  };

  return (
    <TopToolbar sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      {state && (
        <>
          <Chip size="small" color={finalised ? 'success' : 'default'} label={translate(`app.assessments.status.${state.status}`)} />
          <Typography variant="body2" color="text.secondary">
            {translate('app.assessments.rulesLine', {
              late: state.rules.latePerReport,
              missing: state.rules.missingPerReport,
              excused: state.rules.excusedPerReport,
              noContact: state.rules.noContact,
            })}
          </Typography>
        </>
      )}
      {can('export', 'assessments') && <DownloadButton label="app.assessments.export" path={`/assessments/${year}/export.xlsx`} />}
      <ExportXlsxButton />
      {state && !finalised && can('finalise', 'assessments') && (
        <>
          <ActionButton label={translate('app.assessments.editRules')} icon={<TuneIcon />} onClick={() => setEditingRules(true)} />
          <ActionButton label={translate('app.assessments.finalise')} icon={<LockIcon />} variant="contained" onClick={() => setConfirming(true)} />
        </>
      )}
      {finalised && can('finalise', 'assessments') && (
        <ActionButton label={translate('app.assessments.reopen')} icon={<LockOpenIcon />} color="warning" onClick={() => setReopening(true)} />
      )}
      <Confirm
        isOpen={confirming}
        title={translate('app.assessments.finaliseTitle', { year })}
        content={translate('app.assessments.finaliseConfirm')}
        onConfirm={finalise}
        onClose={() => setConfirming(false)}
      />
      <ReasonDialog
        open={reopening}
        title={translate('app.assessments.reopenTitle', { year })}
        label={translate('app.assessments.reopenReason')}
        confirmLabel={translate('app.assessments.reopen')}
        onClose={() => setReopening(false)}
        onConfirm={reopen}
      />
      {state && <RulesDialog open={editingRules} year={year} rules={state.rules} onClose={() => setEditingRules(false)} />}
    </TopToolbar>
  );
};
