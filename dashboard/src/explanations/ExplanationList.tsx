import { DataTable, SelectField, SelectInput } from 'react-admin';
import { categoryChoices, explanationStatusChoices } from '../common/choices';
import { TimeField, PeriodField } from '../common/fields';
import { StreamNameField } from '../common/StreamNameField';
import { unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';
import { DecisionButtons } from './DecisionButtons';

const statusFilter = <SelectInput key="status" source="status" choices={explanationStatusChoices} alwaysOn />;
const categoryFilter = <SelectInput key="category" source="category" choices={categoryChoices} />;

/** 未报说明: for the office, those waiting for a decision first (the filter can be cleared). */
export const ExplanationList = () => {
  const office = useRole() !== 'UNIT';
  return (
    <AppList
      filters={office ? [statusFilter, unitFilter(), categoryFilter] : [statusFilter, categoryFilter]}
      filterDefaultValues={office ? { status: 'PENDING' } : {}}
      sort={{ field: 'filedAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        {office && <DataTable.Col source="unitName" disableSort />}
        <DataTable.Col source="streamCode" label="resources.obligations.fields.streamName" field={StreamNameField} disableSort />
        <DataTable.Col source="period" field={PeriodField} disableSort />
        <DataTable.Col source="category" disableSort>
          <SelectField source="category" choices={categoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="text" disableSort />
        <DataTable.Col source="filedAt" field={TimeField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={explanationStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="decisionReason" disableSort />
        {office && (
          <DataTable.Col label="app.actions" disableSort>
            <DecisionButtons />
          </DataTable.Col>
        )}
      </DataTable>
    </AppList>
  );
};
