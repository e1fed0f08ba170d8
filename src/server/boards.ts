/**
 * Which boards a mission has, read from its script's speedrun categories (categories.ts)
 * rather than listed here: every full-run category has a board (individual levels and
 * practice do not). A player category is ranked and takes clean runs only (SPEEDRUN.md,
 * Integrity); the autopilot category is its own board, like a tool-assisted category.
 */
import type { MissionScript } from '../mission/schema';
import { categoriesOf } from '../speedrun/categories';
import type { RunRecord } from '../speedrun/record';

export const boardCategories = (script: MissionScript): string[] =>
  categoriesOf(script)
    .list.filter((c) => !c.individualLevel)
    .map((c) => c.id);

export const isBoardCategory = (script: MissionScript, id: string): boolean =>
  boardCategories(script).includes(id);

/** The category a player's board opens on: the script's first player category. */
export const rankedCategory = (script: MissionScript): string =>
  categoriesOf(script).list.find((c) => c.runner === 'player' && !c.individualLevel)?.id ??
  boardCategories(script)[0] ??
  '';

export const difficultiesOf = (script: MissionScript): string[] =>
  categoriesOf(script).difficulty.values.map((v) => v.id);

/** Why a parsed record cannot be ranked on its category's board, or null. */
export function boardProblem(record: RunRecord, script: MissionScript): string | null {
  const category = categoriesOf(script).list.find((c) => c.id === record.run.category);
  if (!category || category.individualLevel)
    return `category '${record.run.category}' has no leaderboard (boards: ${boardCategories(script).join(', ')})`;
  const a = record.assisted;
  const help = [
    a.autopilot && 'autopilot',
    a.resumed && 'resumed',
    a.practice && 'practice',
  ].filter(Boolean);
  if (a.resumed || a.practice || (category.runner === 'player' && a.autopilot))
    return `assisted runs (${help.join(', ')}) are not accepted for category '${category.id}'`;
  if (record.run.startedFrom !== 'start') return 'only runs from the start are ranked';
  if (record.result.status !== 'complete')
    return `the run is ${record.result.status}, not complete`;
  return null;
}
