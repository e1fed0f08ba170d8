/**
 * The captains' save: its versioned format, the migrations from every earlier version, a
 * storage adapter that never lets a bad save stop the game nor a write lose one, and
 * export/import of one captain.
 *
 * Save history:
 * - v1: captains with name, level, missions, tallies, SP/Exp and the ids of earned accolades.
 * - v2: accolades keep the date they were earned; items received, the prerequisites done (War
 *   Games) and one run checkpoint per captain were added.
 * - v3 (current): speedrun boards per category and difficulty (attempts, the personal best with
 *   its replay's id, best segments, attempt history); v2 captains start with none.
 *
 * Reading and writing go through the same check (`readSaveText`), with the limits of
 * `store/limits.ts`: what the game writes it can read back. A save that is not JSON, not a
 * Shutdown save, too large, from a newer version, or invalid after migration is set aside as a
 * numbered backup (`<key>.backup`, `.backup.2`, … in IndexedDB, else localStorage) and the game
 * starts without it; until that backup is stored nothing is written over it, and when none can
 * be stored it is left untouched. A notice says what happened and offers the old data as a file.
 * A save from an older version is brought up to date the same way: kept as a backup first.
 * The fields, types and limits of every version are checked by `saveCheck.ts` (plain code, no
 * schema library: this module is in the title's first download).
 */
import { formatBytes, LIMITS, utf8Bytes } from '../store/limits';
import { type Captain, type ProfileData, WAR_GAMES } from '../store/profile';
import type { BackupStore } from './backups';
import {
  CaptainV2,
  CaptainV3,
  checkValue,
  type SaveDataV1,
  type SaveDataV2,
  SaveV1,
  SaveV2,
  SaveV3,
} from './saveCheck';
import { type RawStorage, StorageSlot } from './storageSlot';

export const SAVE_KEY = 'shutdown.captains';
export const SAVE_VERSION = 3;
/** Exported captain files carry their own format tag and version. */
export const EXPORT_FORMAT = 'shutdown-captain';
export const EXPORT_VERSION = 2;

/** A file the player can download from a notice: the data the game could not use or save. */
export interface ExportFile {
  name: string;
  text: string;
}

/** What a notice offers to export: a file, or the captain being played (as it is then). */
export type NoticeExport = ExportFile | 'active-captain';

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
        speedrun: {},
      }),
    ),
  };
}

/** v2 → v3: every captain starts with no speedrun boards (the runs before were not split). */
export function migrateV2(d: SaveDataV2): ProfileData {
  return {
    activeId: d.activeId,
    captains: d.captains.map((c) => ({ ...c, speedrun: {} })),
  };
}

/** Brings data saved by `version` up to the current format, checking it on the way. */
export function migrateSave(persisted: unknown, version: number): ProfileData {
  let data: unknown = persisted;
  if (version === 1) {
    const v1 = checkValue(SaveV1, data);
    if (!v1.ok) throw new SaveError(`save version 1 is invalid at ${v1.problem}`);
    data = migrateV1(v1.value);
  }
  if (version === 1 || version === 2) {
    const v2 = checkValue(
      SaveV2,
      version === 1
        ? {
            ...(data as ProfileData),
            captains: (data as ProfileData).captains.map(({ speedrun: _, ...c }) => c),
          }
        : data,
    );
    if (!v2.ok) throw new SaveError(`save version ${version} is invalid at ${v2.problem}`);
    data = migrateV2(v2.value);
  } else if (version !== SAVE_VERSION) {
    throw new SaveError(`save version ${version} is not one this game knows`);
  }
  const v3 = checkValue(SaveV3, data);
  if (!v3.ok) throw new SaveError(`the save is invalid at ${v3.problem}`);
  const out = v3.value;
  if (out.activeId !== null && !out.captains.some((c) => c.id === out.activeId))
    out.activeId = out.captains[0]?.id ?? null;
  return out;
}

export type SaveRead =
  | { ok: true; state: unknown; version: number }
  | { ok: false; problem: string };

const sizeProblem = (what: string, bytes: number, limit: number) =>
  `${what} ${formatBytes(bytes)}, over the game’s limit of ${formatBytes(limit)}`;

/**
 * The one check a save passes, read or written: its size, JSON, version, and (for the current
 * version) the schema with every limit. Older versions come back as they are: `migrateSave`
 * checks them when it brings them up to date. Problems read "it …", as in "it is not JSON".
 */
export function readSaveText(raw: string): SaveRead {
  // `length` first: a string longer than the limit is too large in any encoding.
  const bytes = raw.length > LIMITS.saveBytes ? raw.length : utf8Bytes(raw);
  if (bytes > LIMITS.saveBytes)
    return { ok: false, problem: sizeProblem('it takes', bytes, LIMITS.saveBytes) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
    return { ok: false, problem: 'it is not a Shutdown save' };
  const version = (parsed as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'it has no valid version number' };
  if (version > SAVE_VERSION)
    return {
      ok: false,
      problem: `it was made by a newer version of the game (save version ${version}; this one reads up to ${SAVE_VERSION})`,
    };
  const state = (parsed as { state: unknown }).state;
  if (version < SAVE_VERSION) return { ok: true, state, version };
  // The current version is checked here; older ones by `migrateSave`, as they are updated.
  try {
    return { ok: true, state: migrateSave(state, version), version };
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  }
}

/** The text a save is written as, or why it cannot be written (it would not read back). */
export function writeSaveText(value: {
  state: unknown;
  version?: number;
}): { ok: true; text: string } | { ok: false; problem: string } {
  const text = JSON.stringify(value);
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.saveBytes)
    return { ok: false, problem: sizeProblem('the save would take', bytes, LIMITS.saveBytes) };
  const back = readSaveText(text);
  if (!back.ok) return { ok: false, problem: back.problem.replace(/^it /, 'the save ') };
  if (back.version !== SAVE_VERSION)
    return {
      ok: false,
      problem: `the save would be of version ${back.version}, not ${SAVE_VERSION}`,
    };
  return { ok: true, text };
}

/**
 * The storage zustand's `persist` uses, and the `commit` the profile store checks with. Reads
 * are checked before the store sees them; what cannot be used is set aside as a backup, and
 * every write is checked by `writeSaveText` first. Problems reach the player through
 * `onNotice`, never only the console.
 */
export class SafeProfileStorage {
  private readonly lastRaw = new Map<string, string>();
  private readonly slots = new Map<string, StorageSlot>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly storage: RawStorage | undefined,
    private readonly onNotice: (message: string, offer?: NoticeExport) => void,
    private readonly backups: readonly BackupStore[] = [],
  ) {
    if (!storage)
      onNotice('This browser does not let the game save: captains last for this visit only.');
  }

  /** Resolves once every backup started so far is stored or has failed (and been reported). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  getItem(key: string): { state: unknown; version: number } | null {
    const read = this.slot(key).read();
    if (!read.ok) {
      this.onNotice(
        `Saved captains could not be read from this browser’s storage: ${read.problem}.`,
      );
      return null;
    }
    if (read.raw === null) return null;
    this.lastRaw.set(key, read.raw);
    const r = readSaveText(read.raw);
    if (!r.ok) return this.quarantine(key, r.problem);
    if (r.version === SAVE_VERSION) return { state: r.state, version: r.version };
    // An older save is brought up to date here, and the old text is kept as a backup before
    // the new one is written over it.
    let state: ProfileData;
    try {
      state = migrateSave(r.state, r.version);
    } catch (e) {
      return this.quarantine(key, (e as Error).message);
    }
    const encoded = writeSaveText({ state, version: SAVE_VERSION });
    if (!encoded.ok) return this.quarantine(key, `once brought up to date, ${encoded.problem}`);
    this.keepThenWrite(key, read.raw, encoded.text);
    return { state, version: SAVE_VERSION };
  }

  /** What `persist` calls after every change; a refused write is reported, the old save stays. */
  setItem(key: string, value: { state: unknown; version?: number }): void {
    const problem = this.commit(key, value);
    if (problem)
      this.onNotice(
        `Your latest progress could not be saved: ${problem}. The save from before is kept; export your captain to keep a copy of it as it is now.`,
        'active-captain',
      );
  }

  /** Writes `value` if it passes the save check and fits; returns why not, or null. */
  commit(key: string, value: { state: unknown; version?: number }): string | null {
    const encoded = writeSaveText(value);
    if (!encoded.ok) return encoded.problem;
    this.lastRaw.delete(key);
    return this.slot(key).write(encoded.text);
  }

  removeItem(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch (e) {
      this.onNotice(`The saved captains could not be removed: ${(e as Error).message}.`);
    }
  }

  /** Called when a migration fails after a read: sets the data it was given aside. */
  quarantineLast(key: string, reason: string): void {
    this.quarantine(key, reason);
  }

  private slot(key: string): StorageSlot {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = new StorageSlot(this.storage, key, this.backups);
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** Keeps `raw` as a backup, then writes `text` over it (not before). */
  private keepThenWrite(key: string, raw: string, text: string) {
    this.lastRaw.delete(key);
    const slot = this.slot(key);
    const kept = slot.setAside(
      raw,
      'the save from the older version could not be backed up, so it is left as it was and nothing is saved over it',
    );
    slot.write(text);
    this.track(
      kept.then(({ backup, writeProblem }) => {
        if (!backup.ok)
          this.onNotice(
            `Your captains were saved by an older version of the game; they are brought up to date for this visit, but no backup of the old save could be stored (${backup.problem}), so it is left as it was and nothing will be saved over it. Export the old save to keep a copy; the game tries again when it next starts.`,
            { name: 'shutdown-captains-old-save.json', text: raw },
          );
        else if (writeProblem)
          this.onNotice(
            `Your captains, brought up to date, could not be saved: ${writeProblem}. The old save is kept as “${backup.name}” in ${backup.place}.`,
            'active-captain',
          );
      }),
    );
  }

  private track(done: Promise<unknown>) {
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }

  private quarantine(key: string, reason: string): null {
    const raw = this.lastRaw.get(key);
    this.lastRaw.delete(key);
    const lead = `Your saved captains could not be loaded: ${reason}.`;
    if (raw === undefined || !this.storage) {
      this.onNotice(`${lead} The game starts fresh.`);
      return null;
    }
    const file: ExportFile = { name: 'shutdown-captains-old-save.json', text: raw };
    const done = this.slot(key)
      .setAside(
        raw,
        'the old save could not be backed up, so it is left untouched and nothing is saved over it',
      )
      .then(({ backup, writeProblem }) => {
        if (backup.ok)
          this.onNotice(
            `${lead} The game starts fresh; the old save is kept as “${backup.name}” in ${backup.place}.`,
            file,
          );
        else
          this.onNotice(
            `${lead} No backup of it could be stored (${backup.problem}), so it is left untouched and nothing will be saved over it: new captains cannot be saved during this visit. Export the old save to keep a copy; the game tries the backup again when it next starts.`,
            file,
          );
        if (writeProblem)
          this.onNotice(
            `Your latest progress could not be saved: ${writeProblem}.`,
            'active-captain',
          );
      });
    this.track(done);
    return null;
  }
}

/**
 * The captain as a JSON file (without the run checkpoint, which belongs to this browser). Its
 * speedrun boards travel with the replays of their personal bests (`replays`, by id): the game
 * that imports the file keeps a PB only when its replay verifies there.
 */
export function exportCaptain(c: Captain, replays: Record<string, unknown> = {}): string {
  const { run: _run, ...rest } = c;
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, captain: { ...rest, run: null }, replays }, null, 2)}\n`;
}

/**
 * The captain's file, named after the captain, checked by reading it back as `importCaptain`
 * would: the game never hands out a file it would refuse.
 */
export function captainFile(
  c: Captain,
  replays: Record<string, unknown> = {},
): { ok: true; file: ExportFile } | { ok: false; problem: string } {
  const text = exportCaptain(c, replays);
  const back = importCaptain(text);
  if (!back.ok) return { ok: false, problem: back.message };
  const safe = c.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'captain';
  return { ok: true, file: { name: `shutdown-captain-${safe}.json`, text } };
}

/**
 * Reads an exported captain file (version 1, from before speedrun boards, or 2); refuses
 * anything else with a message saying where. `replays` are the file's PB records, unchecked:
 * the caller verifies them before it keeps a PB.
 */
export function importCaptain(
  text: string,
):
  | { ok: true; captain: Captain; replays: Record<string, unknown> }
  | { ok: false; message: string } {
  const bytes = text.length > LIMITS.captainFileBytes ? text.length : utf8Bytes(text);
  if (bytes > LIMITS.captainFileBytes)
    return {
      ok: false,
      message: `The file is too large to be a captain: ${formatBytes(bytes)}, over the game’s limit of ${formatBytes(LIMITS.captainFileBytes)} for a captain file. Nothing was imported.`,
    };
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
  if (version !== 1 && version !== EXPORT_VERSION)
    return {
      ok: false,
      message:
        typeof version === 'number' && version > EXPORT_VERSION
          ? `The file was made by a newer version of the game ($.version is ${version}).`
          : `The file has an unknown version ($.version is ${JSON.stringify(version)}).`,
    };
  const raw = (data as { captain?: unknown }).captain;
  const parsed =
    version === 1
      ? checkValue(CaptainV2, raw, '$.captain')
      : checkValue(CaptainV3, raw, '$.captain');
  if (!parsed.ok)
    return { ok: false, message: `The captain in the file is invalid at ${parsed.problem}.` };
  const replays = version === 1 ? {} : (data as { replays?: unknown }).replays;
  if (typeof replays !== 'object' || replays === null || Array.isArray(replays))
    return { ok: false, message: 'The file’s $.replays is not a set of replays by id.' };
  const captain: Omit<Captain, 'speedrun'> & Partial<Pick<Captain, 'speedrun'>> = parsed.value;
  return {
    ok: true,
    captain: { ...captain, speedrun: captain.speedrun ?? {}, run: null },
    replays: replays as Record<string, unknown>,
  };
}
