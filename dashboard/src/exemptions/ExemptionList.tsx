import { DataTable, DeleteButton } from 'react-admin';
import { TimeField, PeriodField } from '../common/fields';
import { StreamNameField } from '../common/StreamNameField';
import { unitFilter } from '../common/filters';
import { AppList } from '../common/pages';

/** 免报: obligations the office waived; revoking one restores the obligation. */
export const ExemptionList = () => (
  <AppList filters={[unitFilter()]} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="unitName" disableSort />
      <DataTable.Col source="streamCode" label="resources.obligations.fields.streamName" field={StreamNameField} disableSort />
      <DataTable.Col source="period" field={PeriodField} disableSort />
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="createdAt" field={TimeField} />
      <DataTable.Col label="app.actions" disableSort>
        <DeleteButton label="app.exemption.revoke" mutationMode="pessimistic" successMessage="app.exemption.revoked" />
      </DataTable.Col>
    </DataTable>
  </AppList>
);
