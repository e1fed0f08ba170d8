/**
 * The run record: one attempt as its header plus its per-tick commands (SPEEDRUN.md, "The run
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
 *
 * Parsing never throws and never trusts the file: sizes, tick counts and command counts are
 * limited before anything is simulated, and every problem names its JSON path.
 */
import { z } from 'zod';
import { hashValue } from '../core/hash';
import type { MissionScript } from '../mission/schema';
import type { SessionSnapshot } from '../session/Session';
import { DIFFICULTY, type Difficulty, TICKS_PER_SECOND } from '../sim/balance';
import { type Command, sanitizeCommand } from '../sim/commands';
import type { MapGeometry } from '../sim/maps';
import { categoryProblem } from './categories';

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

const int = (max: number) => z.number().int().min(0).max(max);
const hex = z.string().regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex hash');
const idText = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9%]+(?:-[a-z0-9%]+)*$/, 'must be a lower-case id');

const RecordSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT, { error: `must be "${RECORD_FORMAT}"` }),
  formatVersion: z.literal(RECORD_VERSION, {
    error: `must be ${RECORD_VERSION} (this game reads version ${RECORD_VERSION} records)`,
  }),
  game: z.strictObject({
    simVersion: int(1_000_000),
    missionId: idText,
    missionHash: hex,
  }),
  run: z.strictObject({
    seed: int(0xffffffff),
    difficulty: z
      .string()
      .refine((d) => Object.hasOwn(DIFFICULTY, d), `must be one of ${Object.keys(DIFFICULTY)}`),
    category: idText,
    captainLevel: int(100),
    missionReplay: z.boolean(),
    startedFrom: idText,
    startedAt: z.string().max(40),
    runner: z.string().max(RECORD_LIMITS.maxRunnerLength).optional(),
  }),
  assisted: z.strictObject({
    autopilot: z.boolean(),
    resumed: z.boolean(),
    practice: z.boolean(),
  }),
  commands: z
    .array(z.tuple([int(RECORD_LIMITS.maxTicks), z.unknown()]))
    .max(RECORD_LIMITS.maxCommands, `at most ${RECORD_LIMITS.maxCommands} commands`),
  hashes: z
    .array(z.tuple([int(RECORD_LIMITS.maxTicks), hex]))
    .max(RECORD_LIMITS.maxHashes, `at most ${RECORD_LIMITS.maxHashes} hashes`),
  result: z.strictObject({
    status: z.enum(['complete', 'reset', 'failed', 'abandoned']),
    endTick: int(RECORD_LIMITS.maxTicks),
    igtTicks: int(RECORD_LIMITS.maxTicks),
    splits: z.array(z.tuple([idText, int(RECORD_LIMITS.maxTicks)])).max(RECORD_LIMITS.maxSplits),
    stateHash: hex,
  }),
  timing: z
    .strictObject({ rtaMs: z.number().min(0).max(1e12), pauseMs: z.number().min(0).max(1e12) })
    .optional(),
  start: z.record(z.string(), z.unknown()).optional(),
});

const pathOf = (path: readonly PropertyKey[]) =>
  `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

/**
 * Reads a record from its JSON text (already unzipped). Never throws; refuses what is too big,
 * malformed, or past the limits, naming the path.
 */
export function parseRecordText(
  text: string,
): { ok: true; record: RunRecord } | { ok: false; problems: RecordProblem[] } {
  if (typeof text !== 'string') return refuse('$', 'not text');
  if (text.length > RECORD_LIMITS.maxBytes)
    return refuse('$', `the record is larger than ${RECORD_LIMITS.maxBytes / 1_000_000} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return refuse('$', `not valid JSON (${(e as Error).message.slice(0, 120)})`);
  }
  return parseRecord(data);
}

/** Checks a record already parsed from JSON. Never throws. */
export function parseRecord(
  data: unknown,
): { ok: true; record: RunRecord } | { ok: false; problems: RecordProblem[] } {
  try {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return refuse('$', 'not a run record (expected a JSON object)');
    const fmt = (data as { format?: unknown }).format;
    if (fmt !== RECORD_FORMAT)
      return refuse('$.format', `not a Shutdown run record (format must be "${RECORD_FORMAT}")`);
    const r = RecordSchema.safeParse(data);
    if (!r.success)
      return {
        ok: false,
        problems: r.error.issues
          .slice(0, 20)
          .map((i) => ({ path: pathOf(i.path), message: i.message })),
      };
    const rec = r.data;
    const problems: RecordProblem[] = [];
    const commands: [number, Command][] = [];
    let tick = 0;
    rec.commands.forEach(([delta, raw], i) => {
      tick += delta;
      const c = sanitizeCommand(raw);
      if (!c) problems.push({ path: `$.commands[${i}][1]`, message: 'not a valid command' });
      else commands.push([delta, c]);
    });
    if (tick > RECORD_LIMITS.maxTicks)
      problems.push({
        path: '$.commands',
        message: 'the commands run past two hours of game time',
      });
    if (tick > rec.result.endTick)
      problems.push({ path: '$.commands', message: 'a command comes after the end of the run' });
    let last = -1;
    rec.hashes.forEach(([t], i) => {
      if (t <= last) problems.push({ path: `$.hashes[${i}]`, message: 'hash ticks must increase' });
      if (t > rec.result.endTick)
        problems.push({ path: `$.hashes[${i}]`, message: 'a hash comes after the end of the run' });
      last = t;
    });
    if (rec.run.startedFrom !== 'start' && !rec.start)
      problems.push({
        path: '$.start',
        message: 'a run that did not start at the accept needs its start state',
      });
    // A start state is someone's word for a world: only a resumed or practice run, flagged as
    // such (and so never a clean run), may carry one.
    if (
      rec.start &&
      (rec.run.startedFrom === 'start' || !(rec.assisted.resumed || rec.assisted.practice))
    )
      problems.push({
        path: '$.start',
        message:
          'only a resumed or practice run, not started at the accept, may carry a start state',
      });
    const categoryWrong = categoryProblem(rec.run, rec.assisted);
    if (categoryWrong) problems.push({ path: '$.run.category', message: categoryWrong });
    if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
    return {
      ok: true,
      record: {
        ...rec,
        run: { ...rec.run, difficulty: rec.run.difficulty as Difficulty },
        commands,
        start: rec.start as SessionSnapshot | undefined,
      } as RunRecord,
    };
  } catch (e) {
    // A getter or a proxy cannot come out of JSON.parse, but a caller may hand anything in.
    return refuse('$', `the record could not be read (${String((e as Error)?.message ?? e)})`);
  }
}

function refuse(path: string, message: string): { ok: false; problems: RecordProblem[] } {
  return { ok: false, problems: [{ path, message }] };
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
