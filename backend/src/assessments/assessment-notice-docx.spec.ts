import { describe, expect, it } from '@jest/globals';
import { assessmentNoticeText, ROWS_LISTED, type AssessmentNoticeDocument, type NoticeRow } from './assessment-notice-docx.ts';

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

  it(`lists up to ${ROWS_LISTED} rows one by one, signed`, () => {
    const rows = [row('PER_ITEM', '迟报', 0.5), row('RATE_THRESHOLD', '合规率', 1), row('BONUS', '创新做法', 2), row('PER_ITEM', '迟报', 0, 2)];
    expect(texts(doc({ rows })).filter((t) => /^\d+\. /.test(t))).toEqual([
      '1. 迟报（第1条），扣0.5分。', '2. 合规率（第1条），扣1分。', '3. 创新做法（第1条），加2分。', '4. 迟报（第2条），不扣分。',
    ]);
  });

  it('groups by rule beyond that, so the notice stays on one page; 容缺 rows are in the parts, not the list', () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => row('PER_ITEM', '逾期未报', 1, i + 1)),
      ...Array.from({ length: 3 }, (_, i) => row('PER_ITEM', '迟报', 0.5, i + 1)),
      row('NOT_APPLICABLE', '个性指标', 27.5),
    ];
    expect(texts(doc({ rows })).filter((t) => /^\d+\. |明细/.test(t))).toEqual(['1. 逾期未报9项，扣9分。', '2. 迟报3项，扣1.5分。', '各项明细见平台“我的考核”。']);
  });
});
