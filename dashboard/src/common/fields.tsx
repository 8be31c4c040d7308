import type { MouseEvent } from 'react';
import { Link } from '@mui/material';
import { DateField, useRecordContext, type DateFieldProps } from 'react-admin';

/** A calendar day (YYYY-MM-DD) shown the Chinese way, e.g. 2026/9/5. */
export const DayField = (props: DateFieldProps) => <DateField locales="zh-CN" emptyText="app.none" {...props} />;

/** An instant shown in Beijing time, e.g. 2026/9/5 09:30:00. */
export const TimeField = (props: DateFieldProps) => (
  <DateField locales="zh-CN" showTime options={{ timeZone: 'Asia/Shanghai', hour12: false }} {...props} />
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
export const DueField = (props: DateFieldProps) => (
  <DateField locales="zh-CN" options={{ timeZone: 'Asia/Shanghai' }} emptyText="app.none" {...props} />
);
