import CloseIcon from '@mui/icons-material/Close';
import { DataTable, NumberInput, SelectField, SelectInput, useRecordContext } from 'react-admin';
import { AcceptOrRefuse } from '../common/AcceptOrRefuse';
import { toChoices } from '../common/choices';
import { TimeField } from '../common/fields';
import { AppList } from '../common/pages';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

const statusChoices = toChoices('app.assessments2.appealStatus', ['OPEN', 'UPHELD', 'REJECTED']);
const filters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <NumberInput key="year" source="year" min={2000} max={2100} />,
];

const MESSAGES = {
  accept: 'app.assessments2.uphold',
  refuse: 'app.assessments2.reject',
  refuseTitle: 'app.assessments2.rejectTitle',
  reason: 'app.assessments2.decisionReason',
  accepted: 'app.assessments2.upheld',
  refused: 'app.assessments2.rejected',
  acceptTitle: 'app.assessments2.upholdTitle',
  acceptReason: 'app.assessments2.upholdReason',
};

/** ADMIN, on an open appeal: uphold it (the points come back), or reject it with a reason. */
const AppealDecision = (_: { label?: string }) => {
  const record = useRecordContext();
  const can = useCan();
  if (!record || record.status !== 'OPEN' || !can('decideAppeal', 'appeals')) return null;
  return (
    <AcceptOrRefuse
      messages={MESSAGES}
      refuseIcon={<CloseIcon />}
      onDecide={(accept, reason) => postJson(`/appeals/${record.id}/decision`, { decision: accept ? 'UPHOLD' : 'REJECT', reason })}
    />
  );
};

/** 申诉复核: the units' appeals, newest first, those waiting for 复核 by default. */
export const AppealList = () => (
  <AppList filters={filters} filterDefaultValues={{ status: 'OPEN' }} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.NumberCol source="year" options={{ useGrouping: false }} disableSort />
      <DataTable.Col source="unitName" disableSort />
      <DataTable.Col source="subject" disableSort />
      <DataTable.NumberCol source="points" disableSort />
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="createdAt" field={TimeField} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="decisionReason" disableSort />
      <DataTable.Col label="app.actions" disableSort>
        <AppealDecision />
      </DataTable.Col>
    </DataTable>
  </AppList>
);
