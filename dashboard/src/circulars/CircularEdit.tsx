import { NumberInput, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { AppCreate, AppEdit } from '../common/pages';
import { currentMonth } from '../common/format';
import { quarterChoices } from './circularFields';

/** The quarter that ended last: the one a new circular is usually about. */
const lastQuarter = () => {
  const month = currentMonth();
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const quarter = Math.ceil(m / 3) - 1;
  return quarter === 0 ? { year: year - 1, quarter: 4 } : { year, quarter };
};

/** The defaults are a valid request: drafting is enabled before anything is touched. */
const DraftToolbar = () => (
  <Toolbar>
    <SaveButton label="app.circulars.draft" alwaysEnable />
  </Toolbar>
);

/** POST /api/circulars { year, quarter }: the server freezes the quarter and drafts the text. */
export const CircularCreate = () => {
  const translate = useTranslate();
  return (
    <AppCreate>
      <SimpleForm defaultValues={lastQuarter()} toolbar={<DraftToolbar />}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.circulars.draftHelp')}
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
