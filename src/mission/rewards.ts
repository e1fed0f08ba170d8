import type { DeepReadonly, RewardRow } from './schema';

/** The row of a reward table that covers `level`, if any. */
export function rewardFor(
  rows: readonly DeepReadonly<RewardRow>[],
  level: number,
): DeepReadonly<RewardRow> | undefined {
  return rows.find((r) => r.minLevel <= level && level <= r.maxLevel);
}
