import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { roleChoices } from '../common/choices';
import { TimeField } from '../common/fields';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" emptyText="app.none" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="unitId" reference="units" link="show" emptyText="app.none" />
      <BooleanField source="active" />
      <TimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
