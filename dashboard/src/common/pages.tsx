import type { ReactNode } from 'react';
import { Create, Edit, List, type CreateProps, type EditProps, type ListProps } from 'react-admin';
import { EmptyState } from './EmptyState';
import { AppListActions, PhoneList, type PhoneRow, usePhone } from './lists';

/**
 * A list with the Chinese empty state, 导出 Excel (the server's workbook of the filtered list, instead of
 * react-admin's CSV with English headers) and, on a phone, a compact list (`phone` names its lines); `beside`
 * renders in both (a list's effects).
 */
export const AppList = ({ children, phone, beside, actions, ...props }: ListProps & { children: ReactNode; phone?: PhoneRow; beside?: ReactNode }) => {
  const isPhone = usePhone();
  return (
    <List exporter={false} empty={<EmptyState />} perPage={25} actions={actions ?? <AppListActions />} {...props}>
      {beside}
      {isPhone ? <PhoneList {...phone} /> : children}
    </List>
  );
};

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
