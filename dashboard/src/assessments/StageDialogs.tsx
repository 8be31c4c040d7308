import type { AssessmentState } from '@credit/contract/api';
import { type ReactNode, useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, TextField } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { fieldErrorsOf } from '../common/api';
import { postJson } from '../providers/http';
import { appealOpen } from './ScoreRows';

/** A dialog that posts one stage of the year; a field message of the answer is kept for the form, the rest notified. */
const StageDialog = ({ open, title, text, confirmLabel, onClose, send, children }: {
  open: boolean; title: string; text: string; confirmLabel: string; onClose: () => void;
  send: () => Promise<void>; children?: (error: string | null) => ReactNode;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await send();
      close();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields) setError(Object.values(fields)[0] ?? null);
      else notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {children?.(error)}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={busy}>{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** 发布初评: freezes the preliminary result and opens the appeal window of that many working days. */
export const PublishDialog = ({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [days, setDays] = useState('5');
  const send = async () => {
    await postJson(`/assessments/${year}/preliminary`, { appealWorkdays: days === '' ? null : Number(days) });
    notify('app.assessments2.published', { type: 'success' });
    refresh();
  };
  return (
    <StageDialog open={open} title={translate('app.assessments2.publishTitle', { year })} text={translate('app.assessments2.publishHelp')}
      confirmLabel={translate('app.assessments2.publish')} onClose={onClose} send={send}>
      {(error) => (
        <TextField type="number" name="appealWorkdays" label={translate('app.assessments2.appealWorkdays')} value={days}
          onChange={(e) => setDays(e.target.value)} error={Boolean(error)} helperText={error} margin="dense"
          slotProps={{ htmlInput: { min: 1, max: 30 } }} />
      )}
    </StageDialog>
  );
};

/** 定稿: while the appeal window runs, only with the office's record that no unit appealed. */
export const FinaliseDialog = ({ open, year, state, onClose }: { open: boolean; year: number; state: AssessmentState; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [noAppeals, setNoAppeals] = useState(false);
  const waiting = appealOpen(state);
  const send = async () => {
    await postJson(`/assessments/${year}/finalise`, waiting && noAppeals ? { noAppeals: true } : {});
    notify('app.assessments.finalised', { type: 'success', messageArgs: { year } });
    refresh();
  };
  return (
    <StageDialog open={open} title={translate('app.assessments2.finaliseTitle', { year })}
      text={translate(waiting ? 'app.assessments2.finaliseWaiting' : 'app.assessments.finaliseConfirm')}
      confirmLabel={translate('ra.action.confirm')} onClose={onClose} send={send}>
      {(error) => waiting && (
        <>
          <FormControlLabel control={<Checkbox name="noAppeals" checked={noAppeals} onChange={(e) => setNoAppeals(e.target.checked)} />}
            label={translate('app.assessments2.noAppeals')} />
          {error && <DialogContentText color="error">{error}</DialogContentText>}
        </>
      )}
    </StageDialog>
  );
};
