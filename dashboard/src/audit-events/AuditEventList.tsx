import { DataTable, TextField } from 'react-admin';
import { TimeField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { ActorField, actionFilter, resourceFilter } from './auditFields';

const filters = [searchFilter, unitFilter(false), resourceFilter, actionFilter];

export const AuditEventList = () => (
  <AppList filters={filters} sort={{ field: 'at', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at" field={TimeField} />
      <DataTable.Col source="username" field={ActorField} />
      <DataTable.Col source="action" disableSort>
        <TextField source="actionLabel" />
      </DataTable.Col>
      <DataTable.Col source="resource" disableSort>
        <TextField source="resourceLabel" />
      </DataTable.Col>
      <DataTable.Col source="recordId" disableSort />
      <DataTable.Col source="unitId" disableSort>
        <TextField source="unitName" emptyText="app.none" />
      </DataTable.Col>
    </DataTable>
  </AppList>
);
