import type { MouseEvent } from 'react';
import { Link } from '@mui/material';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDay, formatTime, periodWords } from './format';

interface ValueFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
  emptyText?: string;
}

/** A record's value through `format`, as react-admin's text fields show it; empty: the catalog's "—". */
const FormattedField = ({ source, emptyText = 'app.none', format }: ValueFieldProps & { format: (value: string) => string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  const text = value === null || value === undefined || value === '' ? translate(emptyText, { _: emptyText }) : format(String(value));
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** A calendar day (or an instant's Beijing day): 2026-09-05. */
export const DayField = (props: ValueFieldProps) => <FormattedField {...props} format={formatDay} />;

/** An instant in Beijing time: 2026-09-05 09:30. */
export const TimeField = (props: ValueFieldProps) => <FormattedField {...props} format={formatTime} />;

/** A period key in words: 2026年9月, 2026年第三季度, 一次性报送 (never the key ONCE). */
export const PeriodField = (props: ValueFieldProps) => (
  <FormattedField {...props} format={periodWords} />
);

interface LinkFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
}

const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** A telephone number as a tel: link (office phone or mobile). */
export const PhoneField = ({ source }: LinkFieldProps) => {
  const record = useRecordContext();
  const value = record?.[source];
  if (!value) return null;
  return (
    <Link href={`tel:${String(value).replace(/[^\d+]/g, '')}`} onClick={stopPropagation} variant="body2">
      {String(value)}
    </Link>
  );
};

/** A due time shown as its Beijing calendar day (the due time is the end of that day). */
export const DueField = DayField;
