import { describe, expect, it } from '@jest/globals';
import { classifyFailure, describeFailure, retryDelayMs } from './mail-retry.ts';

describe('retryDelayMs', () => {
  it.each([
    [1, 60_000],
    [2, 4 * 60_000],
    [3, 16 * 60_000],
    [4, 64 * 60_000],
    [5, 256 * 60_000],
    [6, 12 * 3_600_000],
    [20, 12 * 3_600_000],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(retryDelayMs(failures)).toBe(ms);
  });

  it('refuses a failure count below 1', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe('classifyFailure', () => {
  it.each([
    [{ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:1' }, 'CONNECTION'],
    [{ code: 'ETIMEDOUT' }, 'CONNECTION'],
    [{ code: 'EAUTH', responseCode: 535 }, 'CONNECTION'],
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 No such user' }, 'PERMANENT'],
    [{ code: 'EMESSAGE', responseCode: 451 }, 'TRANSIENT'],
    [new Error('something else'), 'TRANSIENT'],
    [undefined, 'TRANSIENT'],
  ])('%j → %s', (error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });

  it('describes a failure on one line', () => {
    expect(describeFailure({ code: 'EENVELOPE', response: '550 No\nsuch user' })).toBe('EENVELOPE: 550 No such user');
    expect(describeFailure(new Error('boom'))).toBe('boom');
  });
});
