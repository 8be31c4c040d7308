import { Alert, Link, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField, TimeField } from '../common/fields';
import { formatRate } from '../common/format';
import { CircularActions } from './CircularActions';
import { QuarterField, StateChip, VersionField } from './circularFields';

/** The circular this one corrects, and the one that corrected it. */
const VersionLinks = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record || (!record.replaces && !record.replacedBy)) return null;
  const link = (c: { id: number; number: string | null }) => (
    <Link href={`#${createPath({ resource: 'circulars', type: 'show', id: c.id })}`}>{c.number ?? translate('app.circulars.state.DRAFT')}</Link>
  );
  return (
    <Stack spacing={1}>
      {record.replaces && (
        <Alert severity="info">
          {translate('app.circulars.replaces')}
          {link(record.replaces)}
          {record.correctionReason ? `（${record.correctionReason}）` : ''}
        </Alert>
      )}
      {record.replacedBy && (
        <Alert severity="warning">
          {translate('app.circulars.replacedBy')}
          {link(record.replacedBy)}
        </Alert>
      )}
    </Stack>
  );
};

/** The quarter's totals as frozen. */
const Totals = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const t = record?.summary?.totals;
  if (!t) return null;
  return (
    <Typography variant="body2">
      {translate('app.circulars.totals', { ...t, rate: formatRate(t.onTimeRate, translate('app.none')) })}
    </Typography>
  );
};

/** The text as it will be printed, one paragraph per line. */
const Body = (_: { label?: string }) => {
  const record = useRecordContext();
  return (
    <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: 860, lineHeight: 1.9 }}>
      {record?.body}
    </Typography>
  );
};

const RateField = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{formatRate(record?.[source], translate('app.none'))}</>;
};

/** The frozen ranking, in rank order. */
const Ranking = () => (
  <ArrayField source="rows">
    <DataTable bulkActionButtons={false} rowClick={false} sx={{ maxWidth: 1000 }}>
      <DataTable.NumberCol source="rank" disableSort />
      <DataTable.Col source="unitName" disableSort />
      <DataTable.NumberCol source="expected" disableSort />
      <DataTable.NumberCol source="onTime" disableSort />
      <DataTable.NumberCol source="late" disableSort />
      <DataTable.NumberCol source="missing" disableSort />
      <DataTable.NumberCol source="excused" disableSort />
      <DataTable.NumberCol source="inReview" disableSort />
      <DataTable.Col source="onTimeRate" disableSort>
        <RateField source="onTimeRate" />
      </DataTable.Col>
      <DataTable.NumberCol source="score" disableSort />
    </DataTable>
  </ArrayField>
);

/** Every version of the same quarter (the original and its corrections). */
const Versions = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <ReferenceManyField reference="circulars" target="year" source="year" filter={{ quarter: record.quarter }} sort={{ field: 'version', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="version" field={VersionField} />
        <DataTable.Col source="state" field={StateChip} />
        <DataTable.Col source="number" />
        <DataTable.Col source="issuedOn" field={DayField} />
        <DataTable.Col source="correctionReason" disableSort />
      </DataTable>
    </ReferenceManyField>
  );
};

export const CircularShow = () => (
  <Show actions={<CircularActions />}>
    <SimpleShowLayout>
      <VersionLinks />
      <QuarterField label="resources.circulars.fields.period" />
      <StateChip label="resources.circulars.fields.state" />
      <TextField source="number" emptyText="app.none" />
      <DayField source="issuedOn" />
      <TimeField source="asOf" />
      <Totals label="resources.circulars.fields.summary" />
      <TextField source="title" />
      <Labeled label="resources.circulars.fields.body" fullWidth>
        <Body />
      </Labeled>
      <Labeled label="resources.circulars.fields.rows" fullWidth>
        <Ranking />
      </Labeled>
      <Labeled label="app.circulars.versions" fullWidth>
        <Versions />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
