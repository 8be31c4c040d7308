import { DataTable, FilterButton, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { kindChoices, reviewStateChoices } from '../common/choices';
import { TimeField, PeriodField } from '../common/fields';
import { streamFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { ReviewStateChip } from '../common/StatusChip';
import { useRole } from '../common/useSession';
import { ReviewButtons } from './ReviewButtons';
import { AttachmentsField, CountsField, ReviewReasonField } from './submissionFields';

const stateFilter = <SelectInput key="reviewState" source="reviewState" choices={reviewStateChoices} alwaysOn />;
const periodFilter = <TextInput key="period" source="period" />;
const kindFilter = <SelectInput key="kind" source="kind" choices={kindChoices} />;

/** No 新增 here: the office records a report received offline from the obligation's page (补录线下报送). */
const QueueActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** The office's review queue: filings waiting for review (the filter can be cleared to see all). */
const ReviewQueue = () => (
  <AppList
    title="app.menu.reviewQueue"
    actions={<QueueActions />}
    filters={[stateFilter, unitFilter(), streamFilter(false), periodFilter, kindFilter]}
    filterDefaultValues={{ reviewState: 'PENDING' }}
    sort={{ field: 'filedAt', order: 'ASC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
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

/** A unit's own filings, every version, with the office's review. */
const FilingHistory = () => (
  <AppList title="app.menu.history" filters={[stateFilter, streamFilter(false), periodFilter]} sort={{ field: 'filedAt', order: 'DESC' }}>
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
