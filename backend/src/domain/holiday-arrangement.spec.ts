import { describe, expect, it } from '@jest/globals';
import { yearArrangement } from './holiday-arrangement.ts';

describe('yearArrangement', () => {
  it('lists 2026 as the State Council published it: runs of days off with their names, and the 调休 workdays', () => {
    const y = yearArrangement(2026);
    expect(y.calendarKnown).toBe(true);
    expect(y.holidays.find((h) => h.name === '劳动节')).toEqual({ name: '劳动节', from: '2026-05-01', to: '2026-05-05', days: 5 });
    expect(y.holidays.find((h) => h.name === '国庆节')).toMatchObject({ from: '2026-10-01', to: '2026-10-07' });
    expect(y.holidays.map((h) => h.name)).toEqual(expect.arrayContaining(['元旦', '春节', '清明节', '端午节', '中秋节']));
    expect(y.workdays.length).toBeGreaterThan(2);
    for (const w of y.workdays) expect([0, 6]).toContain(new Date(`${w.date}T12:00:00Z`).getUTCDay());
  });

  it('says plainly when a year is not held yet, and lists nothing for it', () => {
    const y = yearArrangement(2031);
    expect(y).toMatchObject({ calendarKnown: false, holidays: [], workdays: [] });
    expect(y.warning).toContain('2031年');
    expect(y.warning).toContain('周末');
  });
});
