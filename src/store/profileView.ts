/**
 * What the interface shows of the captains: the active captain with rank, accolades and
 * totals, and the mission journal. Pure: built from the saved profile, the script, and where
 * the current run stands.
 */
import { rewardFor } from '../mission/rewards';
import type { MissionScript } from '../mission/schema';
import { formatIgt } from '../session/igt';
import type { NoticeView, ProfileView } from './hud';
import {
  accoladeProgress,
  accoladeScore,
  type Captain,
  isReplay,
  missionAvailable,
  own,
  type ProfileData,
  rankFor,
} from './profile';

export interface RunFacts {
  status: 'offered' | 'active' | 'failed' | 'complete';
  stepTitle: string | null;
}

export const REPLAY_REASON = 'Mission Replay: reduced rewards';
export const FIRST_REASON = 'First completion: full rewards';

export function rewardReason(kind: 'first-completion' | 'replay'): string {
  return kind === 'replay' ? REPLAY_REASON : FIRST_REASON;
}

export function buildProfileView(
  data: ProfileData,
  captain: Captain,
  isGuest: boolean,
  script: MissionScript,
  run: RunFacts,
  notices: NoticeView[],
  importError: string | null,
): ProfileView {
  const summary = (c: Captain) => ({
    id: c.id,
    name: c.name,
    level: c.level,
    rank: rankFor(c.level),
  });
  const record = own(captain.missions, script.id);
  const replay = isReplay(captain, script.id);
  const row = rewardFor(
    replay ? script.rewards.replay : script.rewards.firstCompletion,
    captain.level,
  );
  const underway = run.status === 'active' || run.status === 'failed';
  const state = underway
    ? 'in-progress'
    : record
      ? 'completed'
      : missionAvailable(captain, script)
        ? 'available'
        : 'locked';
  return {
    captains: data.captains.map(summary),
    active: {
      ...summary(captain),
      accoladeScore: accoladeScore(captain, script.accolades),
      accolades: accoladeProgress(captain, script.accolades),
      sp: captain.sp,
      exp: captain.exp,
      items: captain.items.map((i) => ({
        mark: i.mark,
        kind: i.kind,
        missionTitle: i.missionId === script.id ? script.title : i.missionId,
      })),
      checkpoint:
        isGuest || !captain.run
          ? null
          : { stepTitle: captain.run.stepTitle, savedAt: captain.run.savedAt },
      guest: isGuest,
    },
    journal: [
      {
        id: script.id,
        title: script.title,
        state,
        summary: script.briefing.summary,
        historical: script.historical
          ? `${script.historical.note} (removed ${script.historical.removedOn}).`
          : '',
        prerequisites: script.prerequisites.map((p) => ({
          title: p.title,
          done: captain.prerequisitesDone.includes(p.id),
        })),
        levelRange: `${script.levelRange.min}–${script.levelRange.max}`,
        completions: record?.completions ?? 0,
        bestIgt: record ? formatIgt(record.bestIgtTicks) : null,
        currentStep: underway ? run.stepTitle : null,
        nextReward: row
          ? {
              reason: rewardReason(replay ? 'replay' : 'first-completion'),
              sp: row.sp,
              exp: row.exp,
              mark: row.mark,
            }
          : null,
      },
    ],
    notices,
    importError,
  };
}
