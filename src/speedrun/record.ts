/**
 * Reading run records from outside (files, storage, the server): the format is in
 * recordFormat.ts, re-exported here. Parsing never throws and never trusts the file: sizes,
 * tick counts and command counts are limited before anything is simulated, and every problem
 * names its JSON path.
 */
import { z } from 'zod';
import { internStrings } from '../core/intern';
import type { SessionSnapshot } from '../session/Session';
import { DIFFICULTY, type Difficulty } from '../sim/balance';
import { type Command, sanitizeCommand } from '../sim/commands';
import { categoryProblem } from './categories';

import {
  RECORD_FORMAT,
  RECORD_LIMITS,
  RECORD_VERSION,
  type RecordProblem,
  type RunRecord,
} from './recordFormat';

export * from './recordFormat';

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
        // Internalized (core/intern.ts): the simulation switches on each command's type.
        commands: internStrings(commands),
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
