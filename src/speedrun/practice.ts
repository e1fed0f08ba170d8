/**
 * Practice: start any step of the mission from its start state (SPEEDRUN.md, Features 8).
 *
 * A step's start state is the session as it stands right after the tick in which the step
 * started afresh (not a restart after a failure), in a run the bot plays from the accept with
 * the same run parameters. The bot is deterministic, so the same parameters always give the
 * same state: it is made on demand and cached (one bot run gives the start state of every step
 * it reaches, and all of them are kept). The cache is injectable, so the browser can keep the
 * states in IndexedDB and the tools in memory.
 *
 * A practice run is timed per step (an individual level): from its start tick to the tick the
 * step's last objective completes. Practice never touches full-run personal bests.
 */
import type { MissionScript } from '../mission/schema';
import { botCommandsFor } from '../session/autopilot';
import { Session, type SessionSnapshot } from '../session/Session';
import { type Difficulty, SIM_VERSION } from '../sim/balance';
import type { RunRecord } from './recordFormat';
import type { GameEnv } from './verify';

/** What a practice start depends on, besides the mission (its hash) and the simulation. */
export interface PracticeParams {
  seed: number;
  difficulty: Difficulty;
  captainLevel: number;
  missionReplay: boolean;
}

/** The bot's run to a step gives up after this many ticks (an hour of game time). */
export const PRACTICE_MAX_TICKS = 60 * 60 * 60;

/** Start states of steps, by cache key (see `practiceKey`). */
export interface PracticeCache {
  get(key: string): SessionSnapshot | undefined;
  set(key: string, snapshot: SessionSnapshot): void;
}

export class MemoryPracticeCache implements PracticeCache {
  readonly data = new Map<string, SessionSnapshot>();
  get(key: string) {
    return this.data.get(key);
  }
  set(key: string, snapshot: SessionSnapshot) {
    this.data.set(key, snapshot);
  }
}

/** The ids of the steps one can practise, in mission order. */
export const practiceStepIds = (script: MissionScript): string[] => script.steps.map((s) => s.id);

/** The refusal for an id that names no step: it lists the ones that do. */
export function unknownStepMessage(script: MissionScript, stepId: string): string {
  return `there is no step '${stepId}' in mission '${script.id}'; the steps are ${practiceStepIds(script).join(', ')}`;
}

/** The cache key of one step's start state: everything the state depends on. */
export function practiceKey(env: GameEnv, params: PracticeParams, stepId: string): string {
  const { seed, difficulty, captainLevel, missionReplay } = params;
  return [
    `sim${SIM_VERSION}`,
    env.script.id,
    env.missionHash,
    seed,
    difficulty,
    captainLevel,
    missionReplay ? 'replay' : 'first',
    stepId,
  ].join('/');
}

/** A session before the accept, set up with the run's parameters. */
function freshSession(env: GameEnv, params: PracticeParams): Session {
  return new Session({
    script: env.script,
    geometry: env.geometry,
    seed: params.seed,
    difficulty: params.difficulty,
    captainLevel: params.captainLevel,
    replay: params.missionReplay,
  });
}

export type PracticeStart =
  | { ok: true; snapshot: SessionSnapshot; cached: boolean }
  | { ok: false; reason: string };

/**
 * The start state of `stepId` for these run parameters: from the cache, or made by a headless
 * bot run (whose other step starts on the way are cached too). Never throws.
 */
export function practiceStart(
  env: GameEnv,
  params: PracticeParams,
  stepId: string,
  cache: PracticeCache,
  maxTicks = PRACTICE_MAX_TICKS,
): PracticeStart {
  if (!env.script.steps.some((s) => s.id === stepId))
    return { ok: false, reason: unknownStepMessage(env.script, stepId) };
  const key = practiceKey(env, params, stepId);
  const hit = cache.get(key);
  if (hit) return { ok: true, snapshot: structuredClone(hit), cached: true };
  let session: Session;
  try {
    session = freshSession(env, params);
    const accepted = session.queue({ type: 'accept', ...params });
    if (!accepted) return { ok: false, reason: 'these run parameters do not fit the mission' };
    while (session.tick < maxTicks && session.mission.status !== 'complete') {
      for (const c of botCommandsFor(session)) session.queue(c);
      const report = session.step();
      for (const e of report.effects) {
        if (e.type !== 'stepStarted' || e.restart) continue;
        const snapshot = session.snapshot();
        cache.set(practiceKey(env, params, e.stepId), snapshot);
        if (e.stepId === stepId)
          return { ok: true, snapshot: structuredClone(snapshot), cached: false };
      }
    }
  } catch (e) {
    return { ok: false, reason: `the bot's run to the step stopped: ${(e as Error).message}` };
  }
  return {
    ok: false,
    reason: `the bot did not reach step '${stepId}' within ${Math.round(maxTicks / 60)} s of game time`,
  };
}

/** A session standing at a step's start state, ready to be played on. */
export function practiceSession(
  env: GameEnv,
  params: PracticeParams,
  snapshot: SessionSnapshot,
): { ok: true; session: Session } | { ok: false; reason: string } {
  const session = freshSession(env, params);
  const r = session.restore(snapshot);
  if (!r.ok) return { ok: false, reason: `the start state does not fit: ${r.problems.join('; ')}` };
  return { ok: true, session };
}

/**
 * A practised step's time (its individual level) in ticks: from the start tick to the completion
 * of the step's last objective, or null while the step is not done.
 */
export function stepTicks(
  script: MissionScript,
  stepId: string,
  startTick: number,
  splits: readonly (readonly [string, number])[],
): number | null {
  const step = script.steps.find((s) => s.id === stepId);
  const last = step?.objectives.at(-1);
  if (!last) return null;
  const done = splits.find(([id]) => id === last.id);
  return done && done[1] >= startTick ? done[1] - startTick : null;
}

/** The practised step and its time, for a practice record (null when it is not one). */
export function practiceResult(
  script: MissionScript,
  record: RunRecord,
): { stepId: string; startTick: number; ticks: number | null } | null {
  if (!record.assisted.practice || !record.start || record.run.startedFrom === 'start') return null;
  const stepId = record.run.startedFrom;
  const startTick = record.start.world.tick;
  return { stepId, startTick, ticks: stepTicks(script, stepId, startTick, record.result.splits) };
}
