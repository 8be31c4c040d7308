import {
  BooleanInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  regex,
  required,
} from 'react-admin';
import { cadenceChoices, holidayPolicyChoices } from '../common/choices';
import { AppCreate, AppEdit } from '../common/pages';

const code = regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'app.validation.streamCode');

/** Code and cadence are set when the stream is created; the API does not change them afterwards. */
const StreamForm = ({ edit = false }: { edit?: boolean }) => (
  <SimpleForm>
    <TextInput source="code" validate={[required(), code]} readOnly={edit} />
    <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ minWidth: 360 }} />
    <SelectInput source="cadence" choices={cadenceChoices} validate={required()} readOnly={edit} />
    <FormDataConsumer<{ cadence?: string }>>
      {({ formData }) =>
        formData.cadence === 'ONCE' ? (
          <DateInput source="dueDate" helperText="app.helper.dueDate" />
        ) : (
          <NumberInput
            source="dueDay"
            step={1}
            validate={[required(), minValue(1), maxValue(31)]}
            helperText="app.helper.dueDay"
          />
        )
      }
    </FormDataConsumer>
    <SelectInput source="holidayPolicy" choices={holidayPolicyChoices} validate={required()} />
    <NumberInput source="correctionWorkdays" step={1} validate={[required(), minValue(0), maxValue(30)]} />
    <BooleanInput source="requiresCounts" />
    <DateInput source="since" />
    <TextInput source="description" multiline fullWidth validate={maxLength(500)} />
    <NumberInput source="sortOrder" step={1} validate={minValue(0)} />
    <BooleanInput source="active" />
  </SimpleForm>
);

export const StreamEdit = () => (
  <AppEdit>
    <StreamForm edit />
  </AppEdit>
);

export const StreamCreate = () => (
  <AppCreate record={{ cadence: 'MONTHLY', dueDay: 5, holidayPolicy: 'NEXT_WORKDAY', correctionWorkdays: 3, requiresCounts: false, active: true }}>
    <StreamForm />
  </AppCreate>
);
