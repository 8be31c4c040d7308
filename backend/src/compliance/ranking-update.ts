// A cached ranking brought up to date after a change to a few units (issue 16): their rows, recomputed by the
// database (ranking.sql.ts unrankedRowsSql), take their places among the others, which keep theirs and their
// text. The order and the ranks are those of rankedRowsSql (domain/ranking.ts compareRankKeys, then the plan's
// unit order, then the unit id); e2e/ranking-update holds an updated ranking to one computed whole.
import type { JsonRows } from '../common/json-text.ts';
import { compareRankKeys, type RankableRow } from '../domain/ranking.ts';

/** What places a row: the keys of compareRankKeys, then the plan's unit order. */
export interface RankPlace extends RankableRow {
  unitId: number;
}

/** A recomputed row: its place, and its JSON up to the rank's value (`{…,"rank":`). */
export interface UnrankedRow extends RankPlace {
  head: string;
}

/** A cached ranking: its JSON rows in rank order, and (once an update needed them) each row's place. */
export interface CachedRanking {
  rows: JsonRows;
  places: RankPlace[] | null;
}

const RANK_MEMBER = '"rank":';

/** The total order of rankedRowsSql's ORDER BY. */
export function compareRankPlaces(a: RankPlace, b: RankPlace): number {
  return compareRankKeys(a, b) || a.sortOrder - b.sortOrder || a.unitId - b.unitId;
}

/**
 * The places of a ranking's rows, read back from its JSON (the numbers are the shortest text of each double,
 * so they read back the same) and the units' plan order; null when a unit has none (it is gone).
 */
export function placesOf(rows: JsonRows, sortOrders: ReadonlyMap<number, number>): RankPlace[] | null {
  const places: RankPlace[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows.rowText(i);
    // The members in the order rankedRowsSql writes them; a key's raw `"key":` is never inside a string.
    let at = 0;
    const next = (key: string) => {
      const from = row.indexOf(`"${key}":`, at) + key.length + 3;
      at = row.indexOf(',', from);
      const text = row.slice(from, at);
      return text === 'null' ? null : Number(text);
    };
    const unitId = rows.keys[i]!;
    const [missing, daysLate, onTimeRate, score] = [next('missing'), next('daysLate'), next('onTimeRate'), next('score')];
    const sortOrder = sortOrders.get(unitId);
    if (sortOrder === undefined) return null;
    places.push({ unitId, sortOrder, score: score!, onTimeRate, missing: missing!, daysLate: daysLate! });
  }
  return places;
}

/**
 * The ranking with the rows of the units in `changed` replaced by `fresh` (a unit of `changed` without a fresh
 * row leaves it): the JSON array text in the new rank order, with competition ranks, and the rows' places.
 */
export function updatedRanking(previous: JsonRows, places: readonly RankPlace[], changed: ReadonlySet<number>, fresh: readonly UnrankedRow[]) {
  const kept: number[] = [];
  for (let i = 0; i < places.length; i++) if (!changed.has(places[i]!.unitId)) kept.push(i);
  const added = [...fresh].sort(compareRankPlaces);
  const order: (number | UnrankedRow)[] = [];
  for (let i = 0, j = 0; i < kept.length || j < added.length; ) {
    const takeKept = j >= added.length || (i < kept.length && compareRankPlaces(places[kept[i]!]!, added[j]!) <= 0);
    order.push(takeKept ? kept[i++]! : added[j++]!);
  }
  const parts: string[] = new Array(order.length);
  const newPlaces: RankPlace[] = new Array(order.length);
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const o = order[k]!;
    const place = typeof o === 'number' ? places[o]! : o;
    if (k === 0 || compareRankKeys(newPlaces[k - 1]!, place) !== 0) rank = k + 1;
    // A fresh row's place without its head: the text lives in the rows, not twice in the entry.
    newPlaces[k] = typeof o === 'number' ? place : { unitId: o.unitId, sortOrder: o.sortOrder, score: o.score, onTimeRate: o.onTimeRate, missing: o.missing, daysLate: o.daysLate };
    parts[k] = `${typeof o === 'number' ? headOf(previous.rowText(o)) : o.head}${rank}}`;
  }
  return { text: `[${parts.join(previous.separator)}]`, places: newPlaces };
}

/** A ranked row's JSON up to its rank's value: the rank is its last member, and no string holds `"rank":` raw. */
function headOf(row: string): string {
  return row.slice(0, row.lastIndexOf(RANK_MEMBER) + RANK_MEMBER.length);
}
