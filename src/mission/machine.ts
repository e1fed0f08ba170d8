/**
 * The objective state machine: `reduce(script, state, event) → {state, effects}`.
 *
 * Pure: it never runs effects, reads no clock and never mutates its input. Objectives within a
 * step complete strictly in order; only the active objective hears events. A failure (an
 * escorted or protected NPC dies) puts the mission in `failed`; the `restartStep` event then
 * rewinds the step to its checkpoint (its start): progress and that step's kill tallies reset,
 * its spawns are cleared and its start effects run again.
 */
import { clonePlain } from '../core/clone';
import type { MissionEffect, MissionEvent } from './events';
import { counter } from './objectives/counter';
import { escort } from './objectives/escort';
import { interact } from './objectives/interact';
import { protect } from './objectives/protect';
import { reach } from './objectives/reach';
import { report } from './objectives/report';
import type { ObjectiveHandler, Outcome } from './objectives/types';
import { rewardFor } from './rewards';
import type { DeepReadonly, MissionScript, Objective } from './schema';

export { rewardFor } from './rewards';

export const MISSION_STATE_VERSION = 1;

export type MissionStatus = 'offered' | 'active' | 'failed' | 'complete';

export interface MissionState {
  version: number;
  missionId: string;
  status: MissionStatus;
  /** Index of the current step; -1 until the mission is accepted. */
  step: number;
  /** Index of the active objective within the current step. */
  objective: number;
  progress: number[][];
  completedAt: (number | null)[][];
  /** Kill tallies, one count per step index. */
  tallies: { id: string; counts: number[] }[];
  failure: { stepId: string; objectiveId: string; reason: string } | null;
  accolades: string[];
  captainLevel: number;
  replay: boolean;
  acceptedAt: number | null;
  completedAtTick: number | null;
}

export interface Transition {
  state: MissionState;
  effects: MissionEffect[];
}

const HANDLERS: {
  [K in Objective['type']]: ObjectiveHandler<DeepReadonly<Extract<Objective, { type: K }>>>;
} = { report, reach, counter, interact, escort, protect };

function handlerFor(o: DeepReadonly<Objective>): ObjectiveHandler<DeepReadonly<Objective>> {
  return HANDLERS[o.type] as ObjectiveHandler<DeepReadonly<Objective>>;
}

export function objectiveTarget(o: DeepReadonly<Objective>): number {
  return handlerFor(o).target(o);
}

/** The effects an objective's activation asks for: its handler's, then the script's own. */
export function objectiveActivation(o: DeepReadonly<Objective>): MissionEffect[] {
  return [...handlerFor(o).activate(o), ...o.onActivate];
}

export function initialState(script: MissionScript): MissionState {
  return {
    version: MISSION_STATE_VERSION,
    missionId: script.id,
    status: 'offered',
    step: -1,
    objective: 0,
    progress: script.steps.map((s) => s.objectives.map(() => 0)),
    completedAt: script.steps.map((s) => s.objectives.map(() => null)),
    tallies: script.tallies.map((t) => ({ id: t.id, counts: script.steps.map(() => 0) })),
    failure: null,
    accolades: [],
    captainLevel: script.levelRange.min,
    replay: false,
    acceptedAt: null,
    completedAtTick: null,
  };
}

export function reduce(
  script: MissionScript,
  state: MissionState,
  event: MissionEvent,
): Transition {
  const effects: MissionEffect[] = [];
  // The input is never mutated: a copy is made once it is sure that something changes (most
  // events change nothing, and copying the state was the machine's main cost).
  switch (event.type) {
    case 'accept': {
      if (state.status !== 'offered') return { state, effects };
      const s = clonePlain(state);
      s.status = 'active';
      s.captainLevel = event.captainLevel;
      s.replay = event.replay;
      s.acceptedAt = event.tick;
      effects.push(...script.onAccept);
      startStep(script, s, 0, false, effects);
      return { state: s, effects };
    }
    case 'restartStep': {
      if (state.status !== 'failed') return { state, effects };
      const s = clonePlain(state);
      restartStep(script, s, effects);
      return { state: s, effects };
    }
    default:
      if (state.status !== 'active') return { state, effects };
  }

  const step = script.steps[state.step]!;
  const objective = step.objectives[state.objective]!;
  const handler = handlerFor(objective);
  const progress = state.progress[state.step]![state.objective]!;
  // Handlers are pure, so asking before the tallies are counted gives the same outcome.
  const outcome: Outcome = handler.handle(objective, progress, event, script);
  if (outcome.kind === 'ignored' && !talliesCount(script, state, event)) {
    return { state, effects };
  }
  const s = clonePlain(state);
  countTallies(script, s, event, effects);
  if (outcome.kind === 'failed') {
    s.status = 'failed';
    s.failure = { stepId: step.id, objectiveId: objective.id, reason: outcome.reason };
    effects.push({
      type: 'stepFailed',
      stepId: step.id,
      objectiveId: objective.id,
      reason: outcome.reason,
    });
    return { state: s, effects };
  }
  if (outcome.kind === 'ignored') return { state: s, effects };
  const target = handler.target(objective);
  const next = Math.min(Math.max(outcome.progress, progress), target);
  s.progress[s.step]![s.objective] = next;
  effects.push({
    type: 'objectiveProgress',
    objectiveId: objective.id,
    progress: next,
    count: target,
  });
  if (next >= target) completeObjective(script, s, event.tick, effects);
  return { state: s, effects };
}

/** Would `countTallies` change a tally for this event? */
function talliesCount(script: MissionScript, s: MissionState, e: MissionEvent): boolean {
  if (e.type !== 'defeated') return false;
  const step = script.steps[s.step]!;
  return script.tallies.some((t, i) => {
    const limit = t.perStep[step.id];
    return (
      limit !== undefined && e.tags.includes(t.tag) && !(s.tallies[i]!.counts[s.step]! >= limit)
    );
  });
}

function countTallies(
  script: MissionScript,
  s: MissionState,
  e: MissionEvent,
  effects: MissionEffect[],
) {
  if (e.type !== 'defeated') return;
  const step = script.steps[s.step]!;
  script.tallies.forEach((t, i) => {
    // Own keys only: a step id like `constructor` must not find Object.prototype's.
    const limit = Object.hasOwn(t.perStep, step.id) ? t.perStep[step.id] : undefined;
    const tally = s.tallies[i]!;
    if (limit === undefined || !e.tags.includes(t.tag)) return;
    const n = tally.counts[s.step]!;
    if (n >= limit) return;
    tally.counts[s.step] = n + 1;
    const total = tally.counts.reduce((a, b) => a + b, 0);
    effects.push({ type: 'tally', tally: t.id, stepId: step.id, count: n + 1, total });
  });
}

function startStep(
  script: MissionScript,
  s: MissionState,
  index: number,
  restart: boolean,
  effects: MissionEffect[],
) {
  const previous = s.step >= 0 ? script.steps[s.step] : undefined;
  const step = script.steps[index]!;
  s.step = index;
  s.objective = 0;
  effects.push({ type: 'stepStarted', stepId: step.id, restart });
  if (restart || previous === undefined || previous.scene !== step.scene) {
    effects.push({
      type: 'changeScene',
      scene: step.scene,
      transition: restart ? 'none' : step.transition,
    });
  }
  effects.push(...step.onStart);
  activateObjective(script, s, effects);
}

function activateObjective(script: MissionScript, s: MissionState, effects: MissionEffect[]) {
  const step = script.steps[s.step]!;
  const o = step.objectives[s.objective]!;
  effects.push({ type: 'objectiveActivated', stepId: step.id, objectiveId: o.id });
  effects.push(...objectiveActivation(o));
}

function completeObjective(
  script: MissionScript,
  s: MissionState,
  tick: number,
  effects: MissionEffect[],
) {
  const step = script.steps[s.step]!;
  const o = step.objectives[s.objective]!;
  s.completedAt[s.step]![s.objective] = tick;
  effects.push({ type: 'objectiveCompleted', stepId: step.id, objectiveId: o.id, tick });
  effects.push(...handlerFor(o).complete(o), ...o.onComplete);
  if (s.objective + 1 < step.objectives.length) {
    s.objective += 1;
    activateObjective(script, s, effects);
    return;
  }
  effects.push(...step.onComplete, { type: 'stepCompleted', stepId: step.id, tick });
  if (s.step + 1 < script.steps.length) {
    startStep(script, s, s.step + 1, false, effects);
    return;
  }
  s.status = 'complete';
  s.completedAtTick = tick;
  effects.push({ type: 'missionCompleted', tick });
  for (const a of script.accolades) {
    if (a.award.on === 'missionCompleted' && !s.accolades.includes(a.id)) {
      s.accolades.push(a.id);
      effects.push({ type: 'awardAccolade', accolade: a.id });
    }
  }
  const kind = s.replay ? 'replay' : 'first-completion';
  const row = rewardFor(
    s.replay ? script.rewards.replay : script.rewards.firstCompletion,
    s.captainLevel,
  );
  if (row) {
    effects.push({
      type: 'grantReward',
      kind,
      level: s.captainLevel,
      sp: row.sp,
      exp: row.exp,
      mark: row.mark,
      rank: row.rank,
    });
  }
}

function restartStep(script: MissionScript, s: MissionState, effects: MissionEffect[]) {
  const step = script.steps[s.step]!;
  // An escort or protect objective that failed (its NPC died) restarts on its own: what the
  // step's earlier objectives achieved stays achieved (the rescued stay rescued).
  const oi = step.objectives.findIndex((o) => o.id === s.failure?.objectiveId);
  const failedObjective = step.objectives[oi];
  if (
    failedObjective &&
    (failedObjective.type === 'escort' || failedObjective.type === 'protect')
  ) {
    restartObjective(script, s, oi, failedObjective.npc, effects);
    return;
  }
  s.status = 'active';
  s.failure = null;
  s.progress[s.step] = step.objectives.map(() => 0);
  s.completedAt[s.step] = step.objectives.map(() => null);
  for (const t of s.tallies) t.counts[s.step] = 0;
  const groups = [
    ...step.onStart,
    ...step.objectives.flatMap((o) => [...o.onActivate, ...o.onComplete]),
  ].flatMap((e) => (e.type === 'spawn' ? [e.group] : []));
  effects.push({ type: 'resetStep', stepId: step.id, groups });
  startStep(script, s, s.step, true, effects);
}

/**
 * Restarts one escort or protect objective from its own start: the groups its activation
 * spawns and the group the NPC came with are removed and spawned afresh, and the objective is
 * activated again. Earlier objectives of the step, and the tallies, keep what they had.
 */
function restartObjective(
  script: MissionScript,
  s: MissionState,
  oi: number,
  npc: string,
  effects: MissionEffect[],
) {
  const step = script.steps[s.step]!;
  const o = step.objectives[oi]!;
  s.status = 'active';
  s.failure = null;
  s.objective = oi;
  for (let i = oi; i < step.objectives.length; i++) {
    s.progress[s.step]![i] = 0;
    s.completedAt[s.step]![i] = null;
  }
  const spawnedByStep = [
    ...step.onStart,
    ...step.objectives.flatMap((x) => [...x.onActivate, ...x.onComplete]),
  ].flatMap((e) => (e.type === 'spawn' ? [e.group] : []));
  const npcGroups = spawnedByStep.filter((g) =>
    script.spawns.some((sp) => sp.id === g && sp.members.some((m) => m.npc === npc)),
  );
  const own = o.onActivate.flatMap((e) => (e.type === 'spawn' ? [e.group] : []));
  const groups = [...new Set([...npcGroups, ...own])];
  effects.push({ type: 'resetStep', stepId: step.id, groups });
  for (const g of npcGroups) if (!own.includes(g)) effects.push({ type: 'spawn', group: g });
  activateObjective(script, s, effects);
}

/** Objective view for trackers: state of each objective derived from indices. */
export type ObjectiveState = 'pending' | 'active' | 'complete';

export function objectiveStates(script: MissionScript, s: MissionState) {
  return script.steps.flatMap((step, si) =>
    step.objectives.map((o, oi) => {
      const done = s.completedAt[si]?.[oi] != null;
      const active = !done && s.status !== 'offered' && si === s.step && oi === s.objective;
      const state: ObjectiveState = done ? 'complete' : active ? 'active' : 'pending';
      return {
        id: o.id,
        stepId: step.id,
        title: o.title,
        state,
        progress: s.progress[si]?.[oi] ?? 0,
        count: objectiveTarget(o),
        completedAtTick: s.completedAt[si]?.[oi] ?? null,
      };
    }),
  );
}
