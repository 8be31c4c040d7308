import { GRADE_LABELS } from '@credit/contract/labels';
import { DataTable, NumberInput, SelectField } from 'react-admin';
import { toChoices } from '../common/choices';
import { searchFilter } from '../common/filters';
import { currentMonth } from '../common/format';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';
import { YearActions } from './YearActions';

const gradeChoices = toChoices('app.assessments2.grade', Object.keys(GRADE_LABELS));
const yearFilter = <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} />;

/** Every unit's score of the year in rank order (a unit: its own row); click a row for why. */
export const AssessmentList = () => {
  const office = useRole() !== 'UNIT';
  return (
    <AppList
      filters={office ? [yearFilter, searchFilter] : [yearFilter]}
      filterDefaultValues={{ year: Number(currentMonth().slice(0, 4)) }}
      sort={{ field: 'rank', order: 'ASC' }}
      perPage={50}
      actions={<YearActions />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.NumberCol source="rank" />
        <DataTable.Col source="unitName" />
        <DataTable.NumberCol source="expected" disableSort />
        <DataTable.NumberCol source="onTime" disableSort />
        <DataTable.NumberCol source="late" />
        <DataTable.NumberCol source="missing" />
        <DataTable.NumberCol source="excused" disableSort />
        <DataTable.NumberCol source="computedScore" />
        <DataTable.NumberCol source="adjustmentTotal" />
        <DataTable.NumberCol source="bonusTotal" label="app.assessments2.bonusTotal" disableSort />
        <DataTable.NumberCol source="score" />
        <DataTable.Col source="grade" label="app.assessments2.gradeLabel" disableSort>
          <SelectField source="grade" choices={gradeChoices} />
        </DataTable.Col>
      </DataTable>
    </AppList>
  );
};
