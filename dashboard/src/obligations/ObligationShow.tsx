import { Stack, Typography } from '@mui/material';
import {
  DataTable,
  Labeled,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { explanationStatusChoices, categoryChoices } from '../common/choices';
import { DueField, TimeField, PeriodField } from '../common/fields';
import { ReviewStateChip, StatusChip } from '../common/StatusChip';
import { CountsField, ReviewReasonField } from '../submissions/submissionFields';
import { ObligationActions } from './ObligationActions';
import { ContactCards, type ContactSummary } from '../common/ContactCards';
import { DecisionButtons } from '../explanations/DecisionButtons';
import { KindChip } from '../notices/noticeFields';

const Actions = () => (
  <TopToolbar>
    <ObligationActions />
  </TopToolbar>
);

/** A section title (named `title`, not `label`: SimpleShowLayout would add a field label for a `label`). */
const Heading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 500 }}>
      {translate(title)}
    </Typography>
  );
};

/** Every version filed for the obligation, newest first, with the office's review. */
const Filings = () => (
  <ReferenceManyField reference="submissions" target="obligationId" sort={{ field: 'version', order: 'DESC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.NumberCol source="version" />
      <DataTable.Col source="filedAt" field={TimeField} />
      <DataTable.Col source="counts" field={CountsField} disableSort />
      <DataTable.Col source="reviewState" field={ReviewStateChip} disableSort />
      <DataTable.Col source="review" field={ReviewReasonField} disableSort />
    </DataTable>
  </ReferenceManyField>
);

const Explanations = () => (
  <ReferenceManyField reference="explanations" target="obligationId" sort={{ field: 'filedAt', order: 'DESC' }} perPage={20}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="filedAt" field={TimeField} />
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort />
      <DataTable.Col source="status">
        <SelectField source="status" choices={explanationStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="decisionReason" disableSort />
      <DataTable.Col label="app.actions" field={DecisionButtons} disableSort />
    </DataTable>
  </ReferenceManyField>
);

/** The unit's contacts: who to call about this obligation. */
const UnitContacts = () => {
  const record = useRecordContext();
  const { data } = useGetList<ContactSummary & { id: number }>(
    'contacts',
    { filter: { unitId: record?.unitId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: Boolean(record) },
  );
  if (!data) return null;
  return <ContactCards contacts={[...data].sort((a, b) => Number(b.primary) - Number(a.primary) || Number(b.leader) - Number(a.leader))} />;
};

/** Every notice that named this obligation (reminders, overdue notices, escalations, summaries), newest first. */
const Notices = () => (
  <ReferenceManyField reference="notices" target="obligationId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} empty={<EmptyNotices />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="kind" field={KindChip} />
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="createdAt" field={TimeField} />
    </DataTable>
  </ReferenceManyField>
);

const EmptyNotices = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.transitions.noNotices')}
    </Typography>
  );
};

export const ObligationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled>
          <TextField source="unitName" />
        </Labeled>
        <Labeled>
          <TextField source="streamName" />
        </Labeled>
        <Labeled>
          <PeriodField source="period" />
        </Labeled>
        <Labeled>
          <DueField source="dueAt" />
        </Labeled>
        <Labeled label="resources.obligations.fields.status">
          <StatusChip />
        </Labeled>
        <Labeled>
          <NumberField source="daysLate" emptyText="app.none" />
        </Labeled>
      </Stack>
      <Heading title="app.desk.history" />
      <Filings />
      <Heading title="resources.explanations.name" />
      <Explanations />
      <Heading title="app.transitions.unitContactsTitle" />
      <UnitContacts />
      <Heading title="app.transitions.noticesHeading" />
      <Notices />
    </SimpleShowLayout>
  </Show>
);
