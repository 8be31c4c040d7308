import { BooleanField, DataTable, EmailField, ReferenceField } from 'react-admin';
import { PhoneField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';

export const ContactList = () => (
  <AppList filters={useRole() === 'UNIT' ? [searchFilter] : [searchFilter, unitFilter()]} sort={{ field: 'unitId', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link="show" />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="post" disableSort />
      <DataTable.Col source="phone" field={PhoneField} disableSort />
      <DataTable.Col source="mobile" field={PhoneField} disableSort />
      <DataTable.Col source="email" field={EmailField} disableSort />
      <DataTable.Col source="primary" field={BooleanField} />
      <DataTable.Col source="leader" field={BooleanField} />
    </DataTable>
  </AppList>
);
