import { describe, expect, it } from '@jest/globals';
import { assessmentNoticeText, assessmentNoticeTitle, type AssessmentNoticeDocument, type NoticeRow } from './assessment-notice-docx.ts';
import { PAGE_LINES } from '../documents/house-style.ts';
import { estimatedLines, firstPageBodyLines, SIGNATURE_LINES } from '../documents/page-fit.ts';

const row = (kind: NoticeRow['kind'], ruleName: string, points: number, i = 1): NoticeRow => ({ kind, ruleName, points, label: `${ruleName}（第${i}条）` });
const doc = (over: Partial<AssessmentNoticeDocument>): AssessmentNoticeDocument => ({
  issuingBody: '召陵区社会信用体系建设工作领导小组办公室', officeName: '区信用办', unitName: '区法院', year: 2026, stage: 'FINALISED',
  appealDeadlineLabel: null, basis: '《召陵区社会信用体系建设实施方案》（召政〔2018〕3号）', score: 97.5, gradeLabel: '优秀', failed: false,
  rank: 2, units: 33, categories: [{ name: '报送工作', maxPoints: 100, score: 97.5, notApplicable: false }], bonusTotal: 0,
  adjustments: [], rows: [], dateLabel: '2026年12月1日', contact: null, madeAt: new Date(0), ...over,
});
const texts = (d: AssessmentNoticeDocument) => assessmentNoticeText(d).map((p) => p.text);

describe('assessmentNoticeText', () => {
  it.each<[string, Partial<AssessmentNoticeDocument>, string[], string[]]>([
    ['finalised, nothing against it', {}, ['考核结果已定稿：你单位2026年度', '本年度无扣分和加分事项。', '请你单位对照扣分事项认真整改'], ['申诉', '整改报告']],
    ['preliminary: the appeal window', { stage: 'PRELIMINARY', appealDeadlineLabel: '2026年12月4日' }, ['现将初评结果通知如下', '请于2026年12月4日前'], []],
    ['open: not final', { stage: 'OPEN' }, ['以下为截至2026年12月1日的计算结果，尚未定稿'], ['申诉']],
    ['不合格: a rectification report within a month', { failed: true, gradeLabel: '不合格' }, ['请于一个月内向区信用办报送整改报告'], ['认真整改，进一步']],
    ['容缺, bonus and an adjustment in the parts', {
      categories: [{ name: '共性指标', maxPoints: 70, score: 66, notApplicable: false }, { name: '个性指标', maxPoints: 30, score: 27.5, notApplicable: true }],
      bonusTotal: 2, adjustments: [{ points: -1, reason: '数据错报。' }],
    }, ['共性指标66分（满分70分）；个性指标27.5分（满分30分，容缺项按其他单位平均分计）；加分2分；调减1分（数据错报）。'], []],
  ])('%s', (_name, over, present, absent) => {
    const all = texts(doc(over)).join('\n');
    for (const p of present) expect(all).toContain(p);
    for (const a of absent) expect(all).not.toContain(a);
  });

  it('lists the rows one by one, signed, when the notice so keeps to two pages', () => {
    const rows = [row('PER_ITEM', '迟报', 0.5), row('RATE_THRESHOLD', '合规率', 1), row('BONUS', '创新做法', 2), row('PER_ITEM', '迟报', 0, 2)];
    expect(texts(doc({ rows })).filter((t) => /^\d+\. /.test(t))).toEqual([
      '1. 迟报（第1条），扣0.5分。', '2. 合规率（第1条），扣1分。', '3. 创新做法（第1条），加2分。', '4. 迟报（第2条），不扣分。',
    ]);
  });

  it('groups by rule when one by one would run past two pages; 容缺 rows are in the parts, not the list', () => {
    const rows = [
      ...Array.from({ length: 19 }, (_, i) => row('PER_ITEM', '逾期未报', 1, i + 1)),
      ...Array.from({ length: 5 }, (_, i) => row('PER_ITEM', '迟报', 0.5, i + 1)),
      row('NOT_APPLICABLE', '个性指标', 27.5),
    ];
    expect(texts(doc({ rows })).filter((t) => /^\d+\. |明细/.test(t))).toEqual(['1. 逾期未报19项，扣19分。', '2. 迟报5项，扣2.5分。', '各项明细见平台“我的考核”。']);
  });

  // What the notice takes, addressee to 落款, by the same estimate as the choice; the render is measured in e2e.
  const lines = (d: AssessmentNoticeDocument) =>
    estimatedLines(`${d.unitName}：`, 0) + texts(d).reduce((n, t) => n + estimatedLines(t), 0) + SIGNATURE_LINES;
  const room = (d: AssessmentNoticeDocument) => firstPageBodyLines(assessmentNoticeTitle(d.unitName, d.year)) + PAGE_LINES;
  const longRow = (i: number) => ({ ...row('PER_ITEM', '逾期未报', 1, i), label: `“双公示”信息月度统计 2026 年 ${i} 月：逾期未报（第${i}条）` });

  it.each<[string, Partial<AssessmentNoticeDocument>]>([
    ['finalised', {}],
    ['preliminary, with its appeal window and the office contact', { stage: 'PRELIMINARY', appealDeadlineLabel: '2026年12月4日', contact: '联系单位：区发改委；联系电话：2605859；电子邮箱：fgw5859@126.com；地址：区政府综合大楼408房间' }],
    ['不合格, a long name, bonus and adjustments', {
      failed: true, gradeLabel: '不合格', unitName: '区人力资源和社会保障局（区医疗保障局）', bonusTotal: 2,
      adjustments: [{ points: -1, reason: '数据错报，经核实后调减' }, { points: 0.5, reason: '补报材料齐全' }],
    }],
  ])('lists as many rows one by one as two pages hold, then groups (%s)', (_name, over) => {
    const listedUpTo: boolean[] = [];
    for (let n = 1; n <= 30; n++) {
      const d = doc({ ...over, rows: Array.from({ length: n }, (_, i) => longRow(i + 1)) });
      const oneByOne = texts(d).filter((t) => /^\d+\. “/.test(t)).length === n;
      expect(lines(d)).toBeLessThanOrEqual(room(d) - 2);
      if (!oneByOne) expect(texts(d)).toContain('各项明细见平台“我的考核”。');
      listedUpTo.push(oneByOne);
    }
    // Listed for a few rows, grouped from some count on, and never listed again after that.
    const firstGrouped = listedUpTo.indexOf(false);
    expect(firstGrouped).toBeGreaterThan(0);
    expect(listedUpTo.slice(firstGrouped)).not.toContain(true);
  });
});
