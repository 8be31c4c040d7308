import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { reportSaveError } from '../common/api';

/**
 * Points and a reason, sent together: the office's manual adjustment, a unit's bonus claim. The server's field
 * messages land under `points`, `reason` or the extra inputs (`children` gets them).
 */
export const PointsDialog = ({ open, title, pointsLabel, pointsHelp, reasonLabel, submitLabel, done, max, send, onClose, children }: {
  open: boolean; title: string; pointsLabel: string; pointsHelp?: string; reasonLabel: string; submitLabel: string;
  /** Catalog key of the success notification. */
  done: string; max?: number;
  send: (points: number | null, reason: string) => Promise<unknown>;
  onClose: () => void;
  children?: (errors: Record<string, string>) => ReactNode;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setPoints('');
    setReason('');
    setErrors({});
    onClose();
  };
  const save = async () => {
    try {
      await send(points === '' ? null : Number(points), reason);
      notify(done, { type: 'success' });
      close();
      refresh();
    } catch (e) {
      reportSaveError(e, setErrors, notify);
    }
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children?.(errors)}
        <TextField type="number" name="points" label={pointsLabel} value={points} onChange={(e) => setPoints(e.target.value)}
          fullWidth margin="dense" error={Boolean(errors.points)} helperText={errors.points ?? pointsHelp}
          slotProps={{ htmlInput: { step: 0.25, max } }} />
        <TextField name="reason" label={reasonLabel} value={reason} onChange={(e) => setReason(e.target.value)}
          multiline minRows={3} fullWidth margin="dense" error={Boolean(errors.reason)} helperText={errors.reason} />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save}>{submitLabel}</Button>
      </DialogActions>
    </Dialog>
  );
};
