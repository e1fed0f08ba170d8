/**
 * Records a run as it is played: the session logs every command, the recorder adds a state
 * hash every 60 ticks, and `finish` turns both into a run record with its result. Used alike
 * by the browser (every attempt), `npm run sim --replay-out` and the tests.
 */
import { objectiveStates } from '../mission/machine';
import type { Session, SessionSnapshot } from '../session/Session';
import { SIM_VERSION } from '../sim/balance';
import { categoryFor, requirementsMet } from './categories';
import {
  deltaCommands,
  HASH_INTERVAL,
  RECORD_FORMAT,
  RECORD_VERSION,
  type RecordStatus,
  type RunRecord,
} from './recordFormat';

export interface RecorderInfo {
  missionHash: string;
  /** ISO date of the attempt's start (real time; not part of the simulation). */
  startedAt: string;
  runner?: string;
  /** Set when the run did not start at the accept (a resumed checkpoint, practice). */
  startedFrom?: { stepId: string; snapshot: SessionSnapshot };
  practice?: boolean;
  resumed?: boolean;
  /** The category the player chose (Any% when absent); the bot's runs are Autopilot whatever it is. */
  category?: string;
}

export { categoryFor };

export class RunRecorder {
  readonly hashes: [number, string][] = [];
  /** The bot sent commands at some moment of this run. */
  autopilot = false;

  constructor(private readonly info: RecorderInfo) {}

  /** Call after every tick of the run. */
  afterTick(session: Session): void {
    const tick = session.tick;
    if (tick % HASH_INTERVAL === 0 && this.hashes.at(-1)?.[0] !== tick)
      this.hashes.push([tick, session.hash()]);
  }

  /** The record of the run as it stands (the session is not changed). */
  finish(
    session: Session,
    status: RecordStatus,
    timing?: { rtaMs: number; pauseMs: number },
  ): RunRecord {
    const run = session.run;
    if (!run) throw new Error('the mission was never accepted: there is no run to record');
    const endTick = session.tick;
    // A run that stopped on an error may hold a half-updated state: the record is still kept
    // (its commands replay the failure); what cannot be read is left out.
    const stateHash = attempt(() => session.hash(), this.hashes.at(-1)?.[1] ?? '0'.repeat(16));
    const hashes = this.hashes.filter(([t]) => t < endTick);
    hashes.push([endTick, stateHash]);
    const assisted = {
      autopilot: this.autopilot,
      resumed: Boolean(this.info.resumed),
      practice: Boolean(this.info.practice),
    };
    const script = session.ctx.script;
    const category = categoryFor(assisted, this.info.category, script);
    // The run reached the last objective without what its category requires (All Officers
    // with officers left standing): it is over, and it is not complete.
    const outcomeStatus =
      status === 'complete' &&
      !attempt(() => requirementsMet(script, category, session.mission.tallies), false)
        ? 'failed'
        : status;
    const splits = attempt(
      () =>
        objectiveStates(session.ctx.script, session.mission)
          .filter((o) => o.completedAtTick !== null)
          .map((o): [string, number] => [o.id, o.completedAtTick!])
          .sort((a, b) => a[1] - b[1]),
      [],
    );
    const record: RunRecord = {
      format: RECORD_FORMAT,
      formatVersion: RECORD_VERSION,
      game: {
        simVersion: SIM_VERSION,
        missionId: session.ctx.script.id,
        missionHash: this.info.missionHash,
      },
      run: {
        seed: run.seed,
        difficulty: run.difficulty,
        category,
        captainLevel: run.captainLevel,
        missionReplay: run.missionReplay,
        startedFrom: this.info.startedFrom?.stepId ?? 'start',
        startedAt: this.info.startedAt,
        ...(this.info.runner ? { runner: this.info.runner.slice(0, 40) } : {}),
      },
      assisted,
      commands: deltaCommands(session.log.filter(([t]) => t <= endTick)),
      hashes,
      result: {
        status: outcomeStatus,
        endTick,
        igtTicks: attempt(() => session.igtTicks(), 0),
        splits,
        stateHash,
      },
    };
    if (timing) record.timing = timing;
    if (this.info.startedFrom) record.start = this.info.startedFrom.snapshot;
    return record;
  }
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
