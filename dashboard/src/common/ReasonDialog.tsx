import { useEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fieldErrorsOf } from './api';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  label: string;
  helperText?: string;
  confirmLabel: string;
  /** A reason is required (return, reject, exempt); the server says so too. */
  required?: boolean;
  /** Extra inputs above the reason (e.g. the category of an explanation). */
  children?: ReactNode;
  onClose: () => void;
  /** Sends the decision; a 400 answer's field message for `field` is shown under the text box. */
  onConfirm: (reason: string) => Promise<unknown>;
  field?: string;
  /** Stock reasons (常用退回意见) offered as quick picks: a click fills the text box, which stays editable. */
  suggestions?: readonly string[];
  /** Catalog key of the quick picks' caption. */
  suggestionsLabel?: string;
}

/**
 * React bubbles events from a portal through the component tree: without this, a click or a key typed in a dialog
 * opened from a list row reaches the row, which opens the record's show page and unmounts the dialog.
 */
const stop = (event: SyntheticEvent) => event.stopPropagation();
const keepFromRow = { onClick: stop, onMouseDown: stop, onMouseUp: stop, onPointerDown: stop, onKeyDown: stop, onKeyUp: stop };

/** A decision that needs a written reason: return a filing, reject an explanation, waive an obligation. */
export const ReasonDialog = ({
  open, title, label, helperText, confirmLabel, required = true, children, onClose, onConfirm, field = 'reason', suggestions = [], suggestionsLabel,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const input = useRef<HTMLTextAreaElement | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Counts quick picks; after each, once React has written the text, the box takes the focus back with the caret at
  // the end. Focusing alone is not enough: a textarea focused again keeps its old caret (at 0 when it was empty).
  const [picks, setPicks] = useState(0);
  useEffect(() => {
    const box = input.current;
    if (picks === 0 || !box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [picks]);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (required && !reason.trim()) {
      setError(translate('ra.validation.required'));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      close();
    } catch (e) {
      const errors = fieldErrorsOf(e);
      setError(errors?.[field] ?? Object.values(errors ?? {})[0] ?? (e instanceof Error ? e.message : translate('ra.notification.http_error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" {...keepFromRow}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children}
        {suggestions.length > 0 && (
          <Box sx={{ mb: 1 }} data-testid="reason-suggestions">
            {suggestionsLabel && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
                {translate(suggestionsLabel)}
              </Typography>
            )}
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
              {suggestions.map((text) => (
                <Chip
                  key={text}
                  label={text}
                  size="small"
                  variant={reason.trim() === text ? 'filled' : 'outlined'}
                  onClick={() => {
                    setReason(text);
                    setError(null);
                    setPicks((n) => n + 1);
                  }}
                  sx={{ maxWidth: '100%', height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } }}
                />
              ))}
            </Box>
          </Box>
        )}
        <TextField
          autoFocus
          inputRef={input}
          name={field}
          label={label}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
          multiline
          minRows={3}
          fullWidth
          margin="dense"
          required={required}
          error={Boolean(error)}
          helperText={error ?? helperText}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={busy}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
