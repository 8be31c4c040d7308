import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PublishIcon from '@mui/icons-material/Publish';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { DeleteButton, EditButton, TopToolbar, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { fieldErrorsOf } from '../common/api';
import { DownloadButton } from '../common/DownloadButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

/** Publishing asks for the 成文日期 (empty: today); the server gives the number. */
const PublishDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [issuedOn, setIssuedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const publish = async () => {
    setBusy(true);
    try {
      const published = await postJson<{ number: string }>(`/circulars/${record.id}/publish`, issuedOn ? { issuedOn } : {});
      notify('app.circulars.published', { type: 'success', messageArgs: { number: published.number } });
      onClose();
      refresh();
    } catch (e) {
      setError(fieldErrorsOf(e)?.issuedOn ?? (e instanceof Error ? e.message : translate('ra.notification.http_error')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('app.circulars.publishTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          type="date"
          name="issuedOn"
          label={translate('app.circulars.issuedOn')}
          value={issuedOn}
          onChange={(e) => setIssuedOn(e.target.value)}
          fullWidth
          margin="dense"
          error={Boolean(error)}
          helperText={error ?? translate('app.circulars.issuedOnHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={publish} disabled={busy}>
          {translate('app.circulars.publish')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Draft: edit, publish, delete. Published: download, correct (once; the correction is the next version). */
export const CircularActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const can = useCan();
  const [publishing, setPublishing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  if (!record) return <TopToolbar />;
  const draft = record.state === 'DRAFT';
  const correct = async (reason: string) => {
    const created = await postJson<{ id: number }>(`/circulars/${record.id}/corrections`, { reason });
    notify('app.circulars.corrected', { type: 'success' });
    redirect('show', 'circulars', created.id);
  };
  return (
    <TopToolbar>
      <DownloadButton label="app.circulars.download" path={`/circulars/${record.id}/docx`} />
      <DownloadButton label="app.documents.circularPdf" path={`/circulars/${record.id}/pdf`} />
      {draft && can('edit', 'circulars') && <EditButton />}
      {draft && can('publish', 'circulars') && (
        <ActionButton label={translate('app.circulars.publish')} icon={<PublishIcon />} variant="contained" onClick={() => setPublishing(true)} />
      )}
      {!draft && !record.replacedBy && can('correct', 'circulars') && (
        <ActionButton label={translate('app.circulars.correct')} icon={<EditNoteIcon />} onClick={() => setCorrecting(true)} />
      )}
      {draft && can('delete', 'circulars') && <DeleteButton mutationMode="pessimistic" />}
      <PublishDialog open={publishing} onClose={() => setPublishing(false)} />
      <ReasonDialog
        open={correcting}
        title={translate('app.circulars.correctTitle')}
        label={translate('app.circulars.correctReason')}
        helperText={translate('app.circulars.correctHelp')}
        confirmLabel={translate('app.circulars.correct')}
        onClose={() => setCorrecting(false)}
        onConfirm={correct}
      />
    </TopToolbar>
  );
};
