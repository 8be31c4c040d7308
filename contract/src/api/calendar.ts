// GET /api/calendar/holidays?year=: the year's official arrangement as the calendar page lists it.
import { z } from 'zod';

const day = z.string().describe('YYYY-MM-DD');

export const yearArrangementSchema = z.strictObject({
  year: z.number().int(),
  calendarKnown: z.boolean(),
  /** Present when the year is not held yet: what due dates then follow, in plain words. */
  warning: z.string().optional(),
  holidays: z.array(z.strictObject({ name: z.string(), from: day, to: day, days: z.number().int() })),
  workdays: z.array(z.strictObject({ date: day, name: z.string() })),
});
export type YearArrangement = z.infer<typeof yearArrangementSchema>;
