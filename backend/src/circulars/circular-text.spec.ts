import { describe, expect, it } from '@jest/globals';
import { bodyBlocks, circularNumber, circularTitle, issuedOnLabel, RANKING_TABLE_MARKER } from './circular-text.ts';

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
