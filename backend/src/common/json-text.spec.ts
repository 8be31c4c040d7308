import { describe, expect, it } from '@jest/globals';
import { JsonRows } from './json-text.ts';

const SEPARATOR = ',\n';
const rows = [{ unitId: 7, unitName: '区法院' }, { unitId: 12, unitName: 'a,\\"b' }, { unitId: 3, unitName: '' }];
const array = `[${rows.map((r) => JSON.stringify(r)).join(SEPARATOR)}]`;

describe('JsonRows', () => {
  it('reads the keys from each row; answers the array, slices and one row', () => {
    const json = JsonRows.ofArray(array, SEPARATOR);
    expect(json.keys).toEqual([7, 12, 3]);
    expect(json.length).toBe(3);
    expect(JSON.parse(json.all().text)).toEqual(rows);
    expect(JSON.parse(json.slice(1, 3).text)).toEqual(rows.slice(1, 3));
    expect(json.slice(1, 3).count).toBe(2);
    expect(JSON.parse(json.slice(2, 99).text)).toEqual([rows[2]]);
    expect(json.slice(3, 5).text).toBe('[]');
    expect(JSON.parse(json.only(12).all().text)).toEqual([rows[1]]);
    expect(json.only(99).length).toBe(0);
    expect(rows.map((_, i) => json.rowText(i))).toEqual(rows.map((r) => JSON.stringify(r)));
  });

  it('an empty array has no rows', () => {
    const empty = JsonRows.ofArray('[]', SEPARATOR);
    expect(empty.length).toBe(0);
    expect(empty.all().text).toBe('[]');
    expect(empty.slice(0, 10).text).toBe('[]');
  });

  it('every computation is another ETag', () => {
    expect(JsonRows.ofArray(array, SEPARATOR).all().etag).not.toBe(JsonRows.ofArray(array, SEPARATOR).all().etag);
  });
});
