import { queueBotCommands } from '../../src/session/autopilot';
import { Session } from '../../src/session/Session';
import type { Difficulty } from '../../src/sim/balance';
import { missionHash, type RunRecord } from '../../src/speedrun/record';
import { RunRecorder } from '../../src/speedrun/recorder';
import type { GameEnv } from '../../src/speedrun/verify';
import { geometry, script } from '../sim/simHelpers';

export const env: GameEnv = { script, geometry, missionHash: missionHash(script, geometry) };

const cache = new Map<string, { record: RunRecord; session: Session }>();

/** The bot's whole run for a seed, as a record (cached: a full run takes a moment). */
export function botRecord(
  seed: number,
  difficulty: Difficulty = 'normal',
  maxTicks = 60 * 60 * 30,
) {
  const key = `${seed}/${difficulty}/${maxTicks}`;
  const hit = cache.get(key);
  if (hit) return { record: structuredClone(hit.record), session: hit.session };
  const session = new Session({ script, geometry, seed, difficulty });
  const recorder = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: '2026-12-02T10:00:00.000Z',
    runner: 'autopilot',
  });
  recorder.autopilot = true;
  while (session.mission.status !== 'complete' && session.tick < maxTicks) {
    queueBotCommands(session);
    session.step();
    recorder.afterTick(session);
  }
  const record = recorder.finish(
    session,
    session.mission.status === 'complete' ? 'complete' : 'reset',
  );
  cache.set(key, { record, session });
  return { record: structuredClone(record), session };
}
