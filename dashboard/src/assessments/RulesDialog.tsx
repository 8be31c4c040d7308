import type { Rules } from '@credit/contract/api';
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { reportSaveError } from '../common/api';
import { httpClient, API_URL } from '../providers/http';

const FIELDS = ['latePerReport', 'missingPerReport', 'excusedPerReport', 'noContact'] as const;

/**
 * The year's simple scoring rules (PUT /api/compliance/scoring-rules/:year): they score the compliance ranking, and the
 * assessment too while the year has no scheme of its own (SchemeEditor). Refused (409) once the year is finalised.
 */
export const RulesDialog = ({ open, year, rules, onClose }: { open: boolean; year: number; rules: Rules; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (open) {
      setValues(Object.fromEntries(FIELDS.map((f) => [f, String(rules[f])])));
      setErrors({});
    }
  }, [open, rules]);

  const save = async () => {
    try {
      const body = Object.fromEntries(FIELDS.map((f) => [f, values[f] === '' ? null : Number(values[f])]));
      await httpClient(`${API_URL}/compliance/scoring-rules/${year}`, { method: 'PUT', body: JSON.stringify(body) });
      notify('app.assessments.rulesSaved', { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      reportSaveError(e, setErrors, notify);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('app.assessments.rulesTitle', { year })}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('app.assessments2.simpleRulesHelp')}</DialogContentText>
        {FIELDS.map((f) => (
          <TextField
            key={f}
            type="number"
            name={f}
            label={translate(`app.assessments.rule.${f}`)}
            value={values[f] ?? ''}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            fullWidth
            margin="dense"
            error={Boolean(errors[f])}
            helperText={errors[f]}
            slotProps={{ htmlInput: { min: 0, max: 100, step: 0.25 } }}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
