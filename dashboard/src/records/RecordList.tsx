import { DataTable, DateInput, FilterButton, SelectField, SelectInput, TextInput, TopToolbar, useListContext } from 'react-admin';
import { toChoices } from '../common/choices';
import { DownloadButton } from '../common/DownloadButton';
import { DayField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';
import { RECORD_KINDS } from './recordTypes';

export const recordKindChoices = toChoices('app.recordKind', RECORD_KINDS);

const filters = (withUnit: boolean) => [
  searchFilter,
  <TextInput key="creditCode" source="creditCode" alwaysOn sx={{ minWidth: 240 }} />,
  <SelectInput key="kind" source="kind" choices={recordKindChoices} alwaysOn />,
  ...(withUnit ? [unitFilter()] : []),
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/** The national template of the records the current filter finds (GET /api/records/export.xlsx). */
const ExportButton = () => {
  const { filterValues } = useListContext();
  return <DownloadButton label="app.records.export" path="/records/export.xlsx" params={{ filter: JSON.stringify(filterValues ?? {}) }} />;
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

/** 信用信息库: searched by name, code or document number; a unit sees its own records only. */
export const RecordList = () => {
  const office = useRole() !== 'UNIT';
  return (
    <AppList filters={filters(office)} actions={<Actions />} sort={{ field: 'decisionDate', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={recordKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="subjectName" />
        <DataTable.Col source="creditCode" disableSort />
        <DataTable.Col source="idNumber" disableSort />
        <DataTable.Col source="documentNumber" disableSort />
        <DataTable.Col source="decisionDate" field={DayField} />
        {office && <DataTable.Col source="unitName" disableSort />}
      </DataTable>
    </AppList>
  );
};
