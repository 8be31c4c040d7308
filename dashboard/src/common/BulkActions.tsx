// The office's bulk actions on the selected rows (issue 13): 批量通过 in the review queue, 批量免报 with one
// reason and 催报所选单位 on 应报事项. Each is one request and one transaction on the server, all or nothing:
// a refusal names every item that cannot be done (its `errors`), and nothing is done.
import { type ReactElement, useState } from 'react';
import CampaignIcon from '@mui/icons-material/Campaign';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Button, Confirm, HttpError, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { postJson } from '../providers/http';
import { ReasonDialog } from './ReasonDialog';

/** The server's refusal in one line: its message and each item it names. */
const refusal = (error: unknown): string => {
  if (!(error instanceof HttpError)) return error instanceof Error ? error.message : String(error);
  const errors = (error.body as { errors?: Record<string, string> } | null)?.errors;
  return errors ? `${error.message}：${Object.values(errors).join('；')}` : error.message;
};

/** Runs a bulk request, then tells how many were done (or why none were), clears the selection and refreshes. */
const useBulk = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = async (path: string, body: object, done: string) => {
    try {
      const answer = await postJson<{ count: number }>(path, body);
      notify(done, { type: 'success', messageArgs: { count: answer.count } });
      onUnselectItems();
      refresh();
    } catch (error) {
      notify(refusal(error), { type: 'error', multiLine: true, autoHideDuration: 15_000 });
    }
  };
  return { selectedIds: selectedIds as number[], run };
};

const ConfirmedBulk = ({ label, icon, title, content, confirm }: { label: string; icon: ReactElement; title: string; content: string; confirm: () => Promise<void> }) => {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={title}
        content={content}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setBusy(true);
          await confirm();
          setBusy(false);
          setOpen(false);
        }}
      />
    </>
  );
};

/** 批量通过: accept every selected filing (returning needs a reason each, one by one). */
export const BulkAcceptButton = () => {
  const translate = useTranslate();
  const { selectedIds, run } = useBulk();
  return (
    <ConfirmedBulk
      label="app.lists.bulkAccept"
      icon={<DoneAllIcon />}
      title={translate('app.lists.bulkAcceptTitle', { count: selectedIds.length })}
      content={translate('app.lists.bulkAcceptContent')}
      confirm={() => run('/reviews/bulk', { submissionIds: selectedIds }, 'app.lists.bulkAccepted')}
    />
  );
};

/** 批量免报: waive every selected obligation with the one reason typed. */
export const BulkExemptButton = () => {
  const translate = useTranslate();
  const { selectedIds, run } = useBulk();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="app.lists.bulkExempt" onClick={() => setOpen(true)}>
        <EventBusyIcon />
      </Button>
      <ReasonDialog
        open={open}
        title={translate('app.lists.bulkExemptTitle', { count: selectedIds.length })}
        label={translate('app.lists.bulkExemptReason')}
        confirmLabel={translate('app.lists.bulkExempt')}
        onClose={() => setOpen(false)}
        onConfirm={(reason) => run('/exemptions/bulk', { obligationIds: selectedIds, reason }, 'app.lists.bulkExempted')}
      />
    </>
  );
};

/** 催报所选单位: one ad-hoc notice to each unit of the selected obligations, listing all it owes now. */
export const BulkChaseButton = () => {
  const translate = useTranslate();
  const { data } = useListContext();
  const { selectedIds, run } = useBulk();
  const selected = new Set(selectedIds);
  const unitIds = [...new Set((data ?? []).filter((r) => selected.has(r.id as number)).map((r) => r.unitId as number))];
  return (
    <ConfirmedBulk
      label="app.lists.chase"
      icon={<CampaignIcon />}
      title={translate('app.lists.chaseTitle', { count: unitIds.length })}
      content={translate('app.lists.chaseContent')}
      confirm={() => run('/notices/jobs/chase', { unitIds }, 'app.lists.chased')}
    />
  );
};
