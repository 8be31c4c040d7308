import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { reportSaveError } from '../common/api';
import { postJson } from '../providers/http';

export interface BonusRule {
  id: string;
  name: string;
  pointsEach: number;
}

/** A unit declares a bonus item of the year's scheme: the item, the points (≤ its points each) and the reason. */
export const BonusDialog = ({ open, year, rules, onClose }: { open: boolean; year: number; rules: BonusRule[]; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [category, setCategory] = useState('');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rule = rules.find((r) => r.id === category) ?? rules[0];
  const l = (k: string, args?: object) => translate(`app.assessments2.${k}`, args);

  const close = () => {
    setPoints('');
    setReason('');
    setErrors({});
    onClose();
  };
  const save = async () => {
    try {
      await postJson(`/assessments/${year}/bonuses`, { category: rule?.id ?? '', points: points === '' ? null : Number(points), reason });
      notify('app.assessments2.declared', { type: 'success' });
      close();
      refresh();
    } catch (e) {
      reportSaveError(e, setErrors, notify);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{l('declareTitle')}</DialogTitle>
      <DialogContent>
        <TextField select name="category" label={l('bonusRule')} value={rule?.id ?? ''} onChange={(e) => setCategory(e.target.value)}
          fullWidth margin="dense" error={Boolean(errors.category)} helperText={errors.category}>
          {rules.map((r) => <MenuItem key={r.id} value={r.id}>{r.name}</MenuItem>)}
        </TextField>
        <TextField type="number" name="points" label={l('bonusPoints')} value={points} onChange={(e) => setPoints(e.target.value)}
          fullWidth margin="dense" error={Boolean(errors.points)} helperText={errors.points ?? (rule ? l('bonusPointsHelp', { max: rule.pointsEach }) : undefined)}
          slotProps={{ htmlInput: { min: 0, max: rule?.pointsEach, step: 0.25 } }} />
        <TextField name="reason" label={l('bonusReason')} value={reason} onChange={(e) => setReason(e.target.value)}
          multiline minRows={3} fullWidth margin="dense" error={Boolean(errors.reason)} helperText={errors.reason} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save}>{l('declare')}</Button>
      </DialogActions>
    </Dialog>
  );
};
