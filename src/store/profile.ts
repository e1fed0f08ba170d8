/**
 * Captains: the player's profiles, saved in the browser. Pure rules (rank by level, rewards
 * and accolades on completion, accolade progress) plus a zustand store whose persistence
 * (storage, version, migrations) is injected by the composition root from `persist/`.
 *
 * What a captain keeps is small and explicit: name, level, the missions completed with their
 * counts, the cumulative kill tallies, the accolades earned, SP and Exp totals, the items
 * received, and at most one run checkpoint (a session snapshot taken when a step starts).
 */
import { type PersistStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Accolade, MissionScript } from '../mission/schema';
import type { SessionSnapshot } from '../session/Session';
import { LIMITS } from './limits';

export const MIN_LEVEL = 36;
export const MAX_LEVEL = 50;
export const NAME_MAX = LIMITS.nameChars;
/** "War Games", the episode before Shutdown: done by every captain of level 36 or above. */
export const WAR_GAMES = 'war-games';

export interface MissionRecord {
  completions: number;
  /** ISO date of the first completion. */
  firstCompletedAt: string;
  /** Fastest in-game time of a completion, in ticks. */
  bestIgtTicks: number;
}

export interface ItemReward {
  missionId: string;
  mark: string;
  kind: 'first-completion' | 'replay';
  at: string;
}

export interface RunCheckpoint {
  missionId: string;
  stepId: string;
  stepTitle: string;
  savedAt: string;
  snapshot: SessionSnapshot;
}

/**
 * A captain's speedrun board for one category and difficulty (kept in the save; the rules that
 * fill it are `speedrun/splits.ts`, which has the same shape). Split times are game-time ticks
 * from the run's start, keyed by split id.
 */
export interface SpeedrunBoard {
  attempts: number;
  pb: {
    igtTicks: number;
    splitTimes: Record<string, number | null>;
    replayId: string | null;
    at: string;
    attempt: number;
  } | null;
  bestSegments: Record<string, number>;
  history: {
    n: number;
    at: string;
    result: 'complete' | 'reset' | 'failed' | 'abandoned';
    igtTicks: number;
    rtaMs: number | null;
    flags: string[];
    splitTimes: Record<string, number | null>;
    replayId: string | null;
  }[];
}

export interface Captain {
  id: string;
  name: string;
  level: number;
  createdAt: string;
  /** Missions finished before this game's records began: the prerequisites ("war-games"). */
  prerequisitesDone: string[];
  missions: Record<string, MissionRecord>;
  /** Cumulative tallies over every completed run (e.g. federation-officers → 64). */
  tallies: Record<string, number>;
  /** Accolade id → ISO date it was earned. */
  accolades: Record<string, string>;
  sp: number;
  exp: number;
  items: ItemReward[];
  run: RunCheckpoint | null;
  /** Speedrun boards by `category/difficulty`; a level change or a completion never touches them. */
  speedrun: Record<string, SpeedrunBoard>;
}

export interface ProfileData {
  captains: Captain[];
  activeId: string | null;
}

/** Rank by level, as in STO before 2015 (the levels the mission is for start at Captain). */
export function rankFor(level: number): string {
  if (level >= 50) return 'Vice Admiral';
  if (level >= 45) return 'Rear Admiral, Upper Half';
  if (level >= 40) return 'Rear Admiral, Lower Half';
  if (level >= 30) return 'Captain';
  if (level >= 20) return 'Commander';
  if (level >= 10) return 'Lieutenant Commander';
  return 'Lieutenant';
}

/** A name as the game keeps it: Unicode NFC (one form for "é"), without outer spaces. */
export const normalizeName = (name: string): string => name.normalize('NFC').trim();

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn the text that follows
// around: in the journal, the captain list or a file name they would make one captain look
// like another.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
// What draws nothing: spaces, zero-width and other format characters, default-ignorable code
// points (variation selectors, Hangul fillers, …) and the blank Braille pattern.
const INVISIBLE = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Why a name is refused, or null when it is fine. The name is checked as `normalizeName` keeps it. */
export function nameProblem(name: string): string | null {
  const n = normalizeName(name);
  if (n.length === 0) return 'Give your captain a name.';
  if (n.length > NAME_MAX) return `A name has at most ${NAME_MAX} characters.`;
  // Control characters would break the journal and exported files.
  if (CONTROL.test(n)) return 'A name cannot hold control characters.';
  if (DIRECTION_CONTROL.test(n))
    return 'A name cannot hold text-direction controls (such as right-to-left override); type the name as it should read.';
  if (INVISIBLE.test(n))
    return 'This name would show as nothing: it has only spaces or invisible characters. Give your captain a name with letters or digits.';
  return null;
}

export const levelOk = (level: number): boolean =>
  Number.isInteger(level) && level >= MIN_LEVEL && level <= MAX_LEVEL;

/** Why a name or level is refused, or null when both are fine. */
export function captainProblem(name: string, level: number): string | null {
  return (
    nameProblem(name) ??
    (levelOk(level) ? null : `Level must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}.`)
  );
}

/** The levels a captain can have, lowest first (36–50). */
export const LEVELS: readonly number[] = Array.from(
  { length: MAX_LEVEL - MIN_LEVEL + 1 },
  (_, i) => MIN_LEVEL + i,
);

export function newCaptain(id: string, name: string, level: number, now: string): Captain {
  return {
    id,
    name: normalizeName(name),
    level,
    createdAt: now,
    prerequisitesDone: level >= MIN_LEVEL ? [WAR_GAMES] : [],
    missions: {},
    tallies: {},
    accolades: {},
    sp: 0,
    exp: 0,
    items: [],
    run: null,
    speedrun: {},
  };
}

/** Whether the captain may take the mission: level in range and every prerequisite done. */
export function missionAvailable(c: Captain, script: MissionScript): boolean {
  return (
    c.level >= script.levelRange.min &&
    c.level <= script.levelRange.max &&
    script.prerequisites.every((p) => c.prerequisitesDone.includes(p.id))
  );
}

/** A completed mission is a Mission Replay from then on. */
export const isReplay = (c: Captain, missionId: string): boolean =>
  (own(c.missions, missionId)?.completions ?? 0) > 0;

export interface CompletedRun {
  missionId: string;
  igtTicks: number;
  /** Tally id → the count this run added (e.g. 32 Federation Officers). */
  tallies: Record<string, number>;
  reward: { kind: 'first-completion' | 'replay'; sp: number; exp: number; mark: string };
}

export interface AccoladeProgress {
  id: string;
  name: string;
  description: string;
  points: number;
  category: string;
  earned: boolean;
  earnedAt: string | null;
  /** Tally accolades: how far the captain has got, capped at the threshold. */
  progress: { value: number; target: number } | null;
}

/**
 * A captain's records are keyed by ids from the mission script: read own keys only, so an id
 * such as `constructor` never finds `Object.prototype`'s.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function accoladeProgress(c: Captain, accolades: readonly Accolade[]): AccoladeProgress[] {
  return accolades.map((a) => {
    const earnedAt = own(c.accolades, a.id) ?? null;
    const progress =
      a.award.on === 'tally'
        ? {
            value: Math.min(a.award.threshold, own(c.tallies, a.award.tally) ?? 0),
            target: a.award.threshold,
          }
        : null;
    return {
      id: a.id,
      name: a.name,
      description: a.description,
      points: a.points,
      category: a.category,
      earned: earnedAt !== null,
      earnedAt,
      progress,
    };
  });
}

/** The captain's Accolade Score: the points of every accolade earned. */
export function accoladeScore(c: Captain, accolades: readonly Accolade[]): number {
  return accolades.reduce((sum, a) => sum + (own(c.accolades, a.id) ? a.points : 0), 0);
}

/**
 * Books a completed run on the captain: completions, best time, rewards, items, cumulative
 * tallies, accolades (each at most once), and clears the checkpoint. The items log keeps the
 * newest `LIMITS.itemsPerCaptain` entries. Returns the new captain and the accolades earned by
 * this run, in the script's order.
 */
export function recordCompletion(
  c: Captain,
  run: CompletedRun,
  accolades: readonly Accolade[],
  now: string,
): { captain: Captain; earned: Accolade[] } {
  const before = own(c.missions, run.missionId);
  const tallies = { ...c.tallies };
  for (const [id, n] of Object.entries(run.tallies)) tallies[id] = (own(tallies, id) ?? 0) + n;
  const next: Captain = {
    ...c,
    missions: {
      ...c.missions,
      [run.missionId]: {
        completions: (before?.completions ?? 0) + 1,
        firstCompletedAt: before?.firstCompletedAt ?? now,
        bestIgtTicks: Math.min(before?.bestIgtTicks ?? Number.MAX_SAFE_INTEGER, run.igtTicks),
      },
    },
    tallies,
    sp: c.sp + run.reward.sp,
    exp: c.exp + run.reward.exp,
    // The log keeps the newest entries: a save must stay within what it can read back.
    items: [
      ...c.items,
      { missionId: run.missionId, mark: run.reward.mark, kind: run.reward.kind, at: now },
    ].slice(-LIMITS.itemsPerCaptain),
    accolades: { ...c.accolades },
    run: null,
  };
  const earned: Accolade[] = [];
  for (const a of accolades) {
    if (own(next.accolades, a.id)) continue;
    const due =
      a.award.on === 'missionCompleted'
        ? true
        : (own(tallies, a.award.tally) ?? 0) >= a.award.threshold;
    if (due) {
      next.accolades[a.id] = now;
      earned.push(a);
    }
  }
  return { captain: next, earned };
}

/**
 * Tally accolades the captain reaches during a run, the moment they are reached (as STO awards
 * them): the captain's cumulative tallies plus the run's so far. Returns the captain with them
 * earned, and the ones newly earned (none: the same captain object).
 */
export function awardDuringRun(
  c: Captain,
  runTallies: Readonly<Record<string, number>>,
  accolades: readonly Accolade[],
  now: string,
): { captain: Captain; earned: Accolade[] } {
  const earned = accolades.filter(
    (a) =>
      a.award.on !== 'missionCompleted' &&
      !own(c.accolades, a.id) &&
      (own(c.tallies, a.award.tally) ?? 0) + (own(runTallies, a.award.tally) ?? 0) >=
        a.award.threshold,
  );
  if (earned.length === 0) return { captain: c, earned };
  const next: Captain = { ...c, accolades: { ...c.accolades } };
  for (const a of earned) next.accolades[a.id] = now;
  return { captain: next, earned };
}

/** A change the player asked for: done and saved, or refused with the reason (nothing changed). */
export type Outcome = { ok: true; captain: Captain } | { ok: false; problem: string };

export interface ProfileActions {
  /** Creates and selects a captain, unless the save cannot take it. */
  create(name: string, level: number): Outcome;
  /** Adds an imported captain (with a new id if its own is taken) and selects it. */
  add(c: Captain): Outcome;
  select(id: string): void;
  setLevel(id: string, level: number): void;
  remove(id: string): void;
  /** Replaces the captain with the same id (or adds it). */
  put(c: Captain): void;
  setCheckpoint(id: string, run: RunCheckpoint | null): void;
  /** Replaces one speedrun board of the captain (nothing else of the captain changes). */
  setBoard(id: string, key: string, board: SpeedrunBoard): void;
}

export type ProfileState = ProfileData & ProfileActions;

/** What the composition root passes in: persistence from `persist/`, ids and the clock. */
export interface ProfileStoreOptions {
  name: string;
  version: number;
  storage: {
    getItem(name: string): { state: unknown; version?: number } | null;
    setItem(name: string, value: { state: ProfileData; version?: number }): void;
    removeItem(name: string): void;
  };
  /**
   * Writes `next` before the store takes it, for the changes the player can be told "no" about
   * (a new or imported captain); returns why it cannot be saved, or null once it is.
   */
  commit(next: ProfileData): string | null;
  migrate(persisted: unknown, version: number): ProfileData;
  onRehydrateError(error: unknown): void;
  newId(): string;
  now(): string;
}

export const active = (s: ProfileData): Captain | null =>
  s.captains.find((c) => c.id === s.activeId) ?? null;

export function createProfileStore(o: ProfileStoreOptions) {
  const update = (
    set: (fn: (s: ProfileState) => Partial<ProfileState>) => void,
    id: string,
    fn: (c: Captain) => Captain,
  ) => set((s) => ({ captains: s.captains.map((c) => (c.id === id ? fn(c) : c)) }));

  /** Adds `c` as the active captain if the save can hold it; nothing changes otherwise. */
  const adding = (
    set: (s: ProfileData) => void,
    captains: readonly Captain[],
    c: Captain,
  ): Outcome => {
    if (captains.length >= LIMITS.captains)
      return {
        ok: false,
        problem: `The game keeps at most ${LIMITS.captains} captains, and you have ${captains.length}. “${c.name}” was not added; your captains are unchanged.`,
      };
    const next: ProfileData = { captains: [...captains, c], activeId: c.id };
    const problem = o.commit(next);
    if (problem)
      return {
        ok: false,
        problem: `“${c.name}” could not be saved: ${problem}. Your captains are unchanged.`,
      };
    set(next);
    return { ok: true, captain: c };
  };

  return createStore<ProfileState>()(
    persist(
      (set, get) => ({
        captains: [],
        activeId: null,
        create(name, level) {
          return adding(set, get().captains, newCaptain(o.newId(), name, level, o.now()));
        },
        add(c) {
          const { captains } = get();
          const taken = captains.some((x) => x.id === c.id);
          return adding(set, captains, taken ? { ...c, id: o.newId() } : c);
        },
        select(id) {
          set((s) => (s.captains.some((c) => c.id === id) ? { activeId: id } : {}));
        },
        setLevel(id, level) {
          if (!levelOk(level)) return;
          update(set, id, (c) => ({
            ...c,
            level,
            prerequisitesDone: c.prerequisitesDone.includes(WAR_GAMES)
              ? c.prerequisitesDone
              : [...c.prerequisitesDone, WAR_GAMES],
          }));
        },
        remove(id) {
          set((s) => {
            const captains = s.captains.filter((c) => c.id !== id);
            return {
              captains,
              activeId: s.activeId === id ? (captains[0]?.id ?? null) : s.activeId,
            };
          });
        },
        put(c) {
          set((s) => ({
            captains: s.captains.some((x) => x.id === c.id)
              ? s.captains.map((x) => (x.id === c.id ? c : x))
              : [...s.captains, c],
          }));
        },
        setCheckpoint(id, run) {
          update(set, id, (c) => ({ ...c, run }));
        },
        setBoard(id, key, board) {
          update(set, id, (c) => ({ ...c, speedrun: { ...c.speedrun, [key]: board } }));
        },
      }),
      {
        name: o.name,
        version: o.version,
        // The adapter hands over older saves as they are (`migrate` checks them) and the
        // current version already checked, hence the cast.
        storage: o.storage as unknown as PersistStorage<ProfileData>,
        // Only the data: never the actions.
        partialize: (s): ProfileData => ({ captains: s.captains, activeId: s.activeId }),
        migrate: (persisted, version) => o.migrate(persisted, version),
        onRehydrateStorage: () => (_state, error) => {
          if (error) o.onRehydrateError(error);
        },
      },
    ),
  );
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
