import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { roleChoices } from './choices';

/** Full-text filter, always shown. */
export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

/** Units are few (33) and have an office order: list them all in that order. */
export const unitFilter = (alwaysOn = true) => (
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={200} alwaysOn={alwaysOn}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);

export const streamFilter = (alwaysOn = true) => (
  <ReferenceInput key="streamId" source="streamId" reference="streams" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={200} alwaysOn={alwaysOn}>
    <SelectInput optionText="name" />
  </ReferenceInput>
);

export const roleFilter = <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />;
