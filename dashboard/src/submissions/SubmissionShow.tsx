import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { kindChoices } from '../common/choices';
import { DueField, TimeField, PeriodField } from '../common/fields';
import { ImportQuality } from '../records/ImportQuality';
import { ReviewStateChip } from '../common/StatusChip';
import { ReviewButtons } from './ReviewButtons';
import { ReopenButton, TransitionNote, WithdrawButton } from './TransitionButtons';
import { AttachmentsField, CountsField, ReviewReasonField } from './submissionFields';

const Actions = () => (
  <TopToolbar>
    <ReviewButtons />
    <WithdrawButton />
    <ReopenButton />
  </TopToolbar>
);

export const SubmissionShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TransitionNote />
      <ReferenceField source="obligationId" reference="obligations" link="show" />
      <TextField source="unitName" />
      <TextField source="streamName" />
      <PeriodField source="period" />
      <DueField source="dueAt" />
      <NumberField source="version" />
      <SelectField source="kind" choices={kindChoices} />
      <Labeled label="resources.submissions.fields.counts">
        <CountsField />
      </Labeled>
      <Labeled label="resources.submissions.fields.attachments">
        <AttachmentsField />
      </Labeled>
      <TimeField source="filedAt" />
      <BooleanField source="recordedByOffice" />
      <Labeled label="resources.submissions.fields.reviewState">
        <ReviewStateChip />
      </Labeled>
      <Labeled label="resources.submissions.fields.review">
        <ReviewReasonField />
      </Labeled>
    </SimpleShowLayout>
    <ImportQuality />
  </Show>
);
