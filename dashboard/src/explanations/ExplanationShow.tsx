import { Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { categoryChoices, explanationStatusChoices } from '../common/choices';
import { TimeField, PeriodField } from '../common/fields';
import { StreamNameField } from '../common/StreamNameField';
import { DecisionButtons } from './DecisionButtons';

const Actions = () => (
  <TopToolbar>
    <DecisionButtons />
  </TopToolbar>
);

export const ExplanationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="obligationId" reference="obligations" link="show" />
      <TextField source="unitName" />
      <Labeled label="resources.obligations.fields.streamName">
        <StreamNameField />
      </Labeled>
      <PeriodField source="period" />
      <SelectField source="category" choices={categoryChoices} />
      <TextField source="text" />
      <TimeField source="filedAt" />
      <SelectField source="status" choices={explanationStatusChoices} />
      <TextField source="decisionReason" emptyText="app.none" />
      <TimeField source="decidedAt" emptyText="app.none" />
    </SimpleShowLayout>
  </Show>
);
