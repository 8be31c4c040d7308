import type { ReactNode } from 'react';
import { Stack } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { UnitRobotsSection } from '../channels/UnitRobotsCard';
import { ChaseLetterButtons } from '../chase-letters/ChaseLetterButtons';
import { DayField, TimeField } from '../common/fields';
import { UnitOverview } from './UnitOverview';

/** Adds a contact / an assignment pre-filled with this unit (shown only to who may create). */
const AddForUnit = ({ resource }: { resource: 'contacts' | 'assignments' }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource={resource} state={{ record: { unitId: record.id } }} />;
};

/** A labelled block of the show layout (SimpleShowLayout reads `label` from its children). */
const Section = ({ children }: { label: string; children: ReactNode }) => <Stack spacing={1}>{children}</Stack>;

const UnitAssignments = () => (
  <ReferenceManyField
    reference="assignments"
    target="unitId"
    sort={{ field: 'validFrom', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[]} />}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="streamId">
        <ReferenceField source="streamId" reference="streams" link={false} />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={DayField} />
      <DataTable.Col source="validTo" field={DayField} />
    </DataTable>
  </ReferenceManyField>
);

export const UnitShow = () => (
  <Show>
    <SimpleShowLayout>
      <UnitOverview contactsAction={<AddForUnit resource="contacts" />} />
      <TextField source="name" />
      <NumberField source="sortOrder" />
      <TextField source="creditCode" emptyText="app.none" />
      <TextField source="address" emptyText="app.none" />
      <BooleanField source="active" />
      <TimeField source="createdAt" />
      <TimeField source="updatedAt" />
      <ChaseLetterButtons label="app.documents.chaseLetter" />
      <Section label="resources.units.fields.assignments">
        <UnitAssignments />
        <AddForUnit resource="assignments" />
      </Section>
      <UnitRobotsSection label={false} />
    </SimpleShowLayout>
  </Show>
);
