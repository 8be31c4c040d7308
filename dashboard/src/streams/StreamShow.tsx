import {
  BooleanField,
  DataTable,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { cadenceChoices, holidayPolicyChoices } from '../common/choices';
import { DayField } from '../common/fields';

export const StreamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="cadence" choices={cadenceChoices} />
      <NumberField source="dueDay" emptyText="app.none" />
      <DayField source="dueDate" />
      <SelectField source="holidayPolicy" choices={holidayPolicyChoices} />
      <NumberField source="correctionWorkdays" />
      <BooleanField source="requiresCounts" />
      <DayField source="since" />
      <TextField source="description" emptyText="app.none" />
      <BooleanField source="active" />
      <NumberField source="sortOrder" />
      <ReferenceManyField
        label="resources.assignments.name"
        reference="assignments"
        target="streamId"
        sort={{ field: 'validFrom', order: 'DESC' }}
        perPage={100}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="unitId">
            <ReferenceField source="unitId" reference="units" link={false} />
          </DataTable.Col>
          <DataTable.Col source="validFrom" field={DayField} />
          <DataTable.Col source="validTo" field={DayField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
