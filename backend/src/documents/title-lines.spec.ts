import { describe, expect, it } from '@jest/globals';
import { titleLines } from './title-lines.ts';

describe('titleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('关于催报信用信息的通知', 20)).toEqual(['关于催报信用信息的通知']);
  });

  it('breaks at a word boundary into the most even lines, never inside a word', () => {
    expect(titleLines('关于2026年第三季度社会信用信息报送情况的通报', 20)).toEqual(['关于2026年第三季度', '社会信用信息报送情况的通报']);
    expect(titleLines('各单位信用信息报送情况排名表', 10)).toEqual(['各单位信用信息', '报送情况排名表']);
  });

  it('falls back to a break at the line length when no boundary fits', () => {
    expect(titleLines('甲乙丙丁戊己庚辛壬癸子丑', 10)).toEqual(['甲乙丙丁戊己庚辛壬癸', '子丑']);
  });
});
