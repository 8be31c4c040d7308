// Ranking of units (DESIGN.md §2.4): score desc, onTimeRate desc (null last), missing asc, daysLate asc;
// rows equal on all four share a rank (competition ranking 1, 2, 2, 4) and keep the plan's unit order.

export interface RankableRow {
  sortOrder: number;
  score: number;
  onTimeRate: number | null;
  missing: number;
  daysLate: number;
}

/** Compares the ranking keys only; 0 means the two rows share a rank. */
export function compareRankKeys(a: RankableRow, b: RankableRow): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.onTimeRate !== b.onTimeRate) {
    // A unit with nothing expected (null rate) ranks after any unit with a rate.
    if (a.onTimeRate === null) return 1;
    if (b.onTimeRate === null) return -1;
    return b.onTimeRate - a.onTimeRate;
  }
  if (a.missing !== b.missing) return a.missing - b.missing;
  return a.daysLate - b.daysLate;
}

/** Returns new rows in rank order with their rank; the input is not modified. */
export function rankUnits<T extends RankableRow>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => compareRankKeys(a, b) || a.sortOrder - b.sortOrder);
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compareRankKeys(previous, row) === 0 ? previous.rank : i + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}
