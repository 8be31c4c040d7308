import { describe, expect, it } from '@jest/globals';
import { DEFAULT_QUIET_HOURS, quietUntil } from './quiet-hours.ts';

const at = (iso: string) => new Date(iso);

describe('quietUntil', () => {
  it.each([
    // [instant, window, held until (null: may go now)]
    ['2026-12-02T21:00:00+08:00', DEFAULT_QUIET_HOURS, '2026-12-03T08:00:00+08:00'],
    ['2026-12-02T20:00:00+08:00', DEFAULT_QUIET_HOURS, '2026-12-03T08:00:00+08:00'],
    ['2026-12-02T19:59:59+08:00', DEFAULT_QUIET_HOURS, null],
    ['2026-12-03T00:30:00+08:00', DEFAULT_QUIET_HOURS, '2026-12-03T08:00:00+08:00'],
    ['2026-12-03T07:59:30+08:00', DEFAULT_QUIET_HOURS, '2026-12-03T08:00:00+08:00'],
    ['2026-12-03T08:00:00+08:00', DEFAULT_QUIET_HOURS, null],
    ['2026-12-03T12:00:00+08:00', DEFAULT_QUIET_HOURS, null],
    // the same instants written in UTC: Shanghai's hours whatever the zone
    ['2026-12-02T13:00:00Z', DEFAULT_QUIET_HOURS, '2026-12-03T00:00:00Z'],
    ['2026-12-03T04:00:00Z', DEFAULT_QUIET_HOURS, null],
    // a window inside one day
    ['2026-12-03T12:30:00+08:00', { enabled: true, start: '12:00', end: '14:00' }, '2026-12-03T14:00:00+08:00'],
    ['2026-12-03T14:00:00+08:00', { enabled: true, start: '12:00', end: '14:00' }, null],
    ['2026-12-03T11:59:00+08:00', { enabled: true, start: '12:00', end: '14:00' }, null],
    // off, or an empty window
    ['2026-12-02T21:00:00+08:00', { ...DEFAULT_QUIET_HOURS, enabled: false }, null],
    ['2026-12-02T21:00:00+08:00', { enabled: true, start: '21:00', end: '21:00' }, null],
  ])('%s in %j → %s', (instant, window, until) => {
    expect(quietUntil(at(instant), window)).toEqual(until === null ? null : at(until));
  });
});
