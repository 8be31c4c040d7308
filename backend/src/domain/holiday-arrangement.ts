// A year's official arrangement (国务院办公厅 节假日安排) as the calendar page lists it: the holidays, each a run
// of days off with its name, and the adjusted working weekends (调休上班). From chinese-days' tables, queried
// with the same 'YYYY-MM-DD' strings as calendar.ts (see the note there on its time-zone shift).
import chineseDays from 'chinese-days';
import { CALENDAR_UNKNOWN_WARNING, isCalendarKnown } from './calendar.ts';
import { addDays, formatLocalDate, type LocalDate } from './dates.ts';

export interface HolidayRun {
  name: string;
  from: LocalDate;
  to: LocalDate;
  days: number;
}

export interface AdjustedWorkday {
  date: LocalDate;
  /** The holiday the working day makes up for. */
  name: string;
}

export interface YearArrangement {
  year: number;
  calendarKnown: boolean;
  /** For a year not held yet: what that means for due dates, in plain words. */
  warning?: string;
  holidays: HolidayRun[];
  workdays: AdjustedWorkday[];
}

/** The names the State Council's notices use, where the package's Chinese name is shorter (清明 → 清明节). */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** The package names an entry 'National Day,国庆节,3' (English, Chinese, length); we keep the Chinese. */
const chineseName = (name: string): string => {
  const chinese = name.split(',')[1] ?? name;
  return OFFICIAL_NAMES[chinese] ?? chinese;
};

export function yearArrangement(year: number): YearArrangement {
  if (!isCalendarKnown(year)) {
    return { year, calendarKnown: false, warning: CALENDAR_UNKNOWN_WARNING(year), holidays: [], workdays: [] };
  }
  const holidays: HolidayRun[] = [];
  const workdays: AdjustedWorkday[] = [];
  for (let d = formatLocalDate(year, 1, 1); d.startsWith(`${year}-`); d = addDays(d, 1)) {
    const detail = chineseDays.getDayDetail(d);
    const entry = chineseDays.isInLieu(d) || detail.name.includes(',') ? detail : null;
    if (!entry || !entry.name.includes(',')) continue;
    const name = chineseName(entry.name);
    if (entry.work) {
      workdays.push({ date: d, name });
      continue;
    }
    const last = holidays.at(-1);
    if (last && last.name === name && addDays(last.to, 1) === d) {
      last.to = d;
      last.days++;
    } else {
      holidays.push({ name, from: d, to: d, days: 1 });
    }
  }
  return { year, calendarKnown: true, holidays, workdays };
}
