import { DataTable, ReferenceField, TextField } from 'react-admin';
import { TimeField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { ActionField, ObjectTypeField, actionFilter, resourceFilter } from './auditFields';

const filters = [searchFilter, unitFilter(false), resourceFilter, actionFilter];

export const AuditEventList = () => (
  <AppList filters={filters} sort={{ field: 'at', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at" field={TimeField} />
      <DataTable.Col source="username">
        <TextField source="username" emptyText="app.none" />
      </DataTable.Col>
      <DataTable.Col source="action" field={ActionField} />
      <DataTable.Col source="resource" field={ObjectTypeField} />
      <DataTable.Col source="recordId" disableSort />
      <DataTable.Col source="unitId" disableSort>
        <ReferenceField source="unitId" reference="units" link={false} emptyText="app.none" />
      </DataTable.Col>
    </DataTable>
  </AppList>
);
