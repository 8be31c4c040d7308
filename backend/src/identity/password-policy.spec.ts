import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['12345678', /至少 10 位/],
    ['          ', /空格/],
    ['1234567890', /至少两类/],
    ['abcdefghijkl', /至少两类/],
    ['Password123', /常见/],
    ['WOAINI1314', /常见/],
    ['x'.repeat(60) + '中文中文中', /字节/],
  ])('refuses %j', (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it('refuses the user name as password, whatever the case', () => {
    expect(passwordProblem('Zhang.San2026', 'zhang.san2026')).toMatch(/用户名/);
    expect(passwordProblem('Zhang.San2026', 'li.si')).toBeNull();
  });

  it.each(['password-123', 'admin-pass-123', 'Lighthouse9', 'correct horse battery'])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
