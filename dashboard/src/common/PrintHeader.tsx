import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { shanghaiDay } from './format';

/** The title and the date of a printed page: shown only in print (see layout/PrintStyles). */
export const PrintHeader = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography className="print-only" variant="h5" component="p" data-testid="print-header" sx={{ mb: 1 }}>
      {translate('app.rounds.printTitle', { title: translate(title), date: shanghaiDay() })}
    </Typography>
  );
};
