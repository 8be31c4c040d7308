import { describe, expect, it } from '@jest/globals';
import { periodList, renderSms, smsSegments, validateSmsTemplateText } from './sms-text.ts';

const TEMPLATE = { code: 'SMS_1', text: '${unit}：${period}的报送将于${dueDate}截止，请及时报送。${link}' };

describe('renderSms', () => {
  it('fills the template: params in order of appearance, the text as received, one segment', () => {
    const sms = renderSms(TEMPLATE, { unit: '区市场监管局', period: '2026-10', dueDate: '11月7日', link: 'https://xy.cn/n/4' }, '区信用办');
    expect(sms).toEqual({
      params: [
        { name: 'unit', value: '区市场监管局' },
        { name: 'period', value: '2026-10' },
        { name: 'dueDate', value: '11月7日' },
        { name: 'link', value: 'https://xy.cn/n/4' },
      ],
      text: '【区信用办】区市场监管局：2026-10的报送将于11月7日截止，请及时报送。https://xy.cn/n/4',
      segments: 1,
    });
  });

  it('lists each placeholder once, and trims values to the per-parameter limit', () => {
    const sms = renderSms({ code: 'T', text: '${unit}请于${dueDate}前报送（${unit}）' }, { unit: `  ${'甲'.repeat(40)} `, dueDate: '11月7日' }, '签', 35);
    expect(sms.params.map((p) => p.name)).toEqual(['unit', 'dueDate']);
    expect(sms.params[0]!.value).toBe(`${'甲'.repeat(34)}…`);
  });

  it.each([
    [['2026-10'], '2026-10'],
    [['2026-09', '2026-10'], '2026-09、2026-10'],
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'], '2026-01 等5项'],
  ])('shortens a period list %j to %s', (periods, expected) => {
    expect(periodList(periods, 20)).toBe(expected);
    expect(renderSms({ code: 'T', text: '${period}未报' }, { period: periods }, 'x', 20).params[0]!.value).toBe(expected);
  });

  it('throws for a value the template needs and the caller did not give', () => {
    expect(() => renderSms(TEMPLATE, { unit: 'a' }, 'x')).toThrow('${period}');
  });
});

describe('smsSegments', () => {
  it.each([
    [0, 0],
    [1, 1],
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
  ])('%i characters → %i segments', (n, segments) => {
    expect(smsSegments('字'.repeat(n))).toBe(segments);
  });

  it('counts a character outside the BMP once', () => {
    expect(smsSegments('😀'.repeat(70))).toBe(1);
  });
});

describe('validateSmsTemplateText', () => {
  it.each([
    ['${unit}请于${dueDate}前报送${period}，${link}', null],
    ['', '模板内容不能为空'],
    ['${unit}的${name}', '未知的参数 ${name}，可用的参数：${unit} ${period} ${dueDate} ${link}'],
    ['${unit', '参数格式应为 ${参数名}，缺少右括号'],
    ['【区信用办】${unit}', '模板内容不应包含【】，签名由系统添加'],
  ])('%j → %j', (text, problem) => {
    expect(validateSmsTemplateText(text)).toBe(problem);
  });
});
