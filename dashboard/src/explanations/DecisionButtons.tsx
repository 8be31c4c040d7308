import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Stack } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

/** ADMIN, on an explanation waiting for a decision: accept it (→ 已说明) or reject it with a reason. */
export const DecisionButtons = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'PENDING' || !can('decide', 'explanations')) return null;

  const decide = async (decision: 'ACCEPT' | 'REJECT', reason?: string) => {
    await postJson(`/explanations/${record.id}/decision`, { decision, reason });
    notify(decision === 'ACCEPT' ? 'app.decision.accepted' : 'app.decision.rejected', { type: 'success' });
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
      <ActionButton label={translate('app.decision.accept')} icon={<CheckIcon />} color="success" variant="contained" disabled={busy} onClick={accept} />
      <ActionButton label={translate('app.decision.reject')} icon={<CloseIcon />} color="error" disabled={busy} onClick={() => setRejecting(true)} />
      <ReasonDialog
        open={rejecting}
        title={translate('app.decision.rejectTitle')}
        label={translate('app.decision.reason')}
        confirmLabel={translate('app.decision.reject')}
        onClose={() => setRejecting(false)}
        onConfirm={(reason) => decide('REJECT', reason)}
      />
    </Stack>
  );
};
