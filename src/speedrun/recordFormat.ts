/**
 * The run record's format (no schema library here: the game uses these while playing, and loads
 * the parsing in record.ts only when a record comes in). The run record: one attempt as its header plus its per-tick commands (SPEEDRUN.md, "The run
 * record"). The simulation is deterministic, so this is all it takes to watch the run again,
 * race it as a ghost, or prove its time by re-simulating it.
 *
 * ```
 * { format: "shutdown-replay", formatVersion: 1,
 *   game: { simVersion, missionId, missionHash },
 *   run: { seed, difficulty, category, captainLevel, missionReplay, startedFrom, startedAt, runner? },
 *   assisted: { autopilot, resumed, practice },
 *   commands: [[tickDelta, command], …],   // only ticks where something changed
 *   hashes: [[tick, stateHash], …],         // every 60 ticks and the last tick
 *   result: { status, endTick, igtTicks, splits: [[objectiveId, tick], …], stateHash },
 *   timing?: { rtaMs, pauseMs },            // real time beside IGT (never verified)
 *   start?: snapshot }                      // only for a run that did not start at accept
 * ```
 * `tickDelta` counts from the previous command's tick (the first from tick 0, so the accept of
 * a run from the start is `[1, {type:"accept", …}]`: the session logs the accept first on its
 * tick); commands on the same tick have delta 0.
 */
import { hashValue } from '../core/hash';
import type { MissionScript } from '../mission/schema';
import type { SessionSnapshot } from '../session/Session';
import { type Difficulty, TICKS_PER_SECOND } from '../sim/balance';
import type { Command } from '../sim/commands';
import type { MapGeometry } from '../sim/maps';

export const RECORD_FORMAT = 'shutdown-replay';
export const RECORD_VERSION = 1;
/** Between two recorded state hashes. */
export const HASH_INTERVAL = 60;

/** What a record may hold at most: a file past these is refused before it is simulated. */
export const RECORD_LIMITS = {
  /** Unzipped JSON text (the string's length, which is never more than its UTF-8 bytes). */
  maxBytes: 1_000_000,
  /** Two hours of game time. */
  maxTicks: 2 * 60 * 60 * TICKS_PER_SECOND,
  /** Commands in one record (a human sends a few per second at most). */
  maxCommands: 100_000,
  maxHashes: (2 * 60 * 60 * TICKS_PER_SECOND) / HASH_INTERVAL + 2,
  maxSplits: 1_000,
  maxRunnerLength: 40,
} as const;

export type RecordStatus = 'complete' | 'reset' | 'failed' | 'abandoned';

export interface RunRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: typeof RECORD_VERSION;
  game: { simVersion: number; missionId: string; missionHash: string };
  run: {
    seed: number;
    difficulty: Difficulty;
    category: string;
    captainLevel: number;
    missionReplay: boolean;
    startedFrom: string;
    startedAt: string;
    runner?: string;
  };
  assisted: { autopilot: boolean; resumed: boolean; practice: boolean };
  commands: [number, Command][];
  hashes: [number, string][];
  result: {
    status: RecordStatus;
    endTick: number;
    igtTicks: number;
    splits: [string, number][];
    stateHash: string;
  };
  timing?: { rtaMs: number; pauseMs: number };
  start?: SessionSnapshot;
}

export interface RecordProblem {
  path: string;
  message: string;
}

/**
 * The hash that ties a record to the exact mission script and maps it was played on. The
 * speedrun section (categories, split lists) is left out: it changes how runs are timed and
 * grouped, never what is simulated, so editing it keeps every record playable.
 * The archetypes section is left out too, for another reason: its stats were balance.ts
 * numbers until they moved into the script (2026-12, every number the same), and records made
 * before the move must keep their hash. An archetype edit that changes play is still caught
 * when a record is verified: the re-simulation checks the record's state hashes, and a
 * deliberate balance change bumps SIM_VERSION as before.
 */
export function missionHash(script: MissionScript, geometry: Record<string, MapGeometry>): string {
  const { speedrun: _timing, archetypes: _stats, ...played } = script;
  return hashValue({ script: played, geometry });
}

/** Absolute [tick, command] pairs from the record's deltas. */
export function absoluteCommands(record: Pick<RunRecord, 'commands'>): [number, Command][] {
  let tick = 0;
  return record.commands.map(([delta, c]) => {
    tick += delta;
    return [tick, c];
  });
}

/** Record deltas from absolute [tick, command] pairs (in tick order). */
export function deltaCommands(log: readonly (readonly [number, Command])[]): [number, Command][] {
  let last = 0;
  return log.map(([tick, c]) => {
    const d = tick - last;
    last = tick;
    return [d, c];
  });
}

/** The file name a record is offered under. */
export function recordFileName(record: RunRecord): string {
  const date = record.run.startedAt
    .slice(0, 19)
    .replace(/[^0-9T]/g, '')
    .replace('T', '-');
  const who = (record.run.runner ?? 'guest').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 24);
  return `shutdown-${record.run.category}-${who}-${date || 'run'}.replay.json.gz`;
}
