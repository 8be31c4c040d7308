import { BooleanField, DataTable } from 'react-admin';
import { AppList } from '../common/pages';
import { searchFilter } from '../common/filters';

export const UnitList = () => (
  <AppList filters={[searchFilter]} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="sortOrder" />
      <DataTable.Col source="name" />
      <DataTable.Col source="creditCode" disableSort />
      <DataTable.Col source="address" disableSort />
      <DataTable.Col source="active" field={BooleanField} disableSort />
    </DataTable>
  </AppList>
);
