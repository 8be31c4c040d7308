import SendIcon from '@mui/icons-material/Send';
import { Alert, Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  Create,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  minValue,
  required,
  useGetOne,
  useNotify,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormState, useWatch } from 'react-hook-form';
import { formatDay, periodWords, shanghaiDateTimeLocal, shanghaiIso } from '../common/format';
import { StatusBadge } from '../common/StatusChip';
import { isStatus } from '../common/statuses';
import { useCan } from '../common/useSession';
import { DataFileInput } from '../records/DataFileInput';
import { AttachmentsInput } from './AttachmentsInput';
import { COUNT_FIELDS } from './submissionFields';

const integer = (value: unknown) => (value != null && !Number.isInteger(value) ? 'ra.validation.number' : undefined);
const FILEABLE = new Set(['PENDING', 'OVERDUE', 'RETURNED']);

/** What is being filed: unit, stream, period, due day, status, and the office's reason if it was returned. */
const ObligationSummary = ({ obligation }: { obligation: RaRecord }) => {
  const translate = useTranslate();
  const { data: latest } = useGetOne('submissions', { id: obligation.latestSubmissionId }, { enabled: obligation.status === 'RETURNED' });
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Typography variant="h6" component="h1">
        {translate('app.filing.title', { stream: obligation.streamName, period: obligation.period })}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2">{obligation.unitName}</Typography>
        <Typography variant="body2">{translate('app.filing.due', { due: formatDay(obligation.dueAt) })}</Typography>
        {isStatus(obligation.status) && <StatusBadge status={obligation.status} label={translate(`app.status.${obligation.status}`)} />}
      </Stack>
      {latest?.review?.reason && <Alert severity="warning">{translate('app.filing.returnedBecause', { reason: latest.review.reason })}</Alert>}
      {!FILEABLE.has(obligation.status) && <Alert severity="info">{translate('app.filing.notOpen')}</Alert>}
    </Stack>
  );
};

/** Server messages for fields no input shows (e.g. "请填写四项统计数" on `counts`). */
const FormErrors = () => {
  const { errors } = useFormState();
  const translate = useTranslate();
  const messages = ['obligationId', 'counts', 'kind', 'importId', 'root']
    .map((key) => (errors[key] as { message?: unknown } | undefined)?.message)
    .filter((m): m is string => typeof m === 'string' && m.length > 0);
  if (messages.length === 0) return null;
  return <Alert severity="error">{messages.map((m) => translate(m)).join('；')}</Alert>;
};

/** The four counts of the plan's tables (附件1–4), for streams that require them. */
const CountsInputs = () => {
  const translate = useTranslate();
  return (
    <Stack sx={{ width: '100%' }}>
      <Typography variant="subtitle2">{translate('app.filing.countsTitle')}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {COUNT_FIELDS.map((field) => (
          <NumberInput
            key={field}
            source={`counts.${field}`}
            label={`resources.submissions.fields.${field}`}
            validate={[required(), minValue(0), integer]}
            step={1}
            min={0}
            fullWidth={false}
            sx={{ width: { xs: '100%', sm: 200 } }}
          />
        ))}
      </Stack>
    </Stack>
  );
};

/** The office records a report it received outside the system (e.g. by e-mail). */
const useOffline = () => useCan()('recordOffline', 'obligations');

/**
 * 收到时间 of a report received offline (office only): Beijing time, now by default; the server refuses a
 * time in the future or before the previous version, and its message lands under the input.
 */
const ReceivedAtInput = () => (
  <TextInput
    source="receivedAt"
    type="datetime-local"
    label="app.offline.receivedAt"
    helperText="app.offline.receivedAtHelp"
    defaultValue={shanghaiDateTimeLocal()}
    validate={required()}
    slotProps={{ inputLabel: { shrink: true } }}
    sx={{ width: 280, maxWidth: '100%' }}
  />
);

/** The obligation to file for: pre-set from 我的报送 (or the obligation's page), or chosen among the open ones. */
const ObligationPicker = ({ withUnit }: { withUnit: boolean }) => (
  <ReferenceInput
    source="obligationId"
    reference="obligations"
    filter={{ status: [...FILEABLE] }}
    sort={{ field: 'dueAt', order: 'ASC' }}
    perPage={200}
  >
    <SelectInput
      optionText={(o: RaRecord) => `${withUnit ? `${o.unitName} ` : ''}${o.streamName} ${periodWords(o.period)}`}
      label="app.filing.obligation"
      validate={required()}
      sx={{ minWidth: { sm: 360 }, maxWidth: '100%' }}
    />
  </ReferenceInput>
);

/** The obligation chosen and its stream (cached: the form's parts share one request each). */
const useFiling = () => {
  const obligationId = useWatch({ name: 'obligationId' });
  const noData = Boolean(useWatch({ name: 'noData' }));
  const { data: obligation } = useGetOne('obligations', { id: obligationId }, { enabled: Boolean(obligationId) });
  const { data: stream } = useGetOne('streams', { id: obligation?.streamId }, { enabled: Boolean(obligation?.streamId) });
  /** A stream that takes records is filed by its data file; typed counts are for a stream without records. */
  const dataFile = ((stream?.recordKinds ?? []) as string[]).length > 0;
  return { obligation, stream, noData, dataFile };
};

const FilingFields = () => {
  const offline = useOffline();
  const { obligation, stream, noData, dataFile } = useFiling();
  return (
    <>
      <ObligationPicker withUnit={offline} />
      {obligation && stream && (
        <>
          <ObligationSummary obligation={obligation} />
          {offline && <ReceivedAtInput />}
          <BooleanInput source="noData" label="resources.submissions.fields.noData" helperText="app.filing.noDataHelp" />
          {noData ? (
            <TextInput source="reason" multiline fullWidth minRows={3} validate={[required(), maxLength(2000)]} helperText="app.filing.reasonHelp" />
          ) : dataFile ? (
            <DataFileInput key={obligation.id} obligationId={obligation.id} streamCode={stream.code} />
          ) : stream.requiresCounts ? (
            <CountsInputs />
          ) : null}
          <AttachmentsInput />
          <FormErrors />
        </>
      )}
    </>
  );
};

/** 提交报送; for a data file, its preview carries 提交合规记录 instead. */
const FilingToolbar = ({ offline }: { offline: boolean }) => {
  const { noData, dataFile } = useFiling();
  return <Toolbar>{(noData || !dataFile) && <SaveButton label={offline ? 'app.offline.submit' : 'app.filing.submit'} icon={<SendIcon />} />}</Toolbar>;
};

interface FilingValues {
  obligationId: number;
  noData?: boolean;
  reason?: string;
  counts?: Record<string, number>;
  /** A checked data file (POST /api/records/imports), for a stream that takes records. */
  importId?: number | null;
  attachments?: { id: number }[];
  /** datetime-local, Beijing time (office only) */
  receivedAt?: string;
}

/** The form's values in the API's shape: POST /api/submissions { obligationId, kind, counts | importId | reason, attachments, receivedAt? }. */
const toPayload = ({ obligationId, noData, reason, counts, importId, attachments, receivedAt }: FilingValues) => ({
  obligationId,
  kind: noData ? 'NO_DATA' : 'DATA',
  ...(noData ? { reason } : importId ? { importId } : counts && Object.values(counts).some((v) => v != null) ? { counts } : {}),
  attachments: (attachments ?? []).map((a) => a.id),
  ...(receivedAt ? { receivedAt: shanghaiIso(receivedAt) } : {}),
});

/**
 * 报送: opened from 我的报送 with the obligation in the location state; for the office, 补录线下报送 from the
 * obligation's page, with the report's received time. Pessimistic: the server's field messages (a count
 * missing, a file refused, a received time in the future) land on the form.
 */
export const SubmissionCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const offline = useOffline();
  const onSuccess = (data: RaRecord) => {
    if (offline) {
      notify('app.offline.recorded', { type: 'success' });
      redirect('show', 'obligations', data.obligationId);
      return;
    }
    // Back to the desk, where the filed item now waits in 审核中, with the confirmation (issue 13).
    notify('app.filing.filed', { type: 'success' });
    redirect('/');
  };
  return (
    <Create<FilingValues> title={offline ? 'app.offline.title' : 'app.menu.desk'} transform={toPayload} mutationOptions={{ onSuccess }}>
      <SimpleForm sanitizeEmptyValues={false} toolbar={<FilingToolbar offline={offline} />}>
        <FilingFields />
      </SimpleForm>
    </Create>
  );
};
