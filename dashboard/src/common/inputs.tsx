import { AutocompleteInput, ReferenceInput, SelectInput, required, type Validator } from 'react-admin';

interface ReferencePickerProps {
  source?: string;
  validate?: Validator | Validator[];
  readOnly?: boolean;
  helperText?: string;
}

/** Picks a unit by name, in the office's order. */
export const UnitInput = ({ source = 'unitId', validate = required(), readOnly, helperText }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="units" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={200}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={(q: string) => ({ q })}
      validate={validate}
      readOnly={readOnly}
      helperText={helperText}
      sx={{ minWidth: 320 }}
    />
  </ReferenceInput>
);

/** Picks a report stream by name. */
export const StreamInput = ({ source = 'streamId', validate = required(), readOnly }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="streams" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={200}>
    <SelectInput optionText="name" validate={validate} readOnly={readOnly} sx={{ minWidth: 320 }} />
  </ReferenceInput>
);
