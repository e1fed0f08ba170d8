/**
 * Speedrun categories, read from the mission script's `speedrun` section (missions/README.md,
 * "Speedrun categories"): each with its steps, required tallies and split list, plus the
 * difficulty variable. A script without the section gets Any% and Autopilot, one split per
 * objective.
 *
 * The category of an attempt follows from what helped it (SPEEDRUN.md, Integrity): the bot's
 * runs go to the autopilot category whatever was chosen, practice runs are practice (the
 * practice mode keeps their individual-level bests), everything else is the category the
 * player chose.
 */
import type { CategoryData, MissionScript } from '../mission/schema';

/** Where practice runs go: never a full-run board. */
export const PRACTICE = 'practice';
/** The ids runs had before categories were data; a script keeps them for its records. */
export const ANY = 'any%';
export const AUTOPILOT = 'autopilot';

export interface Split {
  id: string;
  title: string;
  /** Taken the tick this objective completes. */
  objective: string;
  /** The step holding the objective: splits of one step collapse together, like subsplits. */
  group: string;
  groupTitle: string;
}

export interface Category {
  id: string;
  name: string;
  rules: string;
  runner: 'player' | 'autopilot';
  /** First and last step index timed (a full run: 0 and the last step). */
  fromStep: number;
  toStep: number;
  /** An individual level: starts at a step's start state, not at the accept. */
  individualLevel: boolean;
  requireTallies: string[];
  splits: Split[];
}

export interface DifficultyVariable {
  name: string;
  values: { id: string; name: string }[];
  default: string;
}

export interface Categories {
  list: Category[];
  difficulty: DifficultyVariable;
}

const DEFAULT_CATEGORIES: CategoryData[] = [
  {
    id: ANY,
    name: 'Any%',
    rules: 'Complete every objective.',
    runner: 'player',
    requireTallies: [],
  },
  {
    id: AUTOPILOT,
    name: 'Autopilot',
    rules: 'The autopilot plays the whole mission.',
    runner: 'autopilot',
    requireTallies: [],
  },
];

const cache = new WeakMap<MissionScript, Categories>();

/** The script's categories, resolved (split lists filled in). The script must have been validated. */
export function categoriesOf(script: MissionScript): Categories {
  const had = cache.get(script);
  if (had) return had;
  const steps = script.steps;
  const stepOf = new Map<string, number>();
  steps.forEach((s, si) => {
    for (const o of s.objectives) if (!stepOf.has(o.id)) stepOf.set(o.id, si);
  });
  const titleOf = new Map(steps.flatMap((s) => s.objectives.map((o) => [o.id, o.title] as const)));
  const stepIndex = (id: string | undefined, fallback: number) => {
    if (id === undefined) return fallback;
    const i = steps.findIndex((s) => s.id === id);
    return i < 0 ? fallback : i;
  };
  const data = script.speedrun?.categories ?? DEFAULT_CATEGORIES;
  const list = data.map((c): Category => {
    const fromStep = stepIndex(c.from, 0);
    const toStep = stepIndex(c.to, steps.length - 1);
    const split = (id: string, objective: string, title?: string): Split => {
      const step = steps[stepOf.get(objective) ?? fromStep]!;
      return {
        id,
        title: title ?? titleOf.get(objective) ?? objective,
        objective,
        group: step.id,
        groupTitle: step.title,
      };
    };
    const splits = c.splits
      ? c.splits.map((s) => split(s.id, s.objective, s.title))
      : steps
          .slice(fromStep, toStep + 1)
          .flatMap((s) => s.objectives.map((o) => split(o.id, o.id)));
    return {
      id: c.id,
      name: c.name,
      rules: c.rules,
      runner: c.runner,
      fromStep,
      toStep,
      individualLevel: c.from !== undefined,
      requireTallies: [...c.requireTallies],
      splits,
    };
  });
  const d = script.speedrun?.difficulty;
  const resolved: Categories = {
    list,
    difficulty: d
      ? { name: d.name, values: d.values.map((v) => ({ ...v })), default: d.default }
      : {
          name: 'Difficulty',
          values: [{ id: 'normal', name: 'Normal' }],
          default: 'normal',
        },
  };
  cache.set(script, resolved);
  return resolved;
}

export const categoryById = (script: MissionScript, id: string): Category | undefined =>
  categoriesOf(script).list.find((c) => c.id === id);

/** The autopilot's category id (the data has exactly one; `autopilot` when absent). */
export const autopilotCategory = (script?: MissionScript): string =>
  (script && categoriesOf(script).list.find((c) => c.runner === 'autopilot')?.id) ?? AUTOPILOT;

/** The full-run categories a player may choose, in the script's order. */
export const playerCategories = (script: MissionScript): Category[] =>
  categoriesOf(script).list.filter((c) => c.runner === 'player' && !c.individualLevel);

/**
 * The category an attempt falls in. `chosen` is the player's choice (Any% when not given);
 * without a script the default ids are used (records checked before the script is at hand).
 */
export function categoryFor(
  assisted: { autopilot: boolean; resumed: boolean; practice: boolean },
  chosen: string = ANY,
  script?: MissionScript,
): string {
  if (assisted.autopilot) return autopilotCategory(script);
  if (assisted.practice) return PRACTICE;
  return chosen;
}

/**
 * Why a record's category does not fit its flags or the script, or null when it does. Practice
 * runs are `practice`; the bot's go to the autopilot category; a player's run names one of the
 * script's player categories.
 */
export function categoryProblem(
  run: { category: string },
  assisted: { autopilot: boolean; practice: boolean },
  script?: MissionScript,
): string | null {
  const bot = autopilotCategory(script);
  if (assisted.autopilot && run.category !== bot)
    return `a run the autopilot played is in category '${bot}', not '${run.category}'`;
  if (assisted.autopilot) return null;
  if (assisted.practice)
    return run.category === PRACTICE
      ? null
      : `a practice run is in category '${PRACTICE}', not '${run.category}'`;
  if (run.category === PRACTICE || run.category === bot)
    return `a run with no autopilot and no practice cannot be in category '${run.category}'`;
  if (!script) return null;
  const c = categoryById(script, run.category);
  if (c?.runner !== 'player' || c.individualLevel)
    return `the mission has no full-run category '${run.category}' (it has ${playerCategories(
      script,
    )
      .map((x) => `'${x.id}'`)
      .join(', ')})`;
  return null;
}

/** Each required tally's total over its steps (32 Federation Officers in Shutdown). */
function tallyTotal(script: MissionScript, id: string): number {
  const t = script.tallies.find((x) => x.id === id);
  return t ? Object.values(t.perStep).reduce((a, b) => a + b, 0) : 0;
}

/**
 * Whether the run has done what its category requires beyond the objectives: every defeat of
 * each required tally (the mission state's counts, per step). A category the script does not
 * have requires nothing more.
 */
export function requirementsMet(
  script: MissionScript,
  categoryId: string,
  tallies: readonly { id: string; counts: readonly number[] }[],
): boolean {
  const c = categoryById(script, categoryId);
  if (!c) return true;
  return c.requireTallies.every((id) => {
    const counts = tallies.find((t) => t.id === id)?.counts ?? [];
    return counts.reduce((a, b) => a + b, 0) >= tallyTotal(script, id);
  });
}
