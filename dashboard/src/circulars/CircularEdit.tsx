import { periodLabel } from '@credit/contract/labels';
import { Loading, NumberInput, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { AppCreate, AppEdit } from '../common/pages';
import { useRounds } from '../common/rounds';
import { quarterChoices } from './circularFields';

/** The latest complete quarter ('2026-Q3' → year 2026, quarter 3): the one a new circular is usually about. */
const quarterOf = (key: string) => ({ year: Number(key.slice(0, 4)), quarter: Number(key.slice(6)) });

/** The defaults are a valid request: drafting is enabled before anything is touched. */
const DraftToolbar = () => (
  <Toolbar>
    <SaveButton label="app.circulars.draft" alwaysEnable />
  </Toolbar>
);

/** POST /api/circulars { year, quarter }: the server freezes the quarter and drafts the text. */
export const CircularCreate = () => {
  const translate = useTranslate();
  const { data: rounds } = useRounds();
  if (!rounds) return <Loading />;
  return (
    <AppCreate>
      <SimpleForm defaultValues={quarterOf(rounds.quarter)} toolbar={<DraftToolbar />}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.circulars.draftHelp')} {translate('app.rounds.circularDefault', { label: periodLabel(rounds.quarter) })}
        </Alert>
        <NumberInput source="year" validate={required()} min={2000} max={2100} />
        <SelectInput source="quarter" choices={quarterChoices} validate={required()} />
      </SimpleForm>
    </AppCreate>
  );
};

const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The draft's title and text; a published circular answers 409 (it can only be corrected). */
export const CircularEdit = () => {
  const translate = useTranslate();
  return (
    <AppEdit>
      <SimpleForm toolbar={<EditToolbar />}>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="body" validate={required()} multiline minRows={18} fullWidth helperText={translate('app.circulars.bodyHelp')} />
      </SimpleForm>
    </AppEdit>
  );
};
