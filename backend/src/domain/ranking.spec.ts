import { describe, expect, it } from '@jest/globals';
import { rankUnits, type RankableRow } from './ranking.ts';

type Row = RankableRow & { name: string };
/** [name, sortOrder, score, onTimeRate, missing, daysLate] */
type Spec = [string, number, number, number | null, number, number];
const rows = (...specs: Spec[]): Row[] =>
  specs.map(([name, sortOrder, score, onTimeRate, missing, daysLate]) => ({
    name,
    sortOrder,
    score,
    onTimeRate,
    missing,
    daysLate,
  }));
const ranks = (rs: Row[]): [string, number][] => rankUnits(rs).map((r) => [r.name, r.rank]);

describe('rankUnits', () => {
  it.each<[string, Row[], [string, number][]]>([
    ['empty', [], []],
    ['one unit', rows(['A', 1, 100, 1, 0, 0]), [['A', 1]]],
    [
      'score decides first',
      rows(['A', 1, 98, 1, 0, 0], ['B', 2, 99.5, 0, 3, 9], ['C', 3, 100, null, 0, 0]),
      [['C', 1], ['B', 2], ['A', 3]],
    ],
    [
      'equal score: higher onTimeRate first',
      rows(['A', 1, 99, 0.5, 0, 0], ['B', 2, 99, 0.75, 1, 5]),
      [['B', 1], ['A', 2]],
    ],
    [
      'equal score: null onTimeRate after any number, even 0',
      rows(['A', 1, 100, null, 0, 0], ['B', 2, 100, 0, 0, 0]),
      [['B', 1], ['A', 2]],
    ],
    [
      'equal score and rate: fewer missing first',
      rows(['A', 1, 99, 0.5, 2, 0], ['B', 2, 99, 0.5, 1, 10]),
      [['B', 1], ['A', 2]],
    ],
    [
      'equal score, rate and missing: fewer days late first',
      rows(['A', 1, 99, 0.5, 1, 7], ['B', 2, 99, 0.5, 1, 3]),
      [['B', 1], ['A', 2]],
    ],
    [
      'equal on all four: shared rank, competition numbering, plan order',
      rows(
        ['D', 4, 99, 0.5, 1, 3],
        ['A', 1, 100, 1, 0, 0],
        ['C', 3, 99, 0.5, 1, 3],
        ['B', 2, 99, 0.5, 1, 3],
        ['E', 5, 98, 0.25, 2, 5],
      ),
      [['A', 1], ['B', 2], ['C', 2], ['D', 2], ['E', 5]],
    ],
    [
      'all null rates tie with each other',
      rows(['B', 2, 100, null, 0, 0], ['A', 1, 100, null, 0, 0]),
      [['A', 1], ['B', 1]],
    ],
    [
      'ties at the top and bottom',
      rows(['A', 1, 100, 1, 0, 0], ['B', 2, 100, 1, 0, 0], ['C', 3, 97, 0, 3, 0], ['D', 4, 97, 0, 3, 0]),
      [['A', 1], ['B', 1], ['C', 3], ['D', 3]],
    ],
    [
      'rates from different denominators that are equal tie (2/3 = 4/6)',
      rows(['A', 1, 99, 4 / 6, 0, 0], ['B', 2, 99, 2 / 3, 0, 0]),
      [['A', 1], ['B', 1]],
    ],
    [
      'sortOrder only orders within a tie, never breaks it',
      rows(['Z', 1, 99, 0.5, 0, 1], ['Y', 2, 99, 0.5, 0, 0]),
      [['Y', 1], ['Z', 2]],
    ],
  ])('%s', (_name, input, expected) => {
    expect(ranks(input)).toEqual(expected);
  });

  it('keeps every field and does not modify its input', () => {
    const input = rows(['B', 2, 99, 0.5, 0, 0], ['A', 1, 100, 1, 0, 0]);
    const copy = structuredClone(input);
    const out = rankUnits(input);
    expect(input).toEqual(copy);
    expect(out[0]).toEqual({ ...copy[1], rank: 1 });
    expect(out[1]).toEqual({ ...copy[0], rank: 2 });
  });
});
