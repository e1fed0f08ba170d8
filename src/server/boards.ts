/**
 * Which categories have a leaderboard, read from the speedrun layer's `categoryFor` rather
 * than listed here: a clean run's category is ranked and takes clean runs only (SPEEDRUN.md,
 * Integrity); the autopilot category is its own board, like a TAS category. A resumed or
 * practice run is kept by the game but never ranked.
 */
import { categoryFor } from '../speedrun/categories';
import type { RunRecord } from '../speedrun/record';

const CLEAN = { autopilot: false, resumed: false, practice: false };

export const RANKED_CATEGORY = categoryFor(CLEAN);
export const BOARD_CATEGORIES: readonly string[] = [
  ...new Set([RANKED_CATEGORY, categoryFor({ ...CLEAN, autopilot: true })]),
];

export const isBoardCategory = (id: string): boolean => BOARD_CATEGORIES.includes(id);

/** Why a parsed record cannot be ranked on its category's board, or null. */
export function boardProblem(record: RunRecord): string | null {
  const category = record.run.category;
  if (!isBoardCategory(category))
    return `category '${category}' has no leaderboard (boards: ${BOARD_CATEGORIES.join(', ')})`;
  const a = record.assisted;
  if (a.resumed || a.practice || (category === RANKED_CATEGORY && a.autopilot))
    return `assisted runs (${[a.autopilot && 'autopilot', a.resumed && 'resumed', a.practice && 'practice'].filter(Boolean).join(', ')}) are not accepted for category '${category}'`;
  if (record.run.startedFrom !== 'start') return 'only runs from the start are ranked';
  if (record.result.status !== 'complete')
    return `the run is ${record.result.status}, not complete`;
  return null;
}
