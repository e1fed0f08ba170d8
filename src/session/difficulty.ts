/**
 * The difficulties a run can be played on, with the names the interface shows. Kept apart from
 * `facts.ts` (which reads whole sessions) so the title can offer them without the simulation.
 */
import { DIFFICULTIES, DIFFICULTY, type Difficulty } from '../sim/balance';

export type { Difficulty };
/** The difficulties a run can be played on, in order, with the names the interface shows. */
export const DIFFICULTY_CHOICES: readonly { id: Difficulty; label: string }[] = DIFFICULTIES.map(
  (id) => ({ id, label: DIFFICULTY[id].label }),
);
export const difficultyLabel = (d: Difficulty): string => DIFFICULTY[d]?.label ?? d;
