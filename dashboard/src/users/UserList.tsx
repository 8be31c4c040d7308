import { BooleanField, DataTable, ReferenceField, SelectField } from 'react-admin';
import { roleChoices } from '../common/choices';
import { TimeField } from '../common/fields';
import { roleFilter, searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';

export const UserList = () => (
  <AppList filters={[searchFilter, roleFilter, unitFilter(false)]} sort={{ field: 'username', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" disableSort />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link="show" emptyText="app.none" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} disableSort />
      <DataTable.Col source="createdAt" field={TimeField} />
    </DataTable>
  </AppList>
);
