import {
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  regex,
  required,
  type RaRecord,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { UnitInput } from '../common/inputs';
import { AppCreate, AppEdit } from '../common/pages';

const username = regex(/^[A-Za-z0-9_.-]{3,32}$/, 'app.validation.username');

/** A unit contact belongs to one unit; the other roles belong to none. */
const RoleAndUnit = () => (
  <>
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) => (formData.role === 'UNIT' ? <UnitInput helperText="app.helper.unitRequired" /> : null)}
    </FormDataConsumer>
  </>
);

/** Drops the unit of a non-UNIT user and an empty new password (the server keeps the old one). */
const transform = ({ password, ...data }: RaRecord & { password?: string | null }) => ({
  ...data,
  unitId: data.role === 'UNIT' ? data.unitId : null,
  ...(password ? { password } : {}),
});

export const UserEdit = () => (
  <AppEdit transform={transform}>
    <SimpleForm>
      <TextInput source="username" readOnly />
      <TextInput source="displayName" validate={maxLength(50)} />
      <RoleAndUnit />
      <BooleanInput source="active" />
      <PasswordInput
        source="password"
        label="resources.users.fields.newPassword"
        helperText="app.helper.newPassword"
        validate={[minLength(10), maxLength(72)]}
        autoComplete="new-password"
      />
    </SimpleForm>
  </AppEdit>
);

export const UserCreate = () => (
  <AppCreate record={{ role: 'UNIT', active: true }} transform={transform}>
    <SimpleForm>
      <TextInput source="username" validate={[required(), username]} autoComplete="off" />
      <TextInput source="displayName" validate={maxLength(50)} />
      <RoleAndUnit />
      <PasswordInput source="password" validate={[required(), minLength(10), maxLength(72)]} autoComplete="new-password" />
    </SimpleForm>
  </AppCreate>
);
