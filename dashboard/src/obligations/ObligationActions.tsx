import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import EditNoteIcon from '@mui/icons-material/EditNote';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import SendIcon from '@mui/icons-material/Send';
import { Chip, MenuItem, TextField } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useNavigate } from 'react-router';
import { ActionButton } from '../common/ActionButton';
import { categoryChoices } from '../common/choices';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { shanghaiDay } from '../common/format';
import { postJson } from '../providers/http';

const FILEABLE = new Set(['PENDING', 'OVERDUE', 'RETURNED']);
const EXEMPTABLE = new Set(['PENDING', 'OVERDUE', 'RETURNED', 'SUBMITTED', 'EXCUSED']);

/** UNIT: file (or re-file) an obligation that is open. */
export const FileButton = ({ record: given }: { record?: RaRecord }) => {
  const contextRecord = useRecordContext();
  const record = given ?? contextRecord;
  const translate = useTranslate();
  const navigate = useNavigate();
  const can = useCan();
  if (!record || !can('file', 'obligations') || !FILEABLE.has(record.status)) return null;
  // A month is filed once it has ended: before that, say from when (the server refuses an early filing anyway).
  if (record.filingOpensOn && record.filingOpensOn > shanghaiDay()) {
    return <Chip size="small" variant="outlined" label={translate('app.rounds.opensOn', { date: record.filingOpensOn })} />;
  }
  const label = record.status === 'RETURNED' ? 'app.desk.refile' : 'app.desk.file';
  return (
    <ActionButton
      label={translate(label)}
      icon={<SendIcon />}
      variant="contained"
      onClick={() => navigate('/submissions/create', { state: { record: { obligationId: record.id } } })}
    />
  );
};

/** ADMIN: record a report received outside the system (e.g. by e-mail), in the unit's filing form. */
export const RecordOfflineButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const navigate = useNavigate();
  const can = useCan();
  if (!record || !can('recordOffline', 'obligations') || !FILEABLE.has(record.status)) return null;
  return (
    <ActionButton
      label={translate('app.offline.action')}
      icon={<MarkEmailReadIcon />}
      onClick={() => navigate('/submissions/create', { state: { record: { obligationId: record.id } } })}
    />
  );
};

/** UNIT: explain a missed report (未报说明; `missing` as the API says), with a category and the text. */
export const ExplainButton = ({ record: given }: { record?: RaRecord }) => {
  const contextRecord = useRecordContext();
  const record = given ?? contextRecord;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState('STAFF_CHANGE');
  if (!record || !can('explain', 'obligations') || !record.missing) return null;
  return (
    <>
      <ActionButton label={translate('app.desk.explain')} icon={<EditNoteIcon />} onClick={() => setOpen(true)} />
      <ReasonDialog
        open={open}
        title={translate('app.explain.title')}
        label={translate('resources.explanations.fields.text')}
        confirmLabel={translate('ra.action.confirm')}
        field="text"
        onClose={() => setOpen(false)}
        onConfirm={async (text) => {
          await postJson('/explanations', { obligationId: record.id, category, text });
          notify('app.explain.submitted', { type: 'success' });
          refresh();
        }}
      >
        <TextField
          select
          name="category"
          label={translate('resources.explanations.fields.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          fullWidth
          margin="dense"
        >
          {categoryChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
      </ReasonDialog>
    </>
  );
};

/** ADMIN: waive an obligation (免报) with a reason. */
export const ExemptButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!record || !can('exempt', 'obligations') || !EXEMPTABLE.has(record.status)) return null;
  return (
    <>
      <ActionButton label={translate('app.exemption.create')} icon={<BlockIcon />} color="secondary" onClick={() => setOpen(true)} />
      <ReasonDialog
        open={open}
        title={translate('app.exemption.title')}
        label={translate('app.exemption.reason')}
        confirmLabel={translate('app.exemption.create')}
        onClose={() => setOpen(false)}
        onConfirm={async (reason) => {
          await postJson('/exemptions', { obligationId: record.id, reason });
          notify('app.exemption.created', { type: 'success' });
          refresh();
        }}
      />
    </>
  );
};

/** The actions a role may take on one obligation. */
export const ObligationActions = (_: { label?: string }) => (
  <>
    <FileButton />
    <ExplainButton />
    <RecordOfflineButton />
    <ExemptButton />
  </>
);
