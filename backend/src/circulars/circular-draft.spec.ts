import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORING_RULES } from '../domain/score.ts';
import { criticisedLines, cutOffLabel, draftBody, itemsLabel, monthSpan, problems, requirements, summarise, type DraftRow, type SummaryInput } from './circular-draft.ts';
import { circularTitle, RANKING_TABLE_MARKER, type MissedItem } from './circular-text.ts';

let nextId = 1;
const row = (unitName: string, counts: Partial<DraftRow>): DraftRow => ({
  rank: 1,
  unitId: nextId++,
  unitName,
  sortOrder: nextId,
  hasContact: true,
  expected: 3,
  onTime: 0,
  late: 0,
  missing: 0,
  excused: 0,
  inReview: 0,
  daysLate: 0,
  onTimeRate: null,
  submittedRate: null,
  score: 100,
  ...counts,
});

const SGS = '“双公示”信息月度统计';
const XK = '行政许可信息';
const ROWS = [
  row('区编办', { onTime: 3 }),
  row('区法院', { onTime: 2, late: 1, daysLate: 2 }),
  row('天桥公安分局', { onTime: 1, missing: 1, excused: 1, hasContact: false }),
  row('召陵公安分局', { expected: 0, hasContact: false }),
  row('区教体局', { missing: 3 }),
];
const MISSED: MissedItem[] = [
  { unitId: ROWS[1]!.unitId, streamName: SGS, period: '2026-08', missing: false },
  { unitId: ROWS[2]!.unitId, streamName: SGS, period: '2026-07', missing: true },
  { unitId: ROWS[4]!.unitId, streamName: XK, period: '2026-09', missing: true },
  { unitId: ROWS[4]!.unitId, streamName: SGS, period: '2026-08', missing: true },
  { unitId: ROWS[4]!.unitId, streamName: SGS, period: '2026-07', missing: true },
];
const EXPLANATION = { unitName: '天桥公安分局', streamName: SGS, period: '2026-09', category: 'STAFF_CHANGE', text: '原联系人调岗，\n新联系人尚未交接。' };
const Q3: SummaryInput = { from: '2026-07', to: '2026-09', trackingStart: '2026-01', asOf: new Date('2026-10-09T02:30:00Z'), rules: DEFAULT_SCORING_RULES };
const PLAN = { title: '召陵区社会信用体系建设实施方案', number: '召政〔2018〕3号' };
const CTX = { year: 2026, quarter: 3, plan: PLAN, dueDay: 5 };

describe('summarise', () => {
  const s = summarise(ROWS, MISSED, [EXPLANATION], Q3);

  it('adds up the quarter over the units that owed something, with the cut-off instant', () => {
    expect(s.totals).toEqual({ units: 4, expected: 12, onTime: 6, late: 1, missing: 4, excused: 1, inReview: 0, daysLate: 2, onTimeRate: 0.5, noContact: 1, records: null });
    expect(s).toMatchObject({ from: '2026-07', to: '2026-09', quarterFrom: '2026-07', partial: false, asOf: '2026-10-09T10:30:00.000+08:00' });
  });

  it('praises only units with every report on time, and never a unit that owed nothing', () => {
    expect(s.praised).toEqual(['区编办']);
  });

  it('criticises worst first (missing, then late, then days late), each with what it missed', () => {
    expect(s.criticised.map((c) => [c.unitName, c.missing, c.late])).toEqual([
      ['区教体局', 3, 0],
      ['天桥公安分局', 1, 0],
      ['区法院', 0, 1],
    ]);
    expect(s.criticised[0]!.items).toHaveLength(3);
  });

  it('adds up the records and their rates where units filed records', () => {
    const withRecords = summarise([row('甲', { recordsFiled: 200, recordsValid: 190, recordsLate: 19 }), row('乙', { recordsFiled: 0, recordsValid: 0, recordsLate: 0 })], [], [], Q3);
    expect(withRecords.totals.records).toEqual({ filed: 200, valid: 190, late: 19, complianceRate: 0.95, lateRecordRate: 0.1 });
  });

  it.each([
    ['tracked from before the quarter', '2026-01', { from: '2026-07', partial: false }],
    ['tracked from the first month', '2026-07', { from: '2026-07', partial: false }],
    ['tracked from the last month only', '2026-09', { from: '2026-09', partial: true }],
    ['no tracking start set', null, { from: '2026-07', partial: false }],
  ])('a quarter %s', (_what, trackingStart, expected) => {
    expect(summarise(ROWS, [], [], { ...Q3, trackingStart })).toMatchObject({ ...expected, quarterFrom: '2026-07' });
  });

  it('nothing expected gives a null rate', () => {
    expect(summarise([], [], [], Q3).totals.onTimeRate).toBeNull();
  });
});

describe('the words', () => {
  it.each([
    ['2026-07', '2026-09', '7月至9月'],
    ['2025-12', '2025-12', '12月'],
  ])('monthSpan %s..%s → %s', (from, to, label) => expect(monthSpan(from, to)).toBe(label));

  it.each([
    ['2026-12-02T10:00:00.000+08:00', '2026年12月2日10时'],
    ['2026-10-09T08:05:00.000+08:00', '2026年10月9日8时5分'],
  ])('cutOffLabel %s → %s', (iso, label) => expect(cutOffLabel(iso)).toBe(label));

  it('groups the items by stream (in the order of their first month), months in order', () => {
    expect(itemsLabel(MISSED.slice(2).map(({ unitId: _u, ...i }) => i))).toBe(`${SGS}7月、8月，${XK}9月`);
    expect(itemsLabel([{ streamName: '年度报告', period: '2026', missing: true }])).toBe('年度报告2026年');
  });

  it.each([
    [{ late: 0, missing: 2, daysLate: 0, items: [{ streamName: SGS, period: '2026-07', missing: true }, { streamName: SGS, period: '2026-08', missing: true }] }, `甲逾期未报2件（${SGS}7月、8月）`],
    [{ late: 1, missing: 0, daysLate: 4, items: [{ streamName: XK, period: '2026-09', missing: false }] }, `甲迟报1件（${XK}9月，累计迟报4天）`],
    [{ late: 1, missing: 1, daysLate: 2, items: [{ streamName: XK, period: '2026-09', missing: false }, { streamName: SGS, period: '2026-07', missing: true }] }, `甲逾期未报1件（${SGS}7月），迟报1件（${XK}9月，累计迟报2天）`],
  ])('criticisedLines %#', (c, line) => expect(criticisedLines([{ unitName: '甲', ...c }])).toEqual([line]));

  it('names together the units that missed exactly the same, keeping worst first', () => {
    const missed = (unitName: string, n: number) => ({ unitName, late: 0, missing: n, daysLate: 0, items: [] });
    expect(criticisedLines([missed('甲', 3), missed('乙', 2), missed('丙', 2), missed('丁', 1)])).toEqual(['甲逾期未报3件', '乙、丙各逾期未报2件', '丁逾期未报1件']);
  });
});

describe('draftBody', () => {
  const s = summarise(ROWS, MISSED, [EXPLANATION], Q3);
  const body = draftBody(s, CTX);

  it('states the period, the cut-off, the totals, the table marker, praise and the accepted explanations', () => {
    expect(body).toContain('现将2026年第三季度（7月至9月）各单位信用信息报送情况通报如下（数据截至2026年10月9日10时30分）：');
    expect(body).toContain('本季度共有4个单位应报送信用信息12件，其中按时报送6件，迟报1件，逾期未报4件，因故未报并经说明采纳1件，按时报送率50.0%。');
    expect(body.split('\n')).toContain(RANKING_TABLE_MARKER);
    expect(body).toContain('区编办等1个单位本季度各项信息均按时报送，予以通报表扬。');
    expect(body).toContain('天桥公安分局2026年9月“双公示”信息月度统计（人员变动：原联系人调岗， 新联系人尚未交接）');
  });

  it('criticises worst first, naming the months and streams', () => {
    expect(body).toContain(`区教体局逾期未报3件（${SGS}7月、8月，${XK}9月）；天桥公安分局逾期未报1件（${SGS}7月）；区法院迟报1件（${SGS}8月，累计迟报2天）。以上3个单位`);
  });

  it('never writes a clause of zero', () => {
    expect(body).not.toMatch(/(?<![\d.])0[件条个天]/);
    const clean = draftBody(summarise([row('区编办', { onTime: 3 })], [], [], Q3), CTX);
    expect(clean).toContain('应报送信用信息3件，其中按时报送3件，按时报送率100.0%。');
    expect(clean).not.toMatch(/(?<![\d.])0[件条个天]/);
  });

  it('drafts 存在问题 and 下一步工作要求 from the figures, headings numbered as they come', () => {
    expect(body).toContain('五、存在问题\n一是逾期未报问题仍然存在，2个单位逾期未报4件，其中区教体局逾期未报3件。二是部分单位报送不及时，1个单位迟报1件，累计迟报2天。三是1个单位尚未明确信用信息报送联系人');
    expect(body).toContain('六、下一步工作要求\n1.被通报批评的单位要认真分析原因');
    expect(body).toContain('于每月5日前报送截至上月最后一日的“双公示”等信用信息');
    const clean = draftBody(summarise([row('区编办', { onTime: 3 })], [], [], Q3), CTX);
    expect(clean).toContain('二、通报表扬');
    expect(clean).not.toContain('通报批评');
    expect(clean).not.toContain('存在问题');
    expect(clean).toContain('三、下一步工作要求\n1.各单位要进一步提高认识');
  });

  it('reports the records with 合规率 and 迟报率 where records exist, and their problems', () => {
    const s2 = summarise([row('甲', { onTime: 3, recordsFiled: 200, recordsValid: 190, recordsLate: 19 })], [], [], Q3);
    const text = draftBody(s2, CTX);
    expect(text).toContain('各单位共报送信用信息记录200条，其中通过校验190条、未通过校验10条，合规率95.0%；通过校验的记录中超时限报送19条，迟报率10.0%。');
    expect(problems(s2)).toBe('一是报送质量有待提高，10条记录未通过校验，合规率95.0%。二是19条记录超过规定时限报送，迟报率10.0%。');
    expect(requirements(s2, CTX)[0]).toContain('提高合规率、降低迟报率');
    const perfect = draftBody(summarise([row('甲', { onTime: 3, recordsFiled: 5, recordsValid: 5, recordsLate: 0 })], [], [], Q3), CTX);
    expect(perfect).toContain('各单位共报送信用信息记录5条，均通过校验，合规率100.0%；通过校验的记录均在时限内报送。');
    expect(draftBody(s, CTX)).not.toContain('信用信息记录');
  });

  it('a quarter only partly tracked says which months it holds', () => {
    const dec = summarise(ROWS, [], [], { ...Q3, from: '2025-10', to: '2025-12', trackingStart: '2025-12' });
    const text = draftBody(dec, { ...CTX, year: 2025, quarter: 4 });
    expect(text).toContain('现将2025年第四季度（12月；平台自2025年12月起统计，10月至11月未纳入）');
    expect(text).not.toContain('10月至12月');
  });

  it('cites the plan of the office settings and the monthly due day of the streams', () => {
    expect(body).toContain('根据《召陵区社会信用体系建设实施方案》（召政〔2018〕3号）“每季度通报一次');
    const other = draftBody(s, { ...CTX, plan: { title: '某县社会信用体系建设实施方案' }, dueDay: 10 });
    expect(other).toContain('根据《某县社会信用体系建设实施方案》“每季度通报一次');
    expect(other).toContain('于每月10日前报送');
    expect(draftBody(s, { ...CTX, dueDay: null })).toContain('严格按照实施方案要求，按规定时限报送');
  });

  it('says nothing of praise, criticism or explanations when there are none, and shows a null rate as —', () => {
    const empty = draftBody(summarise([row('区编办', { expected: 0 })], [], [], { ...Q3, from: '2026-01', to: '2026-03' }), { ...CTX, quarter: 1 });
    expect(empty).not.toMatch(/通报表扬|通报批评|未报说明/);
    expect(empty).toContain('本季度各单位没有应报送的信用信息，按时报送率—。');
    expect(empty).not.toMatch(/(?<![\d.])0[件条个天]/);
  });

  it('a correction names the circular it replaces and why', () => {
    const text = draftBody(s, { ...CTX, correction: { number: '召信用办〔2026〕3号', title: circularTitle(2026, 3), reason: '区法院9月报送审核有误' } });
    expect(text).toContain('现对《关于2026年第三季度社会信用信息报送情况的通报》（召信用办〔2026〕3号）予以更正，原通报同时废止。更正原因：区法院9月报送审核有误');
  });
});
