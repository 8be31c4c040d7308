import { DataTable, NumberInput, SelectInput } from 'react-admin';
import { DayField, TimeField } from '../common/fields';
import { AppList } from '../common/pages';
import { circularStateChoices, QuarterField, quarterChoices, StateChip, VersionField } from './circularFields';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="quarter" source="quarter" choices={quarterChoices} alwaysOn />,
  <SelectInput key="state" source="state" choices={circularStateChoices} alwaysOn />,
];

/** Every version of every quarter's circular; a unit sees the published ones only. */
export const CircularList = () => (
  <AppList filters={filters} sort={{ field: 'id', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="period" field={QuarterField} disableSort />
      <DataTable.Col source="version" field={VersionField} />
      <DataTable.Col source="state" field={StateChip} />
      <DataTable.Col source="number" />
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="issuedOn" field={DayField} />
      <DataTable.Col source="createdAt" field={TimeField} />
    </DataTable>
  </AppList>
);
