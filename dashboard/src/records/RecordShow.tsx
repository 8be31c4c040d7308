import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../common/fields';
import { recordKindChoices } from './RecordList';
import { useRecordKinds } from './recordTypes';

const shown = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : Array.isArray(value) ? value.join('、') : String(value);

/** Every field of the record under the national template's own column header, in the template's order. */
const RecordFields = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data: kinds } = useRecordKinds();
  const spec = kinds?.find((k) => k.kind === record?.kind);
  if (!record || !spec) return null;
  const data = record.data as Record<string, unknown>;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(12em, max-content) 1fr', columnGap: 3, rowGap: 1, m: 0 }} data-testid="record-fields">
      {spec.columns.map((c) => (
        <Box key={c.field} sx={{ display: 'contents' }} data-field={c.field}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {c.header}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
            {shown(data[c.field]) ?? translate('app.none')}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/** Where the record came from: the sheet and the spreadsheet row of the unit's file. */
const SourceRow = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <Typography variant="body2">{translate('app.records.sourceRow', { sheet: record.sheet, row: record.row })}</Typography>;
};

/** One record of the library: its unit, its filing, the row it came from, and all its fields. */
export const RecordShow = () => (
  <Show>
    <SimpleShowLayout>
      <SelectField source="kind" choices={recordKindChoices} />
      <ReferenceField source="unitId" reference="units" link="show" />
      <TextField source="streamName" />
      <ReferenceField source="submissionId" reference="submissions" link="show" />
      <Labeled label="resources.records.fields.source">
        <SourceRow />
      </Labeled>
      <DayField source="decisionDate" />
      <DayField source="publishedOn" />
      <BooleanField source="timely" />
      <Labeled label="resources.records.fields.data">
        <RecordFields />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
