import { DataTable, SelectField, SelectInput, useTranslate } from 'react-admin';
import { categoryChoices, explanationStatusChoices } from '../common/choices';
import { TimeField, PeriodField } from '../common/fields';
import { StreamNameField } from '../common/StreamNameField';
import { unitFilter } from '../common/filters';
import { SearchBox } from '../common/lists';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';
import { DecisionButtons } from './DecisionButtons';

const statusFilter = <SelectInput key="status" source="status" choices={explanationStatusChoices} alwaysOn />;
const searchFilter = <SearchBox key="q" source="q" alwaysOn hint="app.lists.searchText" />;
const categoryFilter = <SelectInput key="category" source="category" choices={categoryChoices} />;

/** 未报说明: for the office, those waiting for a decision first (the filter can be cleared). */
export const ExplanationList = () => {
  const office = useRole() !== 'UNIT';
  const translate = useTranslate();
  return (
    <AppList
      filters={office ? [searchFilter, statusFilter, unitFilter(), categoryFilter] : [searchFilter, statusFilter, categoryFilter]}
      filterDefaultValues={office ? { status: 'PENDING' } : {}}
      sort={{ field: 'filedAt', order: 'DESC' }}
      phone={{ secondary: (r) => `${r.period} · ${r.text}`, tertiary: (r) => translate(`app.explanationStatus.${r.status}`) }}
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
