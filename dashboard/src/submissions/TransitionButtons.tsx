import { useState } from 'react';
import ReplayIcon from '@mui/icons-material/Replay';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert } from '@mui/material';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { formatDay } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { useRole } from '../common/useSession';
import { postJson } from '../providers/http';

/** UNIT, on its own filing still in review: take it back (it then counts as never filed), after a confirmation. */
export const WithdrawButton = () => {
  const record = useRecordContext();
  const role = useRole();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || role !== 'UNIT' || record.reviewState !== 'PENDING' || record.recordedByOffice) return null;
  const withdraw = async () => {
    setBusy(true);
    try {
      await postJson(`/submissions/${record.id}/withdraw`, {});
      notify('app.transitions.withdrawn', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ActionButton label={translate('app.transitions.withdraw')} icon={<UndoIcon />} color="warning" onClick={() => setOpen(true)} />
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.transitions.withdrawTitle"
        content="app.transitions.withdrawBody"
        confirm="app.transitions.withdrawConfirm"
        confirmColor="warning"
        onConfirm={withdraw}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** ADMIN, on an accepted filing: review it again, with a reason the unit sees (audited). */
export const ReopenButton = () => {
  const record = useRecordContext();
  const role = useRole();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || role !== 'ADMIN' || record.reviewState !== 'ACCEPTED') return null;
  return (
    <>
      <ActionButton label={translate('app.transitions.reopen')} icon={<ReplayIcon />} color="warning" onClick={() => setOpen(true)} />
      <ReasonDialog
        open={open}
        title={translate('app.transitions.reopenTitle')}
        label={translate('app.transitions.reopenReason')}
        helperText={translate('app.transitions.reopenHelp')}
        confirmLabel={translate('app.transitions.reopen')}
        onClose={() => setOpen(false)}
        onConfirm={async (reason) => {
          await postJson(`/submissions/${record.id}/reopen`, { reason });
          notify('app.transitions.reopened', { type: 'success' });
          refresh();
        }}
      />
    </>
  );
};

/** What happened to the version after it was filed: withdrawn by the unit, or reopened by the office (and why). */
export const TransitionNote = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.withdrawnAt && !record?.reopenReason) return null;
  return (
    <Alert severity={record.withdrawnAt ? 'info' : 'warning'} data-testid="transition-note" sx={{ py: 0 }}>
      {record.withdrawnAt
        ? `${translate('app.transitions.withdrawnAt')}：${formatDay(record.withdrawnAt)}`
        : translate('app.transitions.reopenedBecause', { time: formatDay(record.reopenedAt), reason: record.reopenReason })}
    </Alert>
  );
};
