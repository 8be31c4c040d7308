import { DataTable, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { BulkAcceptButton } from '../common/BulkActions';
import { AppFilterButton, ExportXlsxButton, type PhoneRow, SearchBox } from '../common/lists';
import { kindChoices, reviewStateChoices } from '../common/choices';
import { TimeField, PeriodField } from '../common/fields';
import { streamFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { ReviewStateChip } from '../common/StatusChip';
import { useCan, useRole } from '../common/useSession';
import { ReviewButtons } from './ReviewButtons';
import { AttachmentsField, CountsField, ReviewReasonField } from './submissionFields';

const stateFilter = <SelectInput key="reviewState" source="reviewState" choices={reviewStateChoices} alwaysOn />;
const periodFilter = <TextInput key="period" source="period" />;
const kindFilter = <SelectInput key="kind" source="kind" choices={kindChoices} />;
const searchFilter = <SearchBox key="q" source="q" alwaysOn hint="app.lists.search" />;

/** A filing on a phone: the unit (or the stream, for a unit's own list), the period and version, its state. */
const phoneRow = (office: boolean): PhoneRow => ({
  primary: (r) => (office ? r.unitName : r.streamName),
  secondary: (r) => `${office ? `${r.streamName} · ` : ''}${r.period} · 第 ${r.version} 版`,
  tertiary: () => <ReviewStateChip />,
});

/** No 新增 here: the office records a report received offline from the obligation's page (补录线下报送). */
const QueueActions = () => (
  <TopToolbar>
    <AppFilterButton />
    <ExportXlsxButton />
  </TopToolbar>
);

/** The office's review queue: filings waiting for review, newest first (the filter can be cleared to see all). */
const ReviewQueue = () => {
  const can = useCan();
  return (
  <AppList
    title="app.menu.reviewQueue"
    actions={<QueueActions />}
    filters={[searchFilter, stateFilter, unitFilter(), streamFilter(false), periodFilter, kindFilter]}
    filterDefaultValues={{ reviewState: 'PENDING' }}
    sort={{ field: 'filedAt', order: 'DESC' }}
    phone={phoneRow(true)}
  >
    <DataTable rowClick="show" bulkActionButtons={can('review', 'submissions') ? <BulkAcceptButton /> : false}>
      <DataTable.Col source="unitName" disableSort />
      <DataTable.Col source="streamName" disableSort />
      <DataTable.Col source="period" field={PeriodField} disableSort />
      <DataTable.NumberCol source="version" />
      <DataTable.Col source="counts" field={CountsField} disableSort />
      <DataTable.Col source="attachments" field={AttachmentsField} disableSort />
      <DataTable.Col source="filedAt" field={TimeField} />
      <DataTable.Col source="reviewState" field={ReviewStateChip} disableSort />
      <DataTable.Col label="app.actions" disableSort>
        <ReviewButtons />
      </DataTable.Col>
    </DataTable>
  </AppList>
  );
};

/** A unit's own filings, every version, with the office's review. */
const FilingHistory = () => (
  <AppList title="app.menu.history" filters={[stateFilter, streamFilter(false), periodFilter]} sort={{ field: 'filedAt', order: 'DESC' }} phone={phoneRow(false)}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="streamName" disableSort />
      <DataTable.Col source="period" field={PeriodField} disableSort />
      <DataTable.NumberCol source="version" />
      <DataTable.Col source="counts" field={CountsField} disableSort />
      <DataTable.Col source="attachments" field={AttachmentsField} disableSort />
      <DataTable.Col source="filedAt" field={TimeField} />
      <DataTable.Col source="reviewState" field={ReviewStateChip} disableSort />
      <DataTable.Col source="review" field={ReviewReasonField} disableSort />
    </DataTable>
  </AppList>
);

export const SubmissionList = () => (useRole() === 'UNIT' ? <FilingHistory /> : <ReviewQueue />);
