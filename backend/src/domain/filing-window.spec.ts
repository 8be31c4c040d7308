import { describe, expect, it } from '@jest/globals';
import { filingOpensOn, tooEarlyToFile } from './filing-window.ts';

describe('filing window', () => {
  it('opens a monthly period the day after its last day', () => {
    expect(filingOpensOn('MONTHLY', '2026-11')).toBe('2026-12-01');
    expect(filingOpensOn('MONTHLY', '2026-12')).toBe('2027-01-01');
    expect(filingOpensOn('MONTHLY', '2028-02')).toBe('2028-03-01');
  });

  it('refuses a month still running, in Chinese, and accepts it from the first day of the next month', () => {
    expect(tooEarlyToFile('MONTHLY', '2026-12', '2026-12-02')).toBe('该期间尚未结束，请于2027年1月1日后报送');
    expect(tooEarlyToFile('MONTHLY', '2026-11', '2026-11-30')).toBe('该期间尚未结束，请于2026年12月1日后报送');
    expect(tooEarlyToFile('MONTHLY', '2026-11', '2026-12-01')).toBeNull();
    expect(tooEarlyToFile('MONTHLY', '2026-10', '2026-12-01')).toBeNull();
  });

  it('leaves other cadences and one-off obligations open', () => {
    expect(tooEarlyToFile('QUARTERLY', '2026-Q4', '2026-11-02')).toBeNull();
    expect(tooEarlyToFile('YEARLY', '2026', '2026-11-02')).toBeNull();
    expect(tooEarlyToFile('ONCE', 'ONCE', '2026-11-02')).toBeNull();
  });
});
