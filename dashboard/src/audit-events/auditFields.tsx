import type { AuditChange } from '@credit/contract/api';
import { AUDIT_ACTION_LABELS, AUDIT_RESOURCE_LABELS } from '@credit/contract/labels';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { SelectInput, useRecordContext, useTranslate } from 'react-admin';

// The API answers the log in words (actionLabel, resourceLabel, userName, userUnitName, changes): the
// pages show those and never a code name; the filters' choices are the same contract labels.
const choices = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([id, name]) => ({ id, name }));

export const actionFilter = <SelectInput key="action" source="action" choices={choices(AUDIT_ACTION_LABELS)} translateChoice={false} />;
export const resourceFilter = (
  <SelectInput key="resource" source="resource" choices={choices(AUDIT_RESOURCE_LABELS)} translateChoice={false} />
);

/** Who acted: the user's name and, beneath it, their unit. */
export const ActorField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      <Typography component="span" variant="body2">{record.userName}</Typography>
      {record.userUnitName && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {record.userUnitName}
        </Typography>
      )}
    </>
  );
};

/** Each changed field: its label, the value before and after (as the API words them). */
export const ChangesField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const changes = (record?.changes ?? []) as AuditChange[];
  if (changes.length === 0) return <Typography variant="body2">{translate('app.polish.audit.noChanges')}</Typography>;
  const value = (v: string | null) => v ?? translate('app.none');
  return (
    <Table size="small" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.polish.audit.field')}</TableCell>
          <TableCell>{translate('app.polish.audit.before')}</TableCell>
          <TableCell>{translate('app.polish.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.field}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.label}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word', color: 'text.secondary' }}>{value(c.before)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{value(c.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
