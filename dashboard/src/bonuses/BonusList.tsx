import CloseIcon from '@mui/icons-material/Close';
import { DataTable, NumberInput, SelectField, SelectInput, useRecordContext } from 'react-admin';
import { AcceptOrRefuse } from '../common/AcceptOrRefuse';
import { toChoices } from '../common/choices';
import { TimeField } from '../common/fields';
import { AppList } from '../common/pages';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

const statusChoices = toChoices('app.assessments2.bonusStatus', ['PENDING', 'CONFIRMED', 'REFUSED']);
const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <NumberInput key="year" source="year" min={2000} max={2100} />,
];

const MESSAGES = {
  accept: 'app.assessments2.confirm',
  refuse: 'app.assessments2.refuse',
  refuseTitle: 'app.assessments2.refuseTitle',
  reason: 'app.assessments2.refuseReason',
  accepted: 'app.assessments2.confirmed',
  refused: 'app.assessments2.refused',
};

/** ADMIN, on a claim waiting for the office: confirm it, or refuse it with a reason. */
const BonusDecision = (_: { label?: string }) => {
  const record = useRecordContext();
  const can = useCan();
  if (!record || record.status !== 'PENDING' || !can('decideBonus', 'bonuses')) return null;
  return (
    <AcceptOrRefuse
      messages={MESSAGES}
      refuseIcon={<CloseIcon />}
      onDecide={(accept, reason) => postJson(`/bonuses/${record.id}/decision`, { decision: accept ? 'CONFIRM' : 'REFUSE', reason })}
    />
  );
};

/** 加分申报: the units' bonus claims, those waiting for the office first (the filter can be cleared). */
export const BonusList = () => (
  <AppList filters={filters} filterDefaultValues={{ status: 'PENDING' }} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
      <DataTable.Col source="unitName" disableSort />
      <DataTable.Col source="categoryName" disableSort />
      <DataTable.NumberCol source="points" disableSort />
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="createdAt" field={TimeField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="decisionReason" disableSort />
      <DataTable.Col label="app.actions" disableSort>
        <BonusDecision />
      </DataTable.Col>
    </DataTable>
  </AppList>
);
