/**
 * Verification: re-simulates a run record from its header and commands alone, compares every
 * recorded state hash, and recomputes the result. The record's own result is never trusted:
 * a record verifies only when every hash matches and the recomputed result is the claimed one.
 * Nothing here throws on a hostile record (it was parsed within limits by `parseRecord`).
 */
import { objectiveStates } from '../mission/machine';
import type { MissionScript } from '../mission/schema';
import { formatIgt, Session } from '../session/Session';
import { SIM_VERSION } from '../sim/balance';
import type { Command } from '../sim/commands';
import type { MapGeometry } from '../sim/maps';
import { categoryProblem, requirementsMet } from './categories';
import type { RunRecord } from './recordFormat';

export interface GameEnv {
  script: MissionScript;
  geometry: Record<string, MapGeometry>;
  missionHash: string;
}

export interface VerifyOutcome {
  verified: boolean;
  status: 'complete' | 'incomplete';
  endTick: number;
  igtTicks: number;
  igt: string;
  splits: { id: string; tick: number }[];
  stateHash: string;
  /** The first recorded hash tick where the re-simulation differs. */
  divergedAtTick?: number;
  reason?: string;
}

const refused = (reason: string): VerifyOutcome => ({
  verified: false,
  status: 'incomplete',
  endTick: 0,
  igtTicks: 0,
  igt: formatIgt(0),
  splits: [],
  stateHash: '',
  reason,
});

/** Whether the record was made for this game and mission at all (checked before simulating). */
export function compatibility(record: RunRecord, env: GameEnv): string | null {
  if (record.game.simVersion !== SIM_VERSION)
    return `made for simVersion ${record.game.simVersion}, this game runs ${SIM_VERSION}`;
  if (record.game.missionId !== env.script.id)
    return `made for mission '${record.game.missionId}', not '${env.script.id}'`;
  if (record.game.missionHash !== env.missionHash)
    return `made for another version of the mission script (missionHash ${record.game.missionHash}, this game has ${env.missionHash})`;
  return categoryProblem(record.run, record.assisted, env.script);
}

/** A session standing at the record's start (before its first command), or why not. */
export function startSession(
  record: RunRecord,
  env: GameEnv,
): { ok: true; session: Session } | { ok: false; reason: string } {
  const session = new Session({
    script: env.script,
    geometry: env.geometry,
    seed: record.run.seed,
    difficulty: record.run.difficulty,
    captainLevel: record.run.captainLevel,
    replay: record.run.missionReplay,
  });
  if (record.start) {
    const r = session.restore(record.start);
    if (!r.ok)
      return { ok: false, reason: `its start state does not fit: ${r.problems.join('; ')}` };
    return { ok: true, session };
  }
  const first = record.commands[0];
  const accept = first?.[1];
  if (first?.[0] !== 1 || accept?.type !== 'accept')
    return { ok: false, reason: 'a run from the start must begin with the accept on tick 1' };
  const a = accept as Extract<Command, { type: 'accept' }>;
  const r = record.run;
  if (
    a.seed !== r.seed ||
    a.difficulty !== r.difficulty ||
    a.captainLevel !== r.captainLevel ||
    a.missionReplay !== r.missionReplay
  )
    return { ok: false, reason: "the accept command's run parameters differ from the header's" };
  return { ok: true, session };
}

export function verifyRecord(record: RunRecord, env: GameEnv): VerifyOutcome {
  const problem = compatibility(record, env);
  if (problem) return refused(problem);
  let started: ReturnType<typeof startSession>;
  try {
    started = startSession(record, env);
  } catch (e) {
    return refused(`its start state could not be used (${(e as Error).message})`);
  }
  if (!started.ok) return refused(started.reason);
  const session = started.session;
  // Nothing here reads the session's command log: the record's commands are the log.
  session.keepLog = false;
  const endTick = record.result.endTick;
  const hashes = record.hashes;
  let run: Resimulated;
  try {
    run = resimulate(session, record.commands, hashes, endTick);
  } catch (e) {
    return {
      ...outcome(session, record.run.category),
      verified: false,
      reason: `the simulation stopped: ${(e as Error).message}`,
    };
  }
  const { hi, divergedAtTick } = run;
  const out = outcome(session, record.run.category);
  if (divergedAtTick !== undefined)
    return {
      ...out,
      verified: false,
      divergedAtTick,
      reason: `diverged at tick ${divergedAtTick}`,
    };
  const claimed = record.result;
  const reason =
    session.tick !== endTick
      ? `the run ends at tick ${session.tick}, not at the claimed ${endTick}`
      : hi < hashes.length
        ? `a recorded hash at tick ${hashes[hi]![0]} was never reached`
        : out.stateHash !== claimed.stateHash
          ? 'the final state differs from the claimed one'
          : out.igtTicks !== claimed.igtTicks
            ? `the IGT is ${out.igtTicks} ticks, not the claimed ${claimed.igtTicks}`
            : (claimed.status === 'complete') !== (out.status === 'complete')
              ? `the run is ${out.status}, not ${claimed.status}`
              : JSON.stringify(out.splits.map((s) => [s.id, s.tick])) !==
                  JSON.stringify(claimed.splits)
                ? 'the splits differ from the claimed ones'
                : null;
  return reason ? { ...out, verified: false, reason } : { ...out, verified: true };
}

interface Resimulated {
  /** Index of the first recorded hash not reached (or the one that differed). */
  hi: number;
  /** The first recorded hash tick where the re-simulation differs. */
  divergedAtTick: number | undefined;
}

/**
 * Plays the record's commands from the session's tick until `endTick` (or the mission's
 * completion), checking every recorded hash on the way; stops at the first that differs.
 * The loop is a function of its own, apart from the checks around it: inside `verifyRecord`
 * its optimised code was thrown away at the end of every record (when the code after the loop
 * first ran), and each record began its loop unoptimised again.
 */
function resimulate(
  session: Session,
  commands: RunRecord['commands'],
  hashes: RunRecord['hashes'],
  endTick: number,
): Resimulated {
  // The record's commands are [ticks since the previous one, command]: read in place, with the
  // running tick in `at` (no absolute copy of a whole run's commands to keep alive meanwhile).
  let ci = 0;
  let at = commands.length > 0 ? commands[0]![0] : 0;
  let hi = 0;
  let divergedAtTick: number | undefined;
  // Commands before the start state's tick belong to nobody: skip them.
  while (ci < commands.length && at <= session.tick) {
    ci++;
    if (ci < commands.length) at += commands[ci]![0];
  }
  while (hi < hashes.length && hashes[hi]![0] <= session.tick) hi++;
  while (session.tick < endTick && session.mission.status !== 'complete') {
    const tick = session.tick + 1;
    while (ci < commands.length && at === tick) {
      session.queue(commands[ci]![1]);
      ci++;
      if (ci < commands.length) at += commands[ci]![0];
    }
    session.advance();
    if (hi < hashes.length && hashes[hi]![0] === tick) {
      if (hashes[hi]![1] !== session.hash()) {
        divergedAtTick = tick;
        break;
      }
      hi++;
    }
  }
  return { hi, divergedAtTick };
}

/** Complete: every objective done, and what the category requires besides (All Officers). */
function outcome(session: Session, category: string): VerifyOutcome {
  const igtTicks = session.igtTicks();
  const m = session.mission;
  return {
    verified: false,
    status:
      m.status === 'complete' && requirementsMet(session.ctx.script, category, m.tallies)
        ? 'complete'
        : 'incomplete',
    endTick: session.tick,
    igtTicks,
    igt: formatIgt(igtTicks),
    splits: objectiveStates(session.ctx.script, session.mission)
      .filter((o) => o.completedAtTick !== null)
      .map((o) => ({ id: o.id, tick: o.completedAtTick! }))
      .sort((a, b) => a.tick - b.tick),
    stateHash: session.hash(),
  };
}
