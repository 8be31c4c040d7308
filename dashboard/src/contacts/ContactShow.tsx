import { BooleanField, EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { PreferencesField } from '../channels/ContactPreferences';
import { PhoneField } from '../common/fields';

export const ContactShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="unitId" reference="units" link="show" />
      <TextField source="name" />
      <TextField source="post" emptyText="app.none" />
      <PhoneField source="phone" />
      <PhoneField source="mobile" />
      <EmailField source="email" emptyText="app.none" />
      <BooleanField source="primary" />
      <BooleanField source="leader" />
      <PreferencesField label="resources.contacts.fields.preferences" />
    </SimpleShowLayout>
  </Show>
);
