import { BooleanInput, NumberInput, SimpleForm, TextInput, maxLength, minValue, regex, required } from 'react-admin';
import { AppCreate, AppEdit } from '../common/pages';

/** 统一社会信用代码: 18 characters, no I, O, S, V, Z (the server checks the check digit). */
const creditCode = regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'app.validation.creditCode');

const UnitForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ minWidth: 360 }} />
    <NumberInput source="sortOrder" validate={minValue(1)} step={1} />
    <TextInput source="creditCode" validate={creditCode} parse={(v: string) => (v ? v.trim().toUpperCase() : null)} />
    <TextInput source="address" multiline fullWidth validate={maxLength(200)} />
    <BooleanInput source="active" />
  </SimpleForm>
);

export const UnitEdit = () => (
  <AppEdit>
    <UnitForm />
  </AppEdit>
);

export const UnitCreate = () => (
  <AppCreate record={{ active: true }}>
    <UnitForm />
  </AppCreate>
);
