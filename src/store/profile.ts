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

export const MIN_LEVEL = 36;
export const MAX_LEVEL = 50;
export const NAME_MAX = 32;
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

/** Why a name is refused, or null when it is fine. */
export function nameProblem(name: string): string | null {
  const n = name.trim();
  if (n.length === 0) return 'Give your captain a name.';
  if (n.length > NAME_MAX) return `A name has at most ${NAME_MAX} characters.`;
  // Control characters would break the journal and exported files.
  for (const ch of n) if (ch.charCodeAt(0) < 32) return 'A name cannot hold control characters.';
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
    name: name.trim(),
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
  (c.missions[missionId]?.completions ?? 0) > 0;

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

export function accoladeProgress(c: Captain, accolades: readonly Accolade[]): AccoladeProgress[] {
  return accolades.map((a) => {
    const earnedAt = c.accolades[a.id] ?? null;
    const progress =
      a.award.on === 'tally'
        ? {
            value: Math.min(a.award.threshold, c.tallies[a.award.tally] ?? 0),
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
  return accolades.reduce((sum, a) => sum + (c.accolades[a.id] ? a.points : 0), 0);
}

/**
 * Books a completed run on the captain: completions, best time, rewards, items, cumulative
 * tallies, accolades (each at most once), and clears the checkpoint. Returns the new captain
 * and the accolades earned by this run, in the script's order.
 */
export function recordCompletion(
  c: Captain,
  run: CompletedRun,
  accolades: readonly Accolade[],
  now: string,
): { captain: Captain; earned: Accolade[] } {
  const before = c.missions[run.missionId];
  const tallies = { ...c.tallies };
  for (const [id, n] of Object.entries(run.tallies)) tallies[id] = (tallies[id] ?? 0) + n;
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
    items: [
      ...c.items,
      { missionId: run.missionId, mark: run.reward.mark, kind: run.reward.kind, at: now },
    ],
    accolades: { ...c.accolades },
    run: null,
  };
  const earned: Accolade[] = [];
  for (const a of accolades) {
    if (next.accolades[a.id]) continue;
    const due =
      a.award.on === 'missionCompleted' ? true : (tallies[a.award.tally] ?? 0) >= a.award.threshold;
    if (due) {
      next.accolades[a.id] = now;
      earned.push(a);
    }
  }
  return { captain: next, earned };
}

export interface ProfileActions {
  create(name: string, level: number): Captain;
  select(id: string): void;
  setLevel(id: string, level: number): void;
  remove(id: string): void;
  /** Replaces the captain with the same id (or adds it). */
  put(c: Captain): void;
  setCheckpoint(id: string, run: RunCheckpoint | null): void;
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

  return createStore<ProfileState>()(
    persist(
      (set) => ({
        captains: [],
        activeId: null,
        create(name, level) {
          const c = newCaptain(o.newId(), name, level, o.now());
          set((s) => ({ captains: [...s.captains, c], activeId: c.id }));
          return c;
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
