import { Box } from '@mui/material';
import { BooleanField, DataTable, EmailField, ReferenceField } from 'react-admin';
import { UnitRobotsCard } from '../channels/UnitRobotsCard';
import { PhoneField } from '../common/fields';
import { searchFilter, unitFilter } from '../common/filters';
import { AppList } from '../common/pages';
import { useRole, useSessionUser } from '../common/useSession';

const Contacts = () => (
  <AppList filters={useRole() === 'UNIT' ? [searchFilter] : [searchFilter, unitFilter()]} sort={{ field: 'unitId', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="unitId">
        <ReferenceField source="unitId" reference="units" link="show" />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="post" disableSort />
      <DataTable.Col source="phone" field={PhoneField} disableSort />
      <DataTable.Col source="mobile" field={PhoneField} disableSort />
      <DataTable.Col source="email" field={EmailField} disableSort />
      <DataTable.Col source="primary" field={BooleanField} />
      <DataTable.Col source="leader" field={BooleanField} />
    </DataTable>
  </AppList>
);

/** 本单位联系人 for a unit's own user also holds its group robots (the unit user has no page of its unit). */
export const ContactList = () => {
  const user = useSessionUser();
  if (user?.role !== 'UNIT' || !user.unitId) return <Contacts />;
  return (
    <>
      <Contacts />
      <Box sx={{ mt: 2, mb: 4 }}>
        <UnitRobotsCard unitId={Number(user.unitId)} />
      </Box>
    </>
  );
};
