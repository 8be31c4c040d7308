import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslate } from 'react-admin';

type SettingTextProps = Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'error' | 'helperText'> & {
  name: string;
  /** Catalog keys. */
  label: string;
  help?: string;
  /** A help already in words (a live count …), instead of `help`. */
  note?: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's message for this field (shown instead of the help). */
  error?: string;
};

/** A settings form's text box: a catalog label always above it, the server's message or the help below. */
export const SettingText = ({ name, label, help, note, value, onChange, error, slotProps, size = 'small', ...props }: SettingTextProps) => {
  const translate = useTranslate();
  return (
    <TextField
      name={name}
      size={size}
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? note ?? (help ? translate(help) : undefined)}
      {...props}
      slotProps={{ inputLabel: { shrink: true }, ...slotProps }}
    />
  );
};
