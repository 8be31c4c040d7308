import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimeField } from '../common/fields';
import { ActionField, JsonField, ObjectTypeField } from './auditFields';

export const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <TimeField source="at" />
      <TextField source="username" emptyText="app.none" />
      <ActionField label="resources.audit-events.fields.action" />
      <ObjectTypeField label="resources.audit-events.fields.resource" />
      <TextField source="recordId" />
      <ReferenceField source="unitId" reference="units" link="show" emptyText="app.none" />
      <JsonField source="before" />
      <JsonField source="after" />
    </SimpleShowLayout>
  </Show>
);
