import { describe, expect, it } from '@jest/globals';
import { missedToday } from './notices.scheduler.ts';

describe('missedToday', () => {
  it.each([
    ['0 0 9 * * *', '2026-11-27T08:59:00+08:00', false],
    ['0 0 9 * * *', '2026-11-27T09:00:00+08:00', true],
    ['0 0 9 * * *', '2026-11-27T23:30:00+08:00', true],
    ['0 0 9 * * *', '2026-11-28T00:10:00+08:00', false],
    ['0 30 7 * * 1-5', '2026-11-28T10:00:00+08:00', false],
    ['0 30 7 * * 1-5', '2026-11-27T10:00:00+08:00', true],
  ])('%s at %s → %s', (cron, now, expected) => {
    expect(missedToday(cron, new Date(now))).toBe(expected);
  });
});
