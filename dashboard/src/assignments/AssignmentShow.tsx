import { ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { DayField } from '../common/fields';

export const AssignmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="unitId" reference="units" link="show" />
      <ReferenceField source="streamId" reference="streams" link="show" />
      <DayField source="validFrom" />
      <DayField source="validTo" />
    </SimpleShowLayout>
  </Show>
);
