import { BooleanInput, SimpleForm, TextInput, email, maxLength, regex, required } from 'react-admin';
import { ContactPreferencesInput } from '../channels/ContactPreferences';
import { UnitInput } from '../common/inputs';
import { AppCreate, AppEdit } from '../common/pages';
import { useSessionUser } from '../common/useSession';

/** Digits, spaces, + - ( ) and 转 for an extension (e.g. 0395-2605859转8001), as the API accepts. */
const phone = regex(/^[0-9+\-() 转]{5,30}$/, 'app.validation.phone');
const mobile = (value: string | null) =>
  value && !/^1\d{10}$/.test(value.replace(/[\s-]/g, '')) ? 'app.validation.mobile' : undefined;

/**
 * The unit is chosen when the contact is created (a unit's own contact person: always their unit);
 * the API does not move contacts between units.
 */
const ContactForm = ({ edit = false }: { edit?: boolean }) => (
  <SimpleForm>
    <UnitInput readOnly={edit || useSessionUser()?.role === 'UNIT'} />
    <TextInput source="name" validate={[required(), maxLength(50)]} />
    <TextInput source="post" validate={maxLength(50)} />
    <TextInput source="phone" validate={[phone, maxLength(30)]} />
    <TextInput source="mobile" validate={mobile} />
    <TextInput source="email" type="email" validate={[email(), maxLength(100)]} />
    <BooleanInput source="primary" />
    <BooleanInput source="leader" />
    <ContactPreferencesInput />
  </SimpleForm>
);

export const ContactEdit = () => (
  <AppEdit>
    <ContactForm edit />
  </AppEdit>
);

export const ContactCreate = () => {
  const user = useSessionUser();
  const unitId = user?.role === 'UNIT' ? user.unitId : undefined;
  return (
    <AppCreate record={{ primary: false, leader: false, preferences: null, ...(unitId ? { unitId } : {}) }}>
      <ContactForm />
    </AppCreate>
  );
};
