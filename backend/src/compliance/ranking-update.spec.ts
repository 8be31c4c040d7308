import { describe, expect, it } from '@jest/globals';
import { JsonRows } from '../common/json-text.ts';
import { rankUnits } from '../domain/ranking.ts';
import { placesOf, type RankPlace, type UnrankedRow, updatedRanking } from './ranking-update.ts';

const SEPARATOR = ',\n';

interface Unit extends RankPlace {
  name: string;
}

const unit = (unitId: number, score: number, onTimeRate: number | null = 1, missing = 0, daysLate = 0, sortOrder = unitId): Unit => ({
  unitId, name: `单位"${unitId}"`, sortOrder, score, onTimeRate, missing, daysLate,
});

/** A row as rankedRowsSql writes it (some of its members, in its order): the unit id first, the rank last. */
const rowJson = (u: Unit, rank: number) =>
  JSON.stringify({ unitId: u.unitId, unitName: u.name, missing: u.missing, daysLate: u.daysLate, onTimeRate: u.onTimeRate, score: u.score, rank });

/** The reference: the domain's ranking of all the units (ties in the plan's order, then by unit id). */
function rankedWhole(units: Unit[]): string {
  const ranked = rankUnits([...units].sort((a, b) => a.unitId - b.unitId));
  return `[${ranked.map((u) => rowJson(u, u.rank)).join(SEPARATOR)}]`;
}

const unranked = (u: Unit): UnrankedRow => {
  const row = rowJson(u, 0);
  return { ...u, head: row.slice(0, row.lastIndexOf('"rank":') + 7) };
};

/** Ranks `before` whole, updates it with `after`'s rows of the units in `changed`, and ranks `after` whole. */
function update(before: Unit[], after: Unit[], changed: number[]) {
  const rows = JsonRows.ofArray(rankedWhole(before), SEPARATOR);
  const places = placesOf(rows, new Map(before.map((u) => [u.unitId, u.sortOrder])))!;
  const fresh = after.filter((u) => changed.includes(u.unitId)).map(unranked);
  const updated = updatedRanking(rows, places, new Set(changed), fresh);
  return { updated, whole: rankedWhole(after) };
}

const base = [unit(1, 100), unit(2, 98, 0.9), unit(3, 98, 0.9), unit(4, 95, 0.5, 2, 3), unit(5, 100, null), unit(6, 90, 0.25, 3, 10)];
const replace = (units: Unit[], ...by: Unit[]) => [...units.filter((u) => !by.some((b) => b.unitId === u.unitId)), ...by];

describe('updatedRanking: a ranking updated after a change equals the ranking computed whole', () => {
  it.each<[string, Unit[], number[]]>([
    ['nothing changed in the rows named', base, [3]],
    ['a unit falls to the bottom', replace(base, unit(1, 80, 0.1, 4, 20)), [1]],
    ['a unit rises to the top', replace(base, unit(6, 100, 1)), [6]],
    ['a unit joins its peers and ranks among them by the plan order', replace(base, unit(4, 98, 0.9, 0, 0, 2.5)), [4]],
    ['peers split: one of two tied units moves', replace(base, unit(2, 98, 0.8)), [2]],
    ['the plan order changes among peers', replace(base, unit(3, 98, 0.9, 0, 0, 0)), [3]],
    ['a unit without anything expected (null rate) ranks after those with one', replace(base, unit(2, 100, null)), [2]],
    ['a new unit appears', [...base, unit(7, 97, 0.75)], [7]],
    ['a unit leaves (no row for it any more)', base.filter((u) => u.unitId !== 4), [4]],
    ['several units at once', replace(base, unit(1, 90, 0.25, 3, 10), unit(5, 99), unit(6, 101)), [1, 5, 6]],
    ['every unit', base.map((u) => ({ ...u, score: 200 - u.score })), base.map((u) => u.unitId)],
  ])('%s', (_, after, changed) => {
    const { updated, whole } = update(base, after, changed);
    expect(updated.text).toBe(whole);
    // The places it returns are those of its rows, for the next update.
    const rows = JsonRows.ofArray(updated.text, SEPARATOR);
    expect(updated.places).toEqual(placesOf(rows, new Map(after.map((u) => [u.unitId, u.sortOrder]))));
  });

  it('the first and the only unit', () => {
    expect(update([], [unit(1, 100)], [1]).updated.text).toBe(rankedWhole([unit(1, 100)]));
    expect(update([unit(1, 100)], [], [1]).updated.text).toBe('[]');
  });

  it('holds over a thousand random updates, each on the last', () => {
    let seed = 16;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    // Few values, so that peers (and peers in the plan order too) are common.
    const draw = (unitId: number): Unit => unit(unitId, 99 + random(2), random(4) === 0 ? null : random(2) / 2, random(2), random(2), random(3));
    let units = Array.from({ length: 40 }, (_, i) => draw(i + 1));
    let rows = JsonRows.ofArray(rankedWhole(units), SEPARATOR);
    let places = placesOf(rows, new Map(units.map((u) => [u.unitId, u.sortOrder])))!;
    for (let round = 0; round < 1000; round++) {
      const changed = [...new Set(Array.from({ length: 1 + random(3) }, () => 1 + random(45)))];
      const fresh = changed.filter(() => random(8) !== 0).map(draw);
      units = [...units.filter((u) => !changed.includes(u.unitId)), ...fresh];
      const updated = updatedRanking(rows, places, new Set(changed), fresh.map(unranked));
      expect(updated.text).toBe(rankedWhole(units));
      rows = JsonRows.ofArray(updated.text, SEPARATOR);
      places = updated.places;
    }
  });
});

describe('placesOf', () => {
  it('reads each row back with the plan order; none for a unit the plan no longer has', () => {
    const rows = JsonRows.ofArray(rankedWhole(base), SEPARATOR);
    const order = new Map(base.map((u) => [u.unitId, u.sortOrder]));
    expect(placesOf(rows, order)).toEqual(rankUnits([...base]).map(({ name: _, rank: __, ...place }) => place));
    order.delete(4);
    expect(placesOf(rows, order)).toBeNull();
  });
});
