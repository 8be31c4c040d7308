import { useEffect, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { fieldErrorsOf, getJson } from '../common/api';
import { API_URL, httpClient } from '../providers/http';
import { CategoriesEditor, type Draft, type Errors, GradesEditor, setIn, type SetIn } from './SchemeFields';
import { cleanDraft, SchemePreview, usePreview } from './SchemePreview';
import { RulesEditor } from './SchemeRules';

/**
 * The office's editor of the year's assessment scheme (PUT /api/assessments/:year/scheme): categories, rules of
 * every type, the bonus cap and the grades, with every unit's score under the draft beside it (the preview).
 * The server's field messages ('rules.2.pointsEach') land on the boxes of that path.
 */
export const SchemeEditor = ({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [isDefault, setIsDefault] = useState(false);
  const [saveErrors, setSaveErrors] = useState<Errors>({});
  const preview = usePreview(year, open ? draft : null);

  useEffect(() => {
    if (!open) return;
    setDraft(null);
    setSaveErrors({});
    getJson<{ isDefault: boolean; scheme: Draft }>(`/assessments/${year}/scheme`)
      .then((answer) => {
        setDraft(answer.scheme);
        setIsDefault(answer.isDefault);
      })
      .catch((e) => notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' }));
  }, [open, year, notify]);

  const set: SetIn = (path, value) => {
    setDraft((d) => (d ? setIn(d, path, value) : d));
    setSaveErrors({});
  };
  const errors = { ...preview.errors, ...saveErrors };
  const save = async () => {
    if (!draft) return;
    try {
      await httpClient(`${API_URL}/assessments/${year}/scheme`, { method: 'PUT', body: JSON.stringify(cleanDraft(draft)) });
      notify('app.assessments2.saved', { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields) {
        setSaveErrors(fields);
        notify('app.assessments2.fixErrors', { type: 'error' });
      } else notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen>
      <DialogTitle>{translate('app.assessments2.editorTitle', { year })}</DialogTitle>
      <DialogContent dividers>
        {isDefault && <Alert severity="info" sx={{ mb: 1 }}>{translate('app.assessments2.editorDefault')}</Alert>}
        {draft && (
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
            <Box sx={{ flex: 1, minWidth: 0 }} data-testid="scheme-editor">
              <CategoriesEditor draft={draft} set={set} errors={errors} />
              <RulesEditor draft={draft} set={set} errors={errors} />
              <GradesEditor draft={draft} set={set} errors={errors} />
            </Box>
            <Box sx={{ flex: { lg: '0 0 560px' }, position: { lg: 'sticky' }, top: 0, alignSelf: 'flex-start', maxHeight: { lg: 'calc(100vh - 160px)' }, overflow: 'auto' }}>
              <SchemePreview {...preview} />
            </Box>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={!draft}>{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};
