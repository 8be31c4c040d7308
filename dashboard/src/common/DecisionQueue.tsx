import CloseIcon from '@mui/icons-material/Close';
import { DataTable, NumberInput, type RaRecord, SelectField, SelectInput, useRecordContext } from 'react-admin';
import { AcceptOrRefuse, type DecisionMessages } from './AcceptOrRefuse';
import { toChoices } from './choices';
import { TimeField } from './fields';
import { AppList } from './pages';
import { useCan } from './useSession';
import { postJson } from '../providers/http';

interface QueueSpec {
  /** The resource's name in the API (`/api/<resource>/:id/decision`). */
  resource: string;
  /** The action of permissions.ts that decides. */
  action: string;
  /** The statuses, the first being the one waiting for the office; their words under `statusPrefix`. */
  statuses: readonly [string, ...string[]];
  statusPrefix: string;
  /** The API's decision codes for accept and refuse. */
  decisions: readonly [string, string];
  messages: DecisionMessages;
  /** The column naming what is decided (a bonus item, an appeal's row). */
  subject: string;
}

/** ADMIN, on a record waiting for the office: accept or refuse it (with a reason). */
const Decision = (props: { spec: QueueSpec; label?: string; record?: RaRecord }) => {
  const { spec } = props;
  const record = useRecordContext(props);
  const can = useCan();
  if (!record || record.status !== spec.statuses[0] || !can(spec.action, spec.resource)) return null;
  return (
    <AcceptOrRefuse
      messages={spec.messages}
      refuseIcon={<CloseIcon />}
      onDecide={(accept, reason) => postJson(`/${spec.resource}/${record.id}/decision`, { decision: spec.decisions[accept ? 0 : 1], reason })}
    />
  );
};

/**
 * An office queue of the units' requests (加分申报, 申诉复核): newest first, those waiting for a decision by default
 * (the filter can be cleared), each with its two decision buttons.
 */
export const DecisionQueue = ({ spec }: { spec: QueueSpec }) => {
  const choices = toChoices(spec.statusPrefix, spec.statuses);
  const filters = [
    <SelectInput key="status" source="status" choices={choices} alwaysOn />,
    <NumberInput key="year" source="year" min={2000} max={2100} />,
  ];
  return (
    <AppList
      filters={filters}
      filterDefaultValues={{ status: spec.statuses[0] }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      phone={{ secondary: (r) => `${r[spec.subject] ?? ''} · ${r.points}`, tertiary: (r) => <Decision spec={spec} record={r} /> }}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.NumberCol source="year" options={{ useGrouping: false }} disableSort />
        <DataTable.Col source="unitName" disableSort />
        <DataTable.Col source={spec.subject} disableSort />
        <DataTable.NumberCol source="points" disableSort />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="createdAt" field={TimeField} />
        <DataTable.Col source="status">
          <SelectField source="status" choices={choices} />
        </DataTable.Col>
        <DataTable.Col source="decisionReason" disableSort />
        <DataTable.Col label="app.actions" disableSort>
          <Decision spec={spec} />
        </DataTable.Col>
      </DataTable>
    </AppList>
  );
};
