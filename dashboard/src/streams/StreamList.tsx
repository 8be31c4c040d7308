import { BooleanField, DataTable, SelectField, SelectInput } from 'react-admin';
import { cadenceChoices } from '../common/choices';
import { DayField } from '../common/fields';
import { searchFilter } from '../common/filters';
import { AppList } from '../common/pages';

const filters = [searchFilter, <SelectInput key="cadence" source="cadence" choices={cadenceChoices} />];

export const StreamList = () => (
  <AppList filters={filters} sort={{ field: 'sortOrder', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="cadence">
        <SelectField source="cadence" choices={cadenceChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="dueDay" disableSort />
      <DataTable.Col source="dueDate" field={DayField} disableSort />
      <DataTable.Col source="since" field={DayField} disableSort />
      <DataTable.Col source="active" field={BooleanField} disableSort />
    </DataTable>
  </AppList>
);
