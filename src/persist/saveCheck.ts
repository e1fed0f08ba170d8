/**
 * The check of the captains' save and of captain files, written out by hand: no schema library,
 * since this module is in the title's first download (the schema library loads later, with the
 * first record or snapshot). Every field, type and limit of every save version is checked, and
 * the first problem comes back as `$.captains[0].level: must be from 36 to 50`.
 *
 * A check (`Check<T>`) takes a value and where it is, and returns the value as the game keeps it:
 * a fresh copy, with names normalised and nothing an object does not hold. It throws `Problem` at
 * the first thing wrong; `checkValue` turns that into a message and never throws otherwise.
 *
 * The order in which problems are found is the order of the fields below (an object's own fields
 * first, then any unknown one; a list's length before its entries; a record's entries before its
 * count), so the problem reported is the first one in that order.
 *
 * Keys named `__proto__` in records and in the checkpoint snapshot are left out of the copy (as
 * they always were): written into a plain object they would replace its prototype. In a
 * captain, a board or the save itself, such a key is an unknown field like any other.
 */
import { formatBytes, LIMITS, utf8Bytes } from '../store/limits';
import {
  type Captain,
  MAX_LEVEL,
  MIN_LEVEL,
  NAME_MAX,
  nameProblem,
  normalizeName,
  type ProfileData,
} from '../store/profile';

type Key = string | number;

/** A problem and where it is: keys and list indices from the value checked. */
export class Problem {
  constructor(
    readonly path: readonly Key[],
    readonly message: string,
  ) {}
}

/**
 * Checks `value`, found at `path` (which it may extend while it looks inside, and leaves as it
 * was), and returns it as the game keeps it; throws `Problem` at the first thing wrong.
 */
export type Check<T> = (value: unknown, path: Key[]) => T;
/** What a check returns. */
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (path: readonly Key[], message: string): never => {
  throw new Problem([...path], message);
};

/** Checks `value`, the entry `key` of what is at `path`. */
function at<T>(check: Check<T>, value: unknown, path: Key[], key: Key): T {
  path.push(key);
  const out = check(value, path);
  path.pop();
  return out;
}

/** `$.captains[0].name`, or `$` for the value itself. */
export function formatPath(path: readonly Key[], root = '$'): string {
  return `${root}${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
}

/** A value from outside, as a message shows it: short strings, numbers and literals as JSON. */
function shown(v: unknown): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string')
    return v.length <= 40 ? JSON.stringify(v) : `a string of ${v.length} characters`;
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** The problem of a value of the wrong type (or of a missing field). */
const wrong = (what: string, v: unknown, path: readonly Key[]): never =>
  fail(path, v === undefined ? `missing (expected ${what})` : `expected ${what}, got ${shown(v)}`);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

// ---- values ----------------------------------------------------------------------------------

/** A whole number from `min` to `max` (safe integers only); `range` replaces both bound messages. */
function int(min: number, max: number, range?: string): Check<number> {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return wrong('a whole number', v, path);
    if (!Number.isInteger(v)) return fail(path, `expected a whole number, got ${v}`);
    if (v < min) fail(path, range ?? `must be at least ${min}`);
    if (v > max) fail(path, range ?? `must be at most ${max}`);
    return v;
  };
}

/** A finite number from `min` to `max`. */
function num(min: number, max: number): Check<number> {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return wrong('a number', v, path);
    if (v < min || v > max) fail(path, `must be from ${min} to ${max}`);
    return v;
  };
}

const bool: Check<boolean> = (v, path) =>
  typeof v === 'boolean' ? v : wrong('true or false', v, path);

/** Why `v` is not a string of `min` to `max` characters matching `pattern`, or null. */
function textProblem(
  v: string,
  min: number,
  max: number,
  pattern?: RegExp,
  patternMessage?: string,
): string | null {
  if (v.length < min)
    return min === 1 ? 'must not be empty' : `must have ${min} characters or more`;
  if (v.length > max) return `must have at most ${max} characters`;
  if (pattern && !pattern.test(v)) return patternMessage ?? `must match ${pattern}`;
  return null;
}

/** A string of `min` to `max` characters (UTF-16 units), matching `pattern` when given. */
function text(
  min: number,
  max: number,
  pattern?: RegExp,
  patternMessage?: string,
): Check<string> & { problem: (v: string) => string | null } {
  const problem = (v: string) => textProblem(v, min, max, pattern, patternMessage);
  const check = (v: unknown, path: Key[]): string => {
    if (typeof v !== 'string') return wrong('a string', v, path);
    const p = problem(v);
    return p === null ? v : fail(path, p);
  };
  return Object.assign(check, { problem });
}

function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  const set: ReadonlySet<unknown> = new Set(values);
  const list = values.map((x) => JSON.stringify(x)).join(', ');
  return (v, path) =>
    set.has(v) ? (v as T) : fail(path, `expected one of ${list}, got ${shown(v)}`);
}

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

// ---- containers --------------------------------------------------------------------------------

/** A list of at most `max` entries (`tooMany` says so), each checked. */
function list<T>(item: Check<T>, max: number, tooMany: string): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) return wrong('a list', v, path);
    // The length first: the entries of a list that is too long are not looked at.
    if (v.length > max) fail(path, tooMany);
    const out: T[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = at(item, v[i], path, i);
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type Fields<S extends Shape> = { -readonly [K in keyof S]: Checked<S[K]> };

/**
 * An object with these fields (in this order in the copy). Any other field is refused
 * (`others: 'refuse'`) or kept as it is (`'keep'`, but `__proto__`).
 */
function fields<S extends Shape>(shape: S, others: 'refuse' | 'keep'): Check<Fields<S>> {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return (v, path) => {
    if (!isObject(v)) return wrong('an object', v, path);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = at(shape[k] as Check<unknown>, own(v, k), path, k);
    for (const k in v) {
      if (known.has(k)) continue;
      if (others === 'refuse') fail([...path, k], 'unknown field');
      else if (k !== '__proto__') out[k] = v[k];
    }
    return out as Fields<S>;
  };
}

/** An object of exactly these fields (in this order in the copy); any other field is refused. */
const strict = <S extends Shape>(shape: S): Check<Fields<S>> => fields(shape, 'refuse');

/** An object with these fields, and any others, kept as they are (but `__proto__`). */
const loose = <S extends Shape>(shape: S): Check<Fields<S> & Record<string, unknown>> =>
  fields(shape, 'keep') as Check<Fields<S> & Record<string, unknown>>;

/**
 * An object used as a record: every key passes `keyProblem`, every value `value`, and there are
 * at most `max` entries (`tooMany` says so).
 */
function record<T>(
  keyProblem: (k: string) => string | null,
  value: Check<T>,
  max: number,
  tooMany: string,
): Check<Record<string, T>> {
  return (v, path) => {
    if (!isObject(v)) return wrong('an object', v, path);
    const out: Record<string, T> = {};
    let n = 0;
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      const bad = keyProblem(k);
      if (bad !== null) fail([...path, k], `invalid key: ${bad}`);
      out[k] = at(value, v[k], path, k);
      n++;
    }
    if (n > max) fail(path, tooMany);
    return out;
  };
}

const anyKey = () => null;
const anyValue: Check<unknown> = (v) => v;

// ---- the save ----------------------------------------------------------------------------------

const ID = /^[A-Za-z0-9_-]+$/;
const ID_CHARS = 'only letters, digits, - and _';

const count = int(0, Number.MAX_SAFE_INTEGER);
const iso = text(1, 40);
const id = text(1, 64, ID, ID_CHARS);
const level = int(MIN_LEVEL, MAX_LEVEL, `must be from ${MIN_LEVEL} to ${MAX_LEVEL}`);

const NAME = `a name of 1 to ${NAME_MAX} characters that shows as text, without control or text-direction characters`;
/** A name the game would take (`nameProblem`), as the game keeps it (`normalizeName`). */
const name: Check<string> = (v, path) => {
  if (typeof v !== 'string') return wrong('a string', v, path);
  // The length first: a very long string is refused before it is normalised.
  if (v.length > NAME_MAX * 4 || nameProblem(v) !== null) return fail(path, NAME);
  return normalizeName(v);
};

const perCaptain = `at most ${LIMITS.recordsPerCaptain} entries`;
/** Missions, tallies, accolades: at most `LIMITS.recordsPerCaptain` entries by id. */
const records = <T>(value: Check<T>) =>
  record(id.problem, value, LIMITS.recordsPerCaptain, perCaptain);
const ids = list(id, LIMITS.recordsPerCaptain, perCaptain);

const missionRecord = strict({
  completions: int(1, Number.MAX_SAFE_INTEGER),
  firstCompletedAt: iso,
  bestIgtTicks: count,
});

const captainV1 = strict({
  id,
  name,
  level,
  createdAt: iso,
  missions: records(missionRecord),
  tallies: records(count),
  accolades: ids,
  sp: count,
  exp: count,
});

const snapshotFields = loose({
  version: count,
  simVersion: count,
  missionId: id,
  seed: count,
  captainLevel: level,
  replay: bool,
  world: record(anyKey, anyValue, Infinity, ''),
  mission: record(anyKey, anyValue, Infinity, ''),
});
/** A run checkpoint's session snapshot: its head checked here, the rest when it is resumed. */
const snapshot: Check<Checked<typeof snapshotFields>> = (v, path) => {
  const snap = snapshotFields(v, path);
  let json: string;
  try {
    json = JSON.stringify(snap);
  } catch {
    // Nested deeper than the engine can write out (a 2 MB save can hold a million levels).
    return fail(path, 'a checkpoint nested too deeply to be written out');
  }
  if (utf8Bytes(json) > LIMITS.checkpointBytes)
    fail(path, `a checkpoint of at most ${formatBytes(LIMITS.checkpointBytes)}`);
  return snap;
};

const captainV2Fields = {
  id,
  name,
  level,
  createdAt: iso,
  prerequisitesDone: ids,
  missions: records(missionRecord),
  tallies: records(count),
  accolades: records(iso),
  sp: count,
  exp: count,
  items: list(
    strict({
      missionId: id,
      mark: text(1, 8),
      kind: oneOf(['first-completion', 'replay']),
      at: iso,
    }),
    LIMITS.itemsPerCaptain,
    `at most ${LIMITS.itemsPerCaptain} items`,
  ),
  run: nullable(
    strict({
      missionId: id,
      stepId: id,
      stepTitle: text(0, 200),
      savedAt: iso,
      snapshot,
    }),
  ),
};
const captainV2Check = strict(captainV2Fields);

const ticks = count;
const splitId = text(1, 64);
const perAttempt = `at most ${LIMITS.splitsPerAttempt} splits`;
const splitTimes = record(splitId.problem, nullable(ticks), LIMITS.splitsPerAttempt, perAttempt);
const replayId = nullable(text(0, 64, ID, ID_CHARS));
const board = strict({
  attempts: count,
  pb: nullable(
    strict({
      igtTicks: ticks,
      splitTimes,
      replayId,
      at: iso,
      attempt: count,
    }),
  ),
  bestSegments: record(splitId.problem, ticks, LIMITS.splitsPerAttempt, perAttempt),
  history: list(
    strict({
      n: count,
      at: iso,
      result: oneOf(['complete', 'reset', 'failed', 'abandoned']),
      igtTicks: ticks,
      rtaMs: nullable(num(0, 1e12)),
      flags: list(oneOf(['autopilot', 'resumed', 'practice']), 3, 'at most 3 flags'),
      splitTimes,
      replayId,
    }),
    LIMITS.attemptsPerBoard,
    `at most ${LIMITS.attemptsPerBoard} attempts`,
  ),
});
/** Boards by `category/difficulty` (category ids may hold `%`). */
const BOARD_KEY = /^[a-z0-9%-]{1,64}\/[a-z0-9-]{1,64}$/;
const boards = record(
  (k) => (BOARD_KEY.test(k) ? null : 'expected category/difficulty, such as any%/normal'),
  board,
  LIMITS.boardsPerCaptain,
  `at most ${LIMITS.boardsPerCaptain} speedrun boards`,
);

const captainV3Check = strict({ ...captainV2Fields, speedrun: boards });

/** The captains (at most `LIMITS.captains`, each id once) and the active one's id. */
function save<C extends { id: string }>(captain: Check<C>) {
  const fields = strict({
    captains: list(captain, LIMITS.captains, `at most ${LIMITS.captains} captains`),
    activeId: nullable(id),
  });
  return (v: unknown, path: Key[]) => {
    const d = fields(v, path);
    const first = new Map<string, number>();
    d.captains.forEach((c, i) => {
      const j = first.get(c.id);
      if (j !== undefined)
        fail(
          [...path, 'captains', i, 'id'],
          `two captains share an id (this one and ${formatPath([...path, 'captains', j, 'id'])})`,
        );
      first.set(c.id, i);
    });
    return d;
  };
}

/** A captain of a version 2 save (and of a version 1 captain file): no speedrun boards. */
export const CaptainV2 = captainV2Check as Check<Omit<Captain, 'speedrun'>>;
/** A captain as the game keeps it (save version 3, captain file version 2). */
export const CaptainV3 = captainV3Check as Check<Captain>;

export const SaveV1 = save(captainV1);
export const SaveV2 = save(CaptainV2);
export const SaveV3 = save(CaptainV3) as Check<ProfileData>;
export type SaveDataV1 = Checked<typeof SaveV1>;
export type SaveDataV2 = Checked<typeof SaveV2>;

/**
 * `value` checked: the copy the game keeps, or the first problem as `$.path: message` (with
 * `root` for `$`). Throws only if a check itself is broken.
 */
export function checkValue<T>(
  check: Check<T>,
  value: unknown,
  root = '$',
): { ok: true; value: T } | { ok: false; problem: string } {
  try {
    return { ok: true, value: check(value, []) };
  } catch (e) {
    if (e instanceof Problem)
      return { ok: false, problem: `${formatPath(e.path, root)}: ${e.message}` };
    throw e;
  }
}
