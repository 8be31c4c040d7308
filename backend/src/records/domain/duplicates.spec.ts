import { describe, expect, it } from '@jest/globals';
import { createDuplicateTracker, duplicateIssue, duplicateKey, findDuplicates } from './duplicates.ts';
import type { RecordValues } from './kinds.ts';

const cf = (documentNumber: string, subjectName: string): RecordValues => ({ documentNumber, subjectName, creditCode: null });

describe('duplicateKey', () => {
  it('is the kind, the document number and the 相对人 name, as people type them', () => {
    expect(duplicateKey('CF_LEGAL', cf('召市监罚〔2026〕31号', '恒达商贸有限公司'))).toBe('CF_LEGAL|召市监罚(2026)31号|恒达商贸有限公司');
    for (const variant of ['召市监罚[2026]31号', '召市监罚（2026）31号', ' 召市监罚【2026】 31号', '召市监罚(2026)31号']) {
      expect(duplicateKey('CF_LEGAL', cf(variant, '恒达商贸有限公司 '))).toBe('CF_LEGAL|召市监罚(2026)31号|恒达商贸有限公司');
    }
    expect(duplicateKey('HHB', cf('a', '（召陵）公司'))).toBe(duplicateKey('HHB', cf('A', '(召陵)公司')));
  });

  it('differs by kind, document number and 相对人', () => {
    const keys = [
      duplicateKey('CF_LEGAL', cf('1号', '甲')),
      duplicateKey('CF_NATURAL', cf('1号', '甲')),
      duplicateKey('CF_LEGAL', cf('2号', '甲')),
      duplicateKey('CF_LEGAL', cf('1号', '乙')),
    ];
    expect(new Set(keys).size).toBe(4);
  });

  it('信用代码: the code, the 赋码类型 and the 赋码日期', () => {
    const r = { creditCode: '12411104415000123J', assignmentType: '新赋码', decisionDate: '2026-09-03' };
    expect(duplicateKey('XYDM', r)).toBe('XYDM|12411104415000123J|新赋码|2026-09-03');
    expect(duplicateKey('XYDM', { ...r, assignmentType: '纠错' })).not.toBe(duplicateKey('XYDM', r));
  });

  it('is null without its parts', () => {
    expect(duplicateKey('CF_LEGAL', cf('', '甲'))).toBeNull();
    expect(duplicateKey('XK_NATURAL', { documentNumber: '1号', subjectName: null })).toBeNull();
    expect(duplicateKey('XYDM', { creditCode: 'X', assignmentType: '新赋码' })).toBeNull();
  });
});

describe('duplicates within a batch', () => {
  it('flags every repeat with the index of the first occurrence; records with errors are skipped', () => {
    const records = [cf('1号', '甲'), cf('2号', '甲'), null, cf('1号', ' 甲'), cf('1号', '乙'), cf('1号', '甲'), cf('', '')];
    expect(findDuplicates('CF_LEGAL', records)).toEqual([null, null, null, 0, null, 0, null]);
  });

  it('tracks a stream by spreadsheet row, per kind', () => {
    const tracker = createDuplicateTracker();
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 2)).toBeNull();
    expect(tracker.see('XK_NATURAL', cf('1号', '甲'), 3)).toBeNull();
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 7)).toBe(2);
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 9)).toBe(2);
  });

  it('takes a key computed already, the same as the record (a null key is never a duplicate)', () => {
    const tracker = createDuplicateTracker();
    expect(tracker.seeKey(duplicateKey('XK_LEGAL', cf('1号', '甲')), 2)).toBeNull();
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 5)).toBe(2);
    expect(tracker.seeKey(duplicateKey('XK_LEGAL', cf('1号', '甲')), 7)).toBe(2);
    expect(tracker.seeKey(null, 8)).toBeNull();
    expect(tracker.seeKey(null, 9)).toBeNull();
  });

  it('starts from the first rows of keys seen earlier (the batches already stored), which it does not change', () => {
    const earlier = new Map([[duplicateKey('XK_LEGAL', cf('1号', '甲'))!, 4]]);
    const tracker = createDuplicateTracker(earlier);
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 1002)).toBe(4);
    expect(tracker.see('XK_LEGAL', cf('1号', '甲'), 1003)).toBe(4);
    expect(tracker.see('XK_LEGAL', cf('2号', '甲'), 1004)).toBeNull();
    expect(tracker.see('XK_LEGAL', cf('2号', '甲'), 1005)).toBe(1004);
    expect([...earlier]).toEqual([[duplicateKey('XK_LEGAL', cf('1号', '甲')), 4]]);
  });
});

describe('duplicateIssue', () => {
  it.each([
    ['CF_LEGAL', 12, { field: 'documentNumber', column: '行政处罚决定书文号', message: '重复记录：行政相对人名称及行政处罚决定书文号与本文件第 12 行相同' }],
    ['XK_NATURAL', null, { field: 'documentNumber', column: '行政许可决定文书号', message: '重复报送：行政相对人名称及行政许可决定文书号相同的记录已在本单位已接收的记录中' }],
    ['HHB', 3, { field: 'documentNumber', column: '认定文号', message: '重复记录：主体名称及认定文号与本文件第 3 行相同' }],
    ['XYDM', null, { field: 'creditCode', column: '统一社会信用代码', message: '重复报送：统一社会信用代码、赋码类型及赋码日期相同的记录已在本单位已接收的记录中' }],
  ] as const)('%s, first row %j', (kind, row, issue) => {
    expect(duplicateIssue(kind, row)).toEqual(issue);
  });
});
