import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimeField } from '../common/fields';
import { ActorField, ChangesField } from './auditFields';

export const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <TimeField source="at" />
      <ActorField label="resources.audit-events.fields.username" />
      <TextField source="actionLabel" label="resources.audit-events.fields.action" />
      <TextField source="resourceLabel" label="resources.audit-events.fields.resource" />
      <TextField source="recordId" />
      <ReferenceField source="unitId" reference="units" link="show" emptyText="app.none" />
      <ChangesField label="app.polish.audit.changes" />
    </SimpleShowLayout>
  </Show>
);
