import type { YearArrangement } from '@credit/contract/api';
import { Alert, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { currentMonth, formatDay } from '../common/format';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (day: string) => `星期${WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]}`;

/**
 * 节假日安排: the State Council's holidays and adjusted workdays of a year, which move due dates
 * (GET /api/calendar/holidays). A year the system does not hold yet says so, and what due dates then follow.
 */
export const HolidayCalendarPage = () => {
  const translate = useTranslate();
  const thisYear = Number(currentMonth().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error } = useApi<YearArrangement>('/calendar/holidays', { year });
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  const range = (from: string, to: string) => (from === to ? formatDay(from) : `${formatDay(from)} 至 ${formatDay(to)}`);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.polish.calendar.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">{translate('app.polish.calendar.intro')}</Typography>
          <TextField
            select
            size="small"
            label={translate('app.polish.calendar.year')}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            sx={{ width: 160 }}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>{`${y}年`}</MenuItem>
            ))}
          </TextField>
          {error && <Alert severity="error">{error.message}</Alert>}
          {!data && !error && <Loading />}
          {data && !data.calendarKnown && <Alert severity="warning" data-testid="calendar-unknown">{data.warning}</Alert>}
          {data?.calendarKnown && (
            <>
              <Alert severity="info">{translate('app.polish.calendar.known', { year: data.year })}</Alert>
              <Typography variant="h6" component="h2">{translate('app.polish.calendar.holidays')}</Typography>
              <Table size="small" sx={{ maxWidth: 720 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.polish.calendar.holidayName')}</TableCell>
                    <TableCell>{translate('app.polish.calendar.dates')}</TableCell>
                    <TableCell>{translate('app.polish.calendar.days')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.holidays.map((h) => (
                    <TableRow key={h.from}>
                      <TableCell>{h.name}</TableCell>
                      <TableCell>{range(h.from, h.to)}</TableCell>
                      <TableCell>{translate('app.polish.calendar.daysValue', { days: h.days })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Typography variant="h6" component="h2">{translate('app.polish.calendar.workdays')}</Typography>
              {data.workdays.length === 0 ? (
                <Typography variant="body2">{translate('app.polish.calendar.noWorkdays')}</Typography>
              ) : (
                <Table size="small" sx={{ maxWidth: 720 }}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.polish.calendar.dates')}</TableCell>
                      <TableCell>{translate('app.polish.calendar.weekday')}</TableCell>
                      <TableCell>{translate('app.polish.calendar.holidayName')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.workdays.map((w) => (
                      <TableRow key={w.date}>
                        <TableCell>{formatDay(w.date)}</TableCell>
                        <TableCell>{weekday(w.date)}</TableCell>
                        <TableCell>{w.name}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
