import { Alert } from '@mui/material';
import { DataTable, DateInput, NullableBooleanInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { TimeField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { useRole } from '../common/useSession';
import {
  AddresseeField,
  AddresseeReadField,
  DeliveryField,
  ForDateField,
  KindChip,
  ReadField,
  useOutboxStatus,
} from './noticeFields';
import { mailStatusChoices, noticeKindChoices } from './noticeTypes';

/** Without a mail server the outbox keeps every notice in-app; the office reads why, in the server's words. */
const OutboxAlert = () => {
  const translate = useTranslate();
  const { data: outbox } = useOutboxStatus();
  if (!outbox) return null;
  const counts = translate('app.notices.outbox', outbox.counts);
  return (
    <Alert severity={outbox.configured ? 'info' : 'warning'} sx={{ mx: 2, my: 1 }} data-testid="outbox-status">
      {outbox.configured ? counts : `${outbox.message ?? translate('app.notices.deliveryHelp.IN_APP_ONLY')}。${counts}`}
    </Alert>
  );
};

/** What the signed-in user's badge counts: a unit's own notices; for the office, escalations and summaries. */
const addressedToOffice = (kind: unknown) => kind === 'ESCALATION' || kind === 'SUMMARY';

const bold = { '& td': { fontWeight: 700 } };

/**
 * 通知. The office: every notice with its delivery and whether the unit has read it. A unit: its inbox
 * (the API lists only its own), unread ones in bold.
 */
export const NoticeList = () => {
  const office = useRole() !== 'UNIT';
  const filters = [
    searchFilter,
    <SelectArrayInput key="kind" source="kind" choices={noticeKindChoices} alwaysOn sx={{ minWidth: 200 }} />,
    ...(office ? [unitFilter()] : []),
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    <NullableBooleanInput key="read" source="read" />,
    ...(office ? [<SelectInput key="mailStatus" source="mailStatus" choices={mailStatusChoices} />] : []),
  ];
  return (
    <AppList filters={filters} sort={{ field: 'id', order: 'DESC' }}>
      {office && <OutboxAlert />}
      <DataTable
        rowClick="show"
        bulkActionButtons={false}
        rowSx={(record) => (!record.read && (!office || addressedToOffice(record.kind)) ? bold : {})}
      >
        <DataTable.Col source="kind" field={KindChip} />
        {office && <DataTable.Col source="unitId" label="resources.notices.fields.unitName" field={AddresseeField} />}
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="forDate" field={ForDateField} />
        <DataTable.Col source="createdAt" field={TimeField} />
        {office && <DataTable.Col source="delivery" field={DeliveryField} disableSort />}
        {office && <DataTable.Col source="addresseeReadAt" field={AddresseeReadField} disableSort />}
        <DataTable.Col source="read" field={ReadField} disableSort />
      </DataTable>
    </AppList>
  );
};
