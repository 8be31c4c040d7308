import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import { Stack } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

/** ADMIN, on a filing waiting for review: accept it, or return it with a reason the unit will see. */
export const ReviewButtons = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.reviewState !== 'PENDING' || !can('review', 'submissions')) return null;

  const decide = async (decision: 'ACCEPT' | 'RETURN', reason?: string) => {
    await postJson('/reviews', { submissionId: record.id, decision, reason });
    notify(decision === 'ACCEPT' ? 'app.review.accepted' : 'app.review.returned', { type: 'success' });
    refresh();
  };
  const accept = async () => {
    setBusy(true);
    try {
      await decide('ACCEPT');
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <ActionButton label={translate('app.review.accept')} icon={<CheckIcon />} color="success" variant="contained" disabled={busy} onClick={accept} />
      <ActionButton label={translate('app.review.return')} icon={<UndoIcon />} color="error" disabled={busy} onClick={() => setReturning(true)} />
      <ReasonDialog
        open={returning}
        title={translate('app.review.returnTitle')}
        label={translate('app.review.reason')}
        helperText={translate('app.review.reasonHelp')}
        confirmLabel={translate('app.review.return')}
        onClose={() => setReturning(false)}
        onConfirm={(reason) => decide('RETURN', reason)}
      />
    </Stack>
  );
};
