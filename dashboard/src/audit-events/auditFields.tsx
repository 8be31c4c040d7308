import { Box } from '@mui/material';
import { SelectInput, useRecordContext, useTranslate } from 'react-admin';

/** Actions and object types written by the backend's audit trail, with their catalog keys. */
export const AUDIT_ACTIONS = [
  'CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'CHANGE_PASSWORD', 'ACCEPT', 'RETURN', 'REJECT', 'EXEMPT',
  'PUBLISH', 'FINALISE', 'REOPEN', 'RUN',
] as const;
export const AUDIT_RESOURCES = [
  'auth', 'users', 'units', 'contacts', 'streams', 'assignments', 'obligations', 'submissions', 'reviews',
  'explanations', 'exemptions', 'attachments', 'scoring-rules', 'notices', 'circulars', 'assessments', 'settings',
  'notice-jobs',
] as const;

const actionChoices = AUDIT_ACTIONS.map((id) => ({ id, name: `app.audit.action.${id}` }));
const resourceChoices = AUDIT_RESOURCES.map((id) => ({ id, name: `app.audit.resource.${id}` }));

export const actionFilter = <SelectInput key="action" source="action" choices={actionChoices} />;
export const resourceFilter = <SelectInput key="resource" source="resource" choices={resourceChoices} />;

/** An action or object type in Chinese; a value the catalog does not know yet is shown as is. */
export const CodeLabelField = ({ source, prefix }: { source: 'action' | 'resource'; prefix: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value == null) return null;
  return <>{translate(`${prefix}.${value}`, { _: String(value) })}</>;
};

export const ActionField = (_: { label?: string; sortable?: boolean }) => (
  <CodeLabelField source="action" prefix="app.audit.action" />
);
export const ObjectTypeField = (_: { label?: string; sortable?: boolean }) => (
  <CodeLabelField source="resource" prefix="app.audit.resource" />
);

/** The state of the record before or after the change, as indented JSON. */
export const JsonField = ({ source }: { source: 'before' | 'after'; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value == null) return <>{translate('app.none')}</>;
  return (
    <Box
      component="pre"
      sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, overflowX: 'auto', maxWidth: '100%' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
