import { DateInput, SimpleForm, required, type Validator } from 'react-admin';
import { StreamInput, UnitInput } from '../common/inputs';
import { AppCreate, AppEdit } from '../common/pages';

/** validTo, when set, is not before validFrom (both YYYY-MM-DD, so strings compare as dates). */
const notBeforeValidFrom: Validator = (value, values) =>
  value && values?.validFrom && value < values.validFrom ? 'app.validation.validTo' : undefined;

/** Unit and stream are set when the assignment is created; later only its validity changes. */
const AssignmentForm = ({ edit = false }: { edit?: boolean }) => (
  <SimpleForm>
    <UnitInput readOnly={edit} />
    <StreamInput readOnly={edit} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" validate={notBeforeValidFrom} helperText="app.helper.validTo" />
  </SimpleForm>
);

export const AssignmentEdit = () => (
  <AppEdit>
    <AssignmentForm edit />
  </AppEdit>
);

export const AssignmentCreate = () => (
  <AppCreate>
    <AssignmentForm />
  </AppCreate>
);
