import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORING_RULES } from '../domain/score.ts';
import {
  bodyBlocks,
  circularNumber,
  circularTitle,
  draftBody,
  issuedOnLabel,
  RANKING_TABLE_MARKER,
  type RankedRow,
  summarise,
} from './circular-text.ts';

const row = (unitName: string, counts: Partial<RankedRow>): RankedRow => ({
  rank: 1,
  unitId: 1,
  unitName,
  sortOrder: 1,
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

const ROWS = [
  row('区编办', { onTime: 3 }),
  row('区法院', { onTime: 2, late: 1, daysLate: 2 }),
  row('天桥公安分局', { onTime: 1, missing: 1, excused: 1 }),
  row('召陵公安分局', { expected: 0 }),
  row('区教体局', { missing: 3 }),
];
const EXPLANATION = { unitName: '天桥公安分局', streamName: '“双公示”信息月度统计', period: '2026-09', category: 'STAFF_CHANGE', text: '原联系人调岗，\n新联系人尚未交接。' };

describe('summarise', () => {
  const s = summarise(ROWS, [EXPLANATION], { from: '2026-07', to: '2026-09' }, DEFAULT_SCORING_RULES);

  it('adds up the quarter over the units that owed something', () => {
    expect(s.totals).toEqual({ units: 4, expected: 12, onTime: 6, late: 1, missing: 4, excused: 1, inReview: 0, daysLate: 2, onTimeRate: 0.5 });
  });

  it('praises only units with every report on time, and never a unit that owed nothing', () => {
    expect(s.praised).toEqual(['区编办']);
  });

  it('criticises units late or missing, with their counts', () => {
    expect(s.criticised).toEqual([
      { unitName: '区法院', late: 1, missing: 0, daysLate: 2 },
      { unitName: '天桥公安分局', late: 0, missing: 1, daysLate: 0 },
      { unitName: '区教体局', late: 0, missing: 3, daysLate: 0 },
    ]);
  });

  it('nothing expected gives a null rate', () => {
    expect(summarise([], [], { from: '2026-07', to: '2026-09' }, DEFAULT_SCORING_RULES).totals.onTimeRate).toBeNull();
  });
});

describe('draftBody', () => {
  const s = summarise(ROWS, [EXPLANATION], { from: '2026-07', to: '2026-09' }, DEFAULT_SCORING_RULES);
  const plan = { title: '召陵区社会信用体系建设实施方案', number: '召政〔2018〕3号' };
  const body = draftBody(s, { year: 2026, quarter: 3, plan, dueDay: 5 });

  it('writes the totals, the table marker, praise, criticism and the accepted explanations', () => {
    expect(body).toContain('现将2026年第三季度（7月至9月）各单位信用信息报送情况通报如下');
    expect(body).toContain('本季度共有4个单位应报送信用信息12件，其中按时报送6件，迟报1件，逾期未报4件，因故未报并经说明采纳1件，尚在审核0件，按时报送率50.0%');
    expect(body.split('\n')).toContain(RANKING_TABLE_MARKER);
    expect(body).toContain('区编办等1个单位本季度各项信息均按时报送，予以通报表扬。');
    expect(body).toContain('区法院（迟报1件）；天桥公安分局（逾期未报1件）；区教体局（逾期未报3件）。以上3个单位');
    expect(body).toContain('天桥公安分局2026年9月“双公示”信息月度统计（人员变动：原联系人调岗， 新联系人尚未交接）');
  });

  it('cites the plan of the office settings and the monthly due day of the streams', () => {
    expect(body).toContain('根据《召陵区社会信用体系建设实施方案》（召政〔2018〕3号）“每季度通报一次');
    expect(body).toContain('于每月5日前报送截至上月最后一日的“双公示”等信用信息');
    const other = draftBody(s, { year: 2026, quarter: 3, plan: { title: '某县社会信用体系建设实施方案' }, dueDay: 10 });
    expect(other).toContain('根据《某县社会信用体系建设实施方案》“每季度通报一次');
    expect(other).toContain('于每月10日前报送');
    expect(draftBody(s, { year: 2026, quarter: 3, plan, dueDay: null })).toContain('严格按照实施方案要求，按规定时限报送');
  });

  it('says so when nobody is praised, criticised or excused', () => {
    const empty = draftBody(summarise([row('区编办', { expected: 0 })], [], { from: '2026-01', to: '2026-03' }, DEFAULT_SCORING_RULES), { year: 2026, quarter: 1, plan, dueDay: 5 });
    expect(empty).toContain('本季度没有各项信息均按时报送的单位。');
    expect(empty).toContain('本季度没有迟报或逾期未报的单位。');
    expect(empty).toContain('本季度没有经审核采纳的未报说明。');
    expect(empty).toContain('按时报送率—');
  });

  it('a correction names the circular it replaces and why', () => {
    const text = draftBody(s, { year: 2026, quarter: 3, plan, dueDay: 5, correction: { number: '召信用办〔2026〕3号', title: circularTitle(2026, 3), reason: '区法院9月报送审核有误' } });
    expect(text).toContain('现对《关于2026年第三季度社会信用信息报送情况的通报》（召信用办〔2026〕3号）予以更正，原通报同时废止。更正原因：区法院9月报送审核有误');
  });
});

describe('bodyBlocks', () => {
  it('lays out the addressee, headings, paragraphs and the table where the marker is', () => {
    expect(bodyBlocks(`各成员单位：\n\n正文一\n一、总体情况\n${RANKING_TABLE_MARKER}\n正文二`)).toEqual([
      { kind: 'addressee', text: '各成员单位：' },
      { kind: 'paragraph', text: '正文一' },
      { kind: 'heading1', text: '一、总体情况' },
      { kind: 'table' },
      { kind: 'paragraph', text: '正文二' },
    ]);
  });

  it('has no table when the marker was edited away, places it once only, and knows （一） headings', () => {
    expect(bodyBlocks('正文').map((b) => b.kind)).toEqual(['paragraph']);
    expect(bodyBlocks('（一）按时报送情况').map((b) => b.kind)).toEqual(['heading2']);
    expect(bodyBlocks(`${RANKING_TABLE_MARKER}\n正文\n${RANKING_TABLE_MARKER}`).map((b) => b.kind)).toEqual(['table', 'paragraph']);
  });
});

describe('numbers, titles and dates', () => {
  it('formats the number as 召信用办〔2026〕3号', () => {
    expect(circularNumber('召信用办', 2026, 3)).toBe('召信用办〔2026〕3号');
  });

  it('titles the circular by its quarter', () => {
    expect(circularTitle(2026, 3)).toBe('关于2026年第三季度社会信用信息报送情况的通报');
  });

  it('writes the issue date without leading zeros, or a blank for a draft', () => {
    expect(issuedOnLabel('2026-10-09')).toBe('2026年10月9日');
    expect(issuedOnLabel(null)).toBe('　　年　月　日');
  });
});
