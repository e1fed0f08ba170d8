/**
 * The captains' save: its versioned format, the migrations from every earlier version, a
 * storage adapter that never lets a bad save stop the game, and export/import of one captain.
 *
 * Save history:
 * - v1: captains with name, level, missions, tallies, SP/Exp and the ids of earned accolades.
 * - v2 (current): accolades keep the date they were earned; items received, the prerequisites
 *   done (War Games) and one run checkpoint per captain were added.
 *
 * A save that is not JSON, not a Shutdown save, from a newer version, or invalid after
 * migration is copied, untouched, to a backup key (`<key>.backup`, then `.backup.2`, …), the
 * game starts without it, and a notice says what happened and where the data is.
 */
import { z } from 'zod';
import {
  type Captain,
  MAX_LEVEL,
  MIN_LEVEL,
  NAME_MAX,
  nameProblem,
  type ProfileData,
  WAR_GAMES,
} from '../store/profile';

export const SAVE_KEY = 'shutdown.captains';
export const SAVE_VERSION = 2;
/** Exported captain files carry their own format tag and version. */
export const EXPORT_FORMAT = 'shutdown-captain';
export const EXPORT_VERSION = 1;
/** A save or import larger than this is refused before parsing. */
export const MAX_BYTES = 2_000_000;

interface RawStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const iso = z.string().min(1).max(40);
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, - and _');
const name = z
  .string()
  .max(NAME_MAX * 4)
  .refine((n) => nameProblem(n) === null, {
    message: `a name of 1 to ${NAME_MAX} characters without control characters`,
  });
const level = z.number().int().min(MIN_LEVEL).max(MAX_LEVEL);
const missionRecord = z.strictObject({
  completions: count.min(1),
  firstCompletedAt: iso,
  bestIgtTicks: count,
});

const captainV1 = z.strictObject({
  id,
  name,
  level,
  createdAt: iso,
  missions: z.record(id, missionRecord),
  tallies: z.record(id, count),
  accolades: z.array(id),
  sp: count,
  exp: count,
});

const snapshot = z
  .object({
    version: count,
    simVersion: count,
    missionId: id,
    seed: count,
    captainLevel: level,
    replay: z.boolean(),
    world: z.record(z.string(), z.unknown()),
    mission: z.record(z.string(), z.unknown()),
  })
  .loose();

const captainV2 = z.strictObject({
  id,
  name,
  level,
  createdAt: iso,
  prerequisitesDone: z.array(id),
  missions: z.record(id, missionRecord),
  tallies: z.record(id, count),
  accolades: z.record(id, iso),
  sp: count,
  exp: count,
  items: z.array(
    z.strictObject({
      missionId: id,
      mark: z.string().min(1).max(8),
      kind: z.enum(['first-completion', 'replay']),
      at: iso,
    }),
  ),
  run: z
    .strictObject({
      missionId: id,
      stepId: id,
      stepTitle: z.string().max(200),
      savedAt: iso,
      snapshot,
    })
    .nullable(),
});

const withActive = <T extends z.ZodType>(captain: T) =>
  z
    .strictObject({ captains: z.array(captain).max(100), activeId: id.nullable() })
    .refine(
      (d) => new Set(d.captains.map((c) => (c as { id: string }).id)).size === d.captains.length,
      {
        message: 'two captains share an id',
      },
    );

export const SaveV1 = withActive(captainV1);
export const SaveV2 = withActive(captainV2);
export type SaveDataV1 = z.output<typeof SaveV1>;

/** Where a zod problem is, as `$.captains[0].level: message`. */
function wherePath(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid data';
  const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `$${path}: ${first.message}`;
}

export class SaveError extends Error {}

/** v1 → v2: dates for accolades (the captain's creation date), empty items, War Games done. */
export function migrateV1(d: SaveDataV1): ProfileData {
  return {
    activeId: d.activeId,
    captains: d.captains.map(
      (c): Captain => ({
        id: c.id,
        name: c.name,
        level: c.level,
        createdAt: c.createdAt,
        prerequisitesDone: [WAR_GAMES],
        missions: c.missions,
        tallies: c.tallies,
        accolades: Object.fromEntries(c.accolades.map((a) => [a, c.createdAt])),
        sp: c.sp,
        exp: c.exp,
        items: [],
        run: null,
      }),
    ),
  };
}

/** Brings data saved by `version` up to the current format, checking it on the way. */
export function migrateSave(persisted: unknown, version: number): ProfileData {
  let data: unknown = persisted;
  if (version === 1) {
    const v1 = SaveV1.safeParse(data);
    if (!v1.success) throw new SaveError(`save version 1 is invalid at ${wherePath(v1.error)}`);
    data = migrateV1(v1.data);
  } else if (version !== SAVE_VERSION) {
    throw new SaveError(`save version ${version} is not one this game knows`);
  }
  const v2 = SaveV2.safeParse(data);
  if (!v2.success) throw new SaveError(`the save is invalid at ${wherePath(v2.error)}`);
  const out = v2.data as ProfileData;
  if (out.activeId !== null && !out.captains.some((c) => c.id === out.activeId))
    out.activeId = out.captains[0]?.id ?? null;
  return out;
}

/**
 * The storage zustand's `persist` uses. Reads are checked before the store sees them; what
 * cannot be used is moved aside to a backup key and reported through `onNotice`.
 */
export class SafeProfileStorage {
  private lastRaw = new Map<string, string>();

  constructor(
    private readonly storage: RawStorage | undefined,
    private readonly onNotice: (message: string) => void,
  ) {
    if (!storage)
      onNotice('This browser does not let the game save: captains last for this visit only.');
  }

  getItem(key: string): { state: unknown; version: number } | null {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(key) ?? null;
    } catch {
      this.onNotice('Saved captains could not be read from this browser’s storage.');
      return null;
    }
    if (raw === null) return null;
    this.lastRaw.set(key, raw);
    if (raw.length > MAX_BYTES) return this.quarantine(key, 'it is larger than any real save');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return this.quarantine(key, 'it is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
      return this.quarantine(key, 'it is not a Shutdown save');
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return this.quarantine(key, 'it has no valid version number');
    if (version > SAVE_VERSION)
      return this.quarantine(
        key,
        `it was made by a newer version of the game (save version ${version}; this one reads up to ${SAVE_VERSION})`,
      );
    const state = (parsed as { state: unknown }).state;
    if (version === SAVE_VERSION) {
      // zustand migrates only older versions: check the current one here.
      try {
        return { state: migrateSave(state, version), version };
      } catch (e) {
        return this.quarantine(key, (e as Error).message);
      }
    }
    return { state, version };
  }

  setItem(key: string, value: { state: unknown; version?: number }): void {
    try {
      this.storage?.setItem(key, JSON.stringify(value));
      this.lastRaw.delete(key);
    } catch {
      this.onNotice('Your progress could not be saved: the browser’s storage is full or blocked.');
    }
  }

  removeItem(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing to keep.
    }
  }

  /** Called when a migration fails after a read: moves the data it was given aside. */
  quarantineLast(key: string, reason: string): void {
    this.quarantine(key, reason);
  }

  private quarantine(key: string, reason: string): null {
    const raw = this.lastRaw.get(key);
    this.lastRaw.delete(key);
    let where = '';
    if (raw !== undefined && this.storage) {
      try {
        where = this.freeBackupKey(key);
        this.storage.setItem(where, raw);
        this.storage.removeItem(key);
      } catch {
        where = '';
      }
    }
    this.onNotice(
      where
        ? `Your saved captains could not be loaded: ${reason}. The game starts fresh; the old data is kept in this browser under “${where}”.`
        : `Your saved captains could not be loaded: ${reason}. The game starts fresh.`,
    );
    return null;
  }

  private freeBackupKey(key: string): string {
    const base = `${key}.backup`;
    if (this.storage?.getItem(base) === null) return base;
    for (let n = 2; ; n++)
      if (this.storage?.getItem(`${base}.${n}`) === null) return `${base}.${n}`;
  }
}

/** The captain as a JSON file (without the run checkpoint, which belongs to this browser). */
export function exportCaptain(c: Captain): string {
  const { run: _run, ...rest } = c;
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, captain: { ...rest, run: null } }, null, 2)}\n`;
}

/** Reads an exported captain file; refuses anything else with a message saying where. */
export function importCaptain(
  text: string,
): { ok: true; captain: Captain } | { ok: false; message: string } {
  if (text.length > MAX_BYTES)
    return { ok: false, message: 'The file is too large to be a captain.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The file is not valid JSON (${(e as Error).message}).` };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== EXPORT_FORMAT
  )
    return {
      ok: false,
      message: 'This is not a Shutdown captain file ($.format is missing or wrong).',
    };
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION)
    return {
      ok: false,
      message:
        typeof version === 'number' && version > EXPORT_VERSION
          ? `The file was made by a newer version of the game ($.version is ${version}).`
          : `The file has an unknown version ($.version is ${JSON.stringify(version)}).`,
    };
  const parsed = captainV2.safeParse((data as { captain?: unknown }).captain);
  if (!parsed.success)
    return {
      ok: false,
      message: `The captain in the file is invalid at ${wherePath(parsed.error).replace('$', '$.captain')}.`,
    };
  return { ok: true, captain: { ...(parsed.data as Captain), run: null } };
}
