import type { ReactNode } from 'react';
import { Create, Edit, List, type CreateProps, type EditProps, type ListProps } from 'react-admin';
import { EmptyState } from './EmptyState';

/** A list without CSV export (its headers would be English field names) and with the Chinese empty state. */
export const AppList = ({ children, ...props }: ListProps & { children: ReactNode }) => (
  <List exporter={false} empty={<EmptyState />} perPage={25} {...props}>
    {children}
  </List>
);

/**
 * Edit in pessimistic mode: the save waits for the server, so a 400 answer's `errors`
 * (`{ field: '中文说明' }`) lands on the form fields instead of an undo notification.
 */
export const AppEdit = ({ children, ...props }: EditProps & { children: ReactNode }) => (
  <Edit mutationMode="pessimistic" redirect="show" {...props}>
    {children}
  </Edit>
);

/** Create is pessimistic by default; after saving, go to the new record's page. */
export const AppCreate = ({ children, ...props }: CreateProps & { children: ReactNode }) => (
  <Create redirect="show" {...props}>
    {children}
  </Create>
);
