// The notices a history would have produced: the chase job run as the schedule would have run it, every
// morning at 09:00 Beijing time from the history's first month up to its end, against the facts as they
// stood that morning (the job computes each status at its run's instant). Then the runs' rows are dated at
// those mornings, so the demo opens with the reminders, overdue notices, escalations and summaries of its
// year, without anyone running the chase by hand.
import type { INestApplicationContext } from '@nestjs/common';
import { addDays, shanghaiDate } from '../domain/dates.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { NoticeJob } from '../notices/notice-job.service.ts';
import { DemoRepository } from './demo.repository.ts';

export interface HistoryNoticesOptions {
  /** The history's first month, 'YYYY-MM'. */
  fromMonth: string;
  /** The history's end: runs of later mornings are not made. */
  now: Date;
}

/** 09:00 Beijing time of a day. */
const morningOf = (day: string) => new Date(`${day}T09:00:00+08:00`);

/** Runs the chase for each morning of the history; answers how many notices it stored. */
export async function generateHistoryNotices(app: INestApplicationContext, o: HistoryNoticesOptions): Promise<number> {
  const job = app.get(NoticeJob);
  let stored = 0;
  const last = shanghaiDate(o.now);
  for (let day = `${o.fromMonth}-01`; day <= last; day = addDays(day, 1)) {
    const asOf = morningOf(day);
    if (asOf > o.now) break;
    // No mail attempt starts (a zero budget): what the history's chase mailed is long past.
    const result = await job.run(asOf, { now: asOf, deliveryBudgetMs: 0 });
    stored += result.notices.length;
  }
  await new DemoRepository(app.get(PrismaService)).dateHistoryNotices(o.now);
  return stored;
}
