import { DataTable, ReferenceField } from 'react-admin';
import { DayField } from '../common/fields';
import { streamFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';

export const AssignmentList = () => (
  <AppList filters={[unitFilter(), streamFilter()]} sort={{ field: 'unitId', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link="show" />
      </DataTable.Col>
      <DataTable.Col source="streamId">
        <ReferenceField source="streamId" reference="streams" link="show" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={DayField} />
      <DataTable.Col source="validTo" field={DayField} />
    </DataTable>
  </AppList>
);
