/**
 * Checks a session snapshot before anything restores it: a checkpoint read back from storage,
 * a replay keyframe, anything from outside. `Session.restore` calls it, so no unchecked
 * snapshot can reach the simulation.
 *
 * Two passes. The schema (`snapshotSchema.ts`) checks the shape: every field there with its
 * type, finite numbers within sane bounds, integer ids and ticks, known enums. Then the
 * invariants check what only the mission script and the maps can say, and what the simulation
 * relies on without checking again every tick: ids unique, in order and below `nextId`;
 * references that resolve (the player, scenes, maps, spawn groups, NPCs, tags, zones,
 * interactables, contacts, barriers, accolades); positions on the map; hull and shields within
 * the archetype's own; step and objective indices in range of the script; progress and tallies
 * shaped like the script's; and the waits that end a state (a failed step's restart, a
 * destroyed ship's respawn) present when that state is, so a restored run cannot stay stuck.
 *
 * Every problem comes back as `{ path, message }` with a JSON path (`$.world.entities[3].x`);
 * a message about two fields names the other one's path too.
 */
import { fail, ok, type Result } from '../core/result';
import { PLAYER } from '../mission/events';
import { MISSION_STATE_VERSION, objectiveActivation, objectiveTarget } from '../mission/machine';
import {
  type DeepReadonly,
  type EventMatcher,
  type Objective,
  StepSchema,
} from '../mission/schema';
import { shipStatsOf } from '../sim/archetypes';
import { DIFFICULTY, SIM_VERSION, SPACE } from '../sim/balance';
import type { SimContext } from '../sim/context';
import { ABILITIES } from '../sim/step';
import type { Entity, World } from '../sim/world';
import type { SessionSnapshot } from './Session';
import {
  formatProblem,
  installSnapshotCheck,
  SNAPSHOT_VERSION,
  type SnapshotProblem,
} from './snapshotCheck';
import { SessionSnapshotSchema } from './snapshotSchema';

export type { SnapshotProblem };
export { formatProblem };

/** A timer further ahead than this (a minute) is not one the simulation sets. */
export const MAX_WAIT = 60 * 60;
/** How far outside its map anything may be: a torpedo flies 2100 units past a ship at the edge. */
export const MAP_MARGIN = 2500;
/** More problems than this are not listed: the snapshot is refused all the same. */
const MAX_PROBLEMS = 50;

const PLAYER_ARCHETYPES: readonly string[] = ['player-ship', 'captain', 'bridge-officer'];
const TRANSITIONS: readonly string[] = [
  ...StepSchema.shape.transition.unwrap().options.filter((t) => t !== 'none'),
  'respawn',
  'revive',
];
const ABILITY_IDS: readonly string[] = [...ABILITIES.space, ...ABILITIES.ground];
/** What an `ability` effect may name: the player's, the enemies' and the away team's. */
const FX_ABILITY_IDS: readonly string[] = [
  ...ABILITY_IDS,
  'attackRun',
  'shieldBoost',
  'heavyAttack',
  'heal',
];

/** A value from outside, shown in a message without trusting it to stringify. */
const show = (v: unknown): string =>
  typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? String(v) : typeof v;

function zodPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/**
 * Validates `raw` as a snapshot of a session of `ctx`'s mission and this simulation version.
 * On success the value is a fresh copy (parsed), safe to keep.
 */
export function validateSnapshot(
  ctx: SimContext,
  raw: unknown,
): Result<SessionSnapshot, SnapshotProblem> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail([{ path: '$', message: 'is not a snapshot object' }]);
  const head = raw as Record<string, unknown>;
  // The version first: a snapshot of another version is refused with that reason alone.
  if (head.version !== SNAPSHOT_VERSION || head.simVersion !== SIM_VERSION) {
    return fail([
      {
        path: head.version !== SNAPSHOT_VERSION ? '$.version' : '$.simVersion',
        message: `the snapshot is of version ${show(head.version)}/${show(head.simVersion)}; this game restores ${SNAPSHOT_VERSION}/${SIM_VERSION}`,
      },
    ]);
  }
  if (head.missionId !== ctx.script.id) {
    return fail([
      {
        path: '$.missionId',
        message: `the snapshot is of mission '${show(head.missionId)}', not '${ctx.script.id}'`,
      },
    ]);
  }
  const parsed = SessionSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const problems: SnapshotProblem[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys)
          problems.push({ path: zodPath([...issue.path, k]), message: 'is not a snapshot field' });
      } else {
        problems.push({ path: zodPath(issue.path), message: issue.message });
      }
    }
    return fail(problems.slice(0, MAX_PROBLEMS));
  }
  const snapshot: SessionSnapshot = parsed.data;
  const problems = checkInvariants(ctx, snapshot);
  return problems.length > 0 ? fail(problems.slice(0, MAX_PROBLEMS)) : ok(snapshot);
}

function checkInvariants(ctx: SimContext, snap: SessionSnapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const bad = (path: string, message: string) => problems.push({ path, message });
  checkWorld(ctx, snap.world, bad);
  checkMission(ctx, snap, bad);
  return problems;
}

type Bad = (path: string, message: string) => void;

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function checkWorld(ctx: SimContext, w: World, bad: Bad) {
  const { script } = ctx;
  const scene = script.scenes.find((s) => s.id === w.scene);
  if (!scene) bad('$.world.scene', `no scene '${w.scene}' in mission '${script.id}'`);
  else {
    if (w.sceneKind !== scene.kind)
      bad(
        '$.world.sceneKind',
        `is '${w.sceneKind}' but $.world.scene '${scene.id}' is '${scene.kind}'`,
      );
    if (w.map !== scene.map)
      bad('$.world.map', `is '${w.map}' but $.world.scene '${scene.id}' is on map '${scene.map}'`);
  }
  const geo = ctx.maps.has(w.map) ? ctx.geometry[w.map] : undefined;
  if (!geo) bad('$.world.map', `no map '${w.map}' in mission '${script.id}'`);
  const bounds: Bounds | null = geo
    ? {
        x0: geo.originX - MAP_MARGIN,
        y0: geo.originY - MAP_MARGIN,
        x1: geo.originX + geo.width + MAP_MARGIN,
        y1: geo.originY + geo.height + MAP_MARGIN,
      }
    : null;
  /** The point `${path}.${xKey}`, `${path}.${yKey}` is on the map (give or take a margin). */
  const onMap = (path: string, x: number, y: number, xKey = 'x', yKey = 'y') => {
    if (bounds && (x < bounds.x0 || x > bounds.x1 || y < bounds.y0 || y > bounds.y1))
      bad(`${path}.${xKey}`, `with ${path}.${yKey}, (${x}, ${y}) is off map '${w.map}'`);
  };
  const soon = w.tick + MAX_WAIT;
  const timer = (path: string, at: number) => {
    if (at > soon) bad(path, `${at} is more than ${MAX_WAIT} ticks after $.world.tick (${w.tick})`);
  };
  const past = (path: string, at: number) => {
    if (at > w.tick) bad(path, `${at} is later than $.world.tick (${w.tick})`);
  };
  const issued = (path: string, id: number) => {
    if (id >= w.nextId) bad(path, `${id} is not below $.world.nextId (${w.nextId})`);
  };

  const ids = new Set<number>();
  // Entities are kept in id order (found by binary search), each id used once.
  w.entities.forEach((e, i) => {
    const p = `$.world.entities[${i}]`;
    const before = w.entities[i - 1];
    if (before && e.id <= before.id)
      bad(
        `${p}.id`,
        `${e.id} is not above $.world.entities[${i - 1}].id (${before.id}): ids are unique, in order`,
      );
    ids.add(e.id);
    issued(`${p}.id`, e.id);
    checkEntity(ctx, w, e, p, bad, { onMap, timer, past, issued });
  });

  const playerIndex = w.entities.findIndex((e) => e.id === w.player);
  const player = w.entities[playerIndex];
  const playerKind = w.sceneKind === 'space' ? 'player-ship' : 'captain';
  if (!player) {
    const k = w.entities.findIndex((e) => e.archetype === playerKind);
    const seen =
      k < 0 ? '' : `; the ${playerKind} has $.world.entities[${k}].id ${w.entities[k]!.id}`;
    bad('$.world.player', `no entity has id ${w.player} in $.world.entities${seen}`);
  } else if (player.archetype !== playerKind)
    bad(
      '$.world.player',
      `is $.world.entities[${playerIndex}], a '${player.archetype}' ($.world.entities[${playerIndex}].archetype), not the ${playerKind}`,
    );

  w.projectiles.forEach((q, i) => {
    const p = `$.world.projectiles[${i}]`;
    const before = w.projectiles[i - 1];
    if (ids.has(q.id)) bad(`${p}.id`, `${q.id} is already an entity's id in $.world.entities`);
    if (before && q.id <= before.id)
      bad(
        `${p}.id`,
        `${q.id} is not above $.world.projectiles[${i - 1}].id (${before.id}): ids are unique, in order`,
      );
    issued(`${p}.id`, q.id);
    issued(`${p}.owner`, q.owner);
    issued(`${p}.target`, q.target);
    onMap(p, q.x, q.y);
    if (q.travelled > SPACE.torpedoRange * 2)
      bad(`${p}.travelled`, `${q.travelled} is past a torpedo's range`);
  });
  if (w.sceneKind !== 'space' && w.projectiles.length > 0)
    bad('$.world.projectiles', 'torpedoes fly only in space');

  /** Each item known and listed once; `field` names the part of an item that is the id. */
  const unique = (
    path: string,
    list: readonly string[],
    known: (x: string) => boolean,
    what: string,
    field = '',
  ) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (!known(x)) bad(`${path}[${i}]${field}`, `no ${what} '${x}' in mission '${script.id}'`);
      if (seen.has(x)) bad(`${path}[${i}]${field}`, `'${x}' is listed twice`);
      seen.add(x);
    });
  };
  unique(
    '$.world.abilities',
    w.abilities.map((a) => a.id),
    (x) => ABILITY_IDS.includes(x),
    'ability',
    '.id',
  );
  w.abilities.forEach((a, i) => {
    timer(`$.world.abilities[${i}].readyAt`, a.readyAt);
    timer(`$.world.abilities[${i}].activeUntil`, a.activeUntil);
  });
  const npcs = new Set(script.npcs.map((n) => n.id));
  unique(
    '$.world.watches',
    w.watches.map((x) => `${x.zone}/${x.actor}`),
    () => true,
    'watch',
  );
  w.watches.forEach((x, i) => {
    if (!ctx.zones.has(x.zone))
      bad(`$.world.watches[${i}].zone`, `no zone '${x.zone}' in mission '${script.id}'`);
    if (x.actor !== PLAYER && !npcs.has(x.actor))
      bad(`$.world.watches[${i}].actor`, `'${x.actor}' is neither '${PLAYER}' nor an NPC`);
  });
  unique(
    '$.world.enabledInteractables',
    w.enabledInteractables,
    (x) => ctx.interactables.has(x),
    'interactable',
  );
  unique('$.world.hails', w.hails, (x) => script.contacts.some((c) => c.id === x), 'contact');
  unique('$.world.barriersUp', w.barriersUp, (x) => ctx.barriers.has(x), 'barrier');

  if (w.interaction) {
    const t = w.interaction.target;
    const injured = /^injured-(\d+)$/.exec(t);
    if (injured) issued('$.world.interaction.target', Number(injured[1]));
    else if (!ctx.interactables.has(t))
      bad('$.world.interaction.target', `no interactable '${t}' in mission '${script.id}'`);
    if (w.interaction.ticks > MAX_WAIT)
      bad('$.world.interaction.ticks', `${w.interaction.ticks} is longer than any hold`);
  }

  timer('$.world.respawnAt', w.respawnAt);
  const wrecked = w.sceneKind === 'space' && player !== undefined && !player.alive;
  if (wrecked && w.respawnAt === 0)
    bad(
      '$.world.respawnAt',
      `is 0 while the player's ship is destroyed ($.world.entities[${playerIndex}].alive): it would never respawn`,
    );
  if (!wrecked && w.respawnAt !== 0)
    bad(
      '$.world.respawnAt',
      `is ${w.respawnAt} while no player's ship is destroyed ($.world.player, .alive, $.world.sceneKind)`,
    );
  timer('$.world.restartAt', w.restartAt);
  if (w.transition) {
    if (!TRANSITIONS.includes(w.transition.kind))
      bad('$.world.transition.kind', `'${w.transition.kind}' is not a transition`);
    past('$.world.transition.startTick', w.transition.startTick);
  }

  w.fx.forEach((f, i) => {
    const p = `$.world.fx[${i}]`;
    switch (f.type) {
      case 'beam':
      case 'rifle':
        issued(`${p}.from`, f.from);
        issued(`${p}.to`, f.to);
        break;
      case 'torpedo':
        issued(`${p}.id`, f.id);
        break;
      case 'shieldHit':
      case 'downed':
      case 'transform':
        issued(`${p}.target`, f.target);
        break;
      case 'ability':
        issued(`${p}.who`, f.who);
        if (!FX_ABILITY_IDS.includes(f.ability)) bad(`${p}.ability`, `no ability '${f.ability}'`);
        break;
      case 'telegraph':
        issued(`${p}.who`, f.who);
        break;
      case 'fieldDown':
        if (!ctx.barriers.has(f.barrier)) bad(`${p}.barrier`, `no barrier '${f.barrier}'`);
        break;
      default:
        break;
    }
    if ('x' in f) onMap(p, f.x, f.y);
  });
}

interface Checks {
  onMap(path: string, x: number, y: number, xKey?: string, yKey?: string): void;
  timer(path: string, at: number): void;
  past(path: string, at: number): void;
  issued(path: string, id: number): void;
}

function checkEntity(ctx: SimContext, w: World, e: Entity, p: string, bad: Bad, c: Checks) {
  const { script } = ctx;
  if (e.map !== w.map)
    bad(`${p}.map`, `is '${e.map}', not the current map $.world.map ('${w.map}')`);
  const wantKind = w.sceneKind === 'space' ? 'ship' : 'character';
  if (e.kind !== wantKind)
    bad(`${p}.kind`, `is '${e.kind}' in a ${w.sceneKind} scene ($.world.sceneKind)`);
  const a = ctx.archetypes.get(e.archetype);
  if (!a) bad(`${p}.archetype`, `no archetype '${e.archetype}' in mission '${script.id}'`);
  const isShip = a ? a.ship !== null : e.kind === 'ship';
  if (isShip !== (e.kind === 'ship'))
    bad(`${p}.archetype`, `'${e.archetype}' is not an archetype of ${p}.kind '${e.kind}'`);
  if (PLAYER_ARCHETYPES.includes(e.archetype) !== (e.faction === 'player'))
    bad(`${p}.faction`, `'${e.faction}' does not go with ${p}.archetype '${e.archetype}'`);
  // Hull and shields are the archetype's own (× its health factor on this difficulty): nothing
  // in the simulation changes the maxima.
  const d = w.difficulty in DIFFICULTY ? w.difficulty : 'normal';
  const k = a?.health[d] ?? 1;
  const base = isShip
    ? {
        hull: shipStatsOf(ctx.archetypes.get(e.archetype), d).hull * k,
        shield: shipStatsOf(ctx.archetypes.get(e.archetype), d).shield * k,
      }
    : {
        hull: (a?.character?.[d].health ?? 0) * k,
        shield: (a?.character?.[d].shield ?? 0) * k,
      };
  if (e.hullMax !== base.hull)
    bad(`${p}.hullMax`, `is ${e.hullMax}; ${p}.archetype '${e.archetype}' has ${base.hull}`);
  if (e.shieldMax !== base.shield)
    bad(`${p}.shieldMax`, `is ${e.shieldMax}; ${p}.archetype '${e.archetype}' has ${base.shield}`);
  if (e.hull > e.hullMax) bad(`${p}.hull`, `${e.hull} is above ${p}.hullMax (${e.hullMax})`);
  const facings = isShip ? 4 : 1;
  if (e.shields.length !== facings)
    bad(`${p}.shields`, `has ${e.shields.length} values; a ${e.kind} (${p}.kind) has ${facings}`);
  e.shields.forEach((s, i) => {
    if (s > e.shieldMax) bad(`${p}.shields[${i}]`, `${s} is above ${p}.shieldMax (${e.shieldMax})`);
  });
  if (!e.alive && !(e.id === w.player && isShip))
    bad(
      `${p}.alive`,
      "is false: only the player's ship ($.world.player) stays in the world destroyed",
    );
  if (e.downedUntil !== 0 && (e.faction !== 'player' || isShip))
    bad(`${p}.downedUntil`, `is set, but only the away team is downed (${p}.faction, ${p}.kind)`);
  c.timer(`${p}.downedUntil`, e.downedUntil);
  if (e.group !== null) {
    const g = ctx.spawns.get(e.group);
    if (!g) bad(`${p}.group`, `no spawn group '${e.group}' in mission '${script.id}'`);
    else if (g.map !== w.map)
      bad(`${p}.group`, `spawn group '${e.group}' is on map '${g.map}', not $.world.map`);
  }
  e.tags.forEach((t, i) => {
    if (!script.tags.some((x) => x.id === t))
      bad(`${p}.tags[${i}]`, `no tag '${t}' in mission '${script.id}'`);
  });
  if (e.npc !== null && !script.npcs.some((n) => n.id === e.npc))
    bad(`${p}.npc`, `no NPC '${e.npc}' in mission '${script.id}'`);
  // A target that has since been removed is dropped by the simulation itself; one that was
  // never handed out is not.
  c.issued(`${p}.target`, e.target);
  c.past(`${p}.lastCombat`, e.lastCombat);
  c.past(`${p}.lastHit`, e.lastHit);
  c.timer(`${p}.weaponReady`, e.weaponReady);
  c.timer(`${p}.secondaryReady`, e.secondaryReady);
  if (e.trueForm && !a?.form)
    bad(
      `${p}.trueForm`,
      `is true, but archetype '${e.archetype}' has no second form (${p}.archetype)`,
    );
  c.onMap(p, e.x, e.y);
  c.onMap(p, e.homeX, e.homeY, 'homeX', 'homeY');
  c.onMap(p, e.wayX, e.wayY, 'wayX', 'wayY');
}

function checkMission(ctx: SimContext, snap: SessionSnapshot, bad: Bad) {
  const { script } = ctx;
  const m = snap.mission;
  const w = snap.world;
  if (m.version !== MISSION_STATE_VERSION)
    bad('$.mission.version', `is ${m.version}; this game restores ${MISSION_STATE_VERSION}`);
  if (m.missionId !== script.id) bad('$.mission.missionId', `is not '${script.id}'`);
  const { min, max } = script.levelRange;
  if (snap.captainLevel < min || snap.captainLevel > max)
    bad('$.captainLevel', `must be from ${min} to ${max}`);
  if (m.captainLevel < min || m.captainLevel > max)
    bad('$.mission.captainLevel', `must be from ${min} to ${max}`);

  const offered = m.status === 'offered';
  if (offered && m.step !== -1)
    bad('$.mission.step', 'must be -1 while the mission is offered ($.mission.status)');
  if (!offered && (m.step < 0 || m.step >= script.steps.length))
    bad(
      '$.mission.step',
      `${m.step} is not a step index (0 to ${script.steps.length - 1}) while $.mission.status is '${m.status}'`,
    );
  const step = script.steps[m.step];
  if (offered && m.objective !== 0)
    bad('$.mission.objective', 'must be 0 while the mission is offered ($.mission.status)');
  if (step && m.objective >= step.objectives.length)
    bad(
      '$.mission.objective',
      `${m.objective} is not an objective index of $.mission.step '${step.id}' (0 to ${step.objectives.length - 1})`,
    );
  const sceneNow = (step ?? script.steps[0])!.scene;
  if (w.scene !== sceneNow)
    bad('$.world.scene', `is '${w.scene}' but $.mission.step is played in scene '${sceneNow}'`);
  if (!offered && (m.captainLevel !== snap.captainLevel || m.replay !== snap.replay))
    bad(
      '$.mission.captainLevel',
      'and $.mission.replay must be $.captainLevel and $.replay once the run is under way',
    );

  if (offered !== (m.acceptedAt === null))
    bad('$.mission.acceptedAt', `is ${m.acceptedAt} while $.mission.status is '${m.status}'`);
  if (m.acceptedAt !== null && m.acceptedAt > w.tick)
    bad('$.mission.acceptedAt', `is later than $.world.tick (${w.tick})`);
  if ((m.status === 'complete') !== (m.completedAtTick !== null))
    bad(
      '$.mission.completedAtTick',
      `is ${m.completedAtTick} while $.mission.status is '${m.status}'`,
    );
  if (m.completedAtTick !== null && m.completedAtTick > w.tick)
    bad('$.mission.completedAtTick', `is later than $.world.tick (${w.tick})`);
  const failed = m.status === 'failed';
  if (failed !== (m.failure !== null))
    bad(
      '$.mission.failure',
      `is ${m.failure ? 'set' : 'null'} while $.mission.status is '${m.status}'`,
    );
  if (m.failure && step) {
    const objective = step.objectives[m.objective];
    if (m.failure.stepId !== step.id || m.failure.objectiveId !== objective?.id)
      bad('$.mission.failure', 'is not about $.mission.step and $.mission.objective');
  }
  // A failed step is restarted at `restartAt`: without it the run would stay failed for good.
  if (failed !== (w.restartAt !== 0))
    bad('$.world.restartAt', `is ${w.restartAt} while $.mission.status is '${m.status}'`);

  if (m.progress.length !== script.steps.length)
    bad(
      '$.mission.progress',
      `has ${m.progress.length} steps; the script has ${script.steps.length}`,
    );
  if (m.completedAt.length !== script.steps.length)
    bad(
      '$.mission.completedAt',
      `has ${m.completedAt.length} steps; the script has ${script.steps.length}`,
    );
  script.steps.forEach((s, si) => {
    const progress = m.progress[si];
    const done = m.completedAt[si];
    if (progress && progress.length !== s.objectives.length)
      bad(
        `$.mission.progress[${si}]`,
        `has ${progress.length} objectives; step '${s.id}' has ${s.objectives.length}`,
      );
    if (done && done.length !== s.objectives.length)
      bad(
        `$.mission.completedAt[${si}]`,
        `has ${done.length} objectives; step '${s.id}' has ${s.objectives.length}`,
      );
    s.objectives.forEach((o, oi) => {
      const n = progress?.[oi];
      if (n !== undefined && n > objectiveTarget(o))
        bad(`$.mission.progress[${si}][${oi}]`, `${n} is above the target ${objectiveTarget(o)}`);
      const at = done?.[oi];
      if (at != null && at > w.tick)
        bad(`$.mission.completedAt[${si}][${oi}]`, `is later than $.world.tick (${w.tick})`);
    });
  });

  if (m.tallies.length !== script.tallies.length)
    bad(
      '$.mission.tallies',
      `has ${m.tallies.length} tallies; the script has ${script.tallies.length}`,
    );
  script.tallies.forEach((t, ti) => {
    const tally = m.tallies[ti];
    if (!tally) return;
    const p = `$.mission.tallies[${ti}]`;
    if (tally.id !== t.id)
      bad(`${p}.id`, `is '${tally.id}'; the script's tally ${ti} is '${t.id}'`);
    if (tally.counts.length !== script.steps.length)
      bad(`${p}.counts`, `has ${tally.counts.length} steps; the script has ${script.steps.length}`);
    tally.counts.forEach((n, si) => {
      const stepId = script.steps[si]?.id ?? '';
      const limit = t.perStep[stepId] ?? 0;
      if (n > limit)
        bad(`${p}.counts[${si}]`, `${n} is above what step '${stepId}' provides (${limit})`);
    });
  });

  if (m.status === 'active' && step) {
    const objective = step.objectives[m.objective];
    const progress = m.progress[m.step]?.[m.objective];
    const progressPath = `$.mission.progress[${m.step}][${m.objective}]`;
    if (objective && progress !== undefined)
      checkReachable(ctx, w, objective, { value: progress, path: progressPath }, bad);
  }

  const accolades = new Set<string>();
  m.accolades.forEach((a, i) => {
    if (!script.accolades.some((x) => x.id === a))
      bad(`$.mission.accolades[${i}]`, `no accolade '${a}' in mission '${script.id}'`);
    if (accolades.has(a)) bad(`$.mission.accolades[${i}]`, `'${a}' is listed twice`);
    accolades.add(a);
  });
}

/**
 * The active objective can still be completed: what its activation set up in the world (zone
 * watches, usable interactables, hails, an escorted NPC following) is still there, and enough
 * of what it counts is still alive. While an objective is active nothing new spawns for it,
 * so what is in the world is all there will be. Without these a restored run could go on
 * for ever without a way forward.
 */
function checkReachable(
  ctx: SimContext,
  w: World,
  o: DeepReadonly<Objective>,
  progress: { value: number; path: string },
  bad: Bad,
) {
  const where = `the active objective '${o.id}' ($.mission.step, $.mission.objective)`;
  for (const effect of objectiveActivation(o)) {
    if (
      effect.type === 'watchZone' &&
      !w.watches.some((x) => x.zone === effect.zone && x.actor === effect.actor)
    )
      bad(
        '$.world.watches',
        `lacks zone '${effect.zone}' for '${effect.actor}', which ${where} waits for`,
      );
    if (effect.type === 'enableInteractable' && !w.enabledInteractables.includes(effect.target))
      bad('$.world.enabledInteractables', `lacks '${effect.target}', which ${where} needs`);
    if (effect.type === 'enableHail' && !w.hails.includes(effect.contact))
      bad('$.world.hails', `lacks '${effect.contact}', which ${where} needs`);
  }
  if (o.type === 'escort') {
    const npc = w.entities.findIndex((e) => e.npc === o.npc);
    if (npc < 0) {
      // Who was spawned as that NPC and is no longer marked so?
      const was = w.entities.flatMap((e, i) =>
        e.group &&
        ctx.spawns.get(e.group)?.members.some((m) => m.npc === o.npc && m.archetype === e.archetype)
          ? [`$.world.entities[${i}].npc`]
          : [],
      );
      const hint = was.length > 0 ? ` (spawned as: ${was.join(', ')})` : '';
      bad('$.world.entities', `lacks '${o.npc}', whom ${where} escorts${hint}`);
    } else if (w.entities[npc]!.order !== 'follow')
      bad(`$.world.entities[${npc}].order`, `must be 'follow' while ${where} escorts '${o.npc}'`);
  }
  const need =
    o.type === 'counter'
      ? o.count - progress.value
      : o.type === 'protect' && ['defeated', 'groupDefeated', 'rescued'].includes(o.until.event)
        ? 1
        : 0;
  const matcher: DeepReadonly<EventMatcher> | null =
    o.type === 'counter' ? { event: o.event, tag: o.tag } : o.type === 'protect' ? o.until : null;
  if (need > 0 && matcher && 'tag' in matcher) {
    const left = countLeft(ctx, w, matcher.event, matcher.tag);
    if (left < need) {
      const suspects = notCounted(ctx, w, matcher.event, matcher.tag);
      bad(
        '$.world.entities',
        `${where} needs ${need} more '${matcher.tag}' (${matcher.event}${
          o.type === 'counter' ? `, ${progress.path} is ${progress.value} of ${o.count}` : ''
        }) but only ${left} are left${
          suspects.length > 0 ? `; spawned for it but not counted: ${suspects.join(', ')}` : ''
        }`,
      );
    }
  }
}

/**
 * Fields of entities that were spawned to give `event`s with `tag` but no longer would: what
 * to look at when too few are left.
 */
function notCounted(ctx: SimContext, w: World, event: string, tag: string): string[] {
  const out: string[] = [];
  w.entities.forEach((e, i) => {
    const g = e.group ? ctx.spawns.get(e.group) : undefined;
    if (!g || !e.alive || e.faction === 'player') return;
    const member = g.members.find((m) => m.archetype === e.archetype && (m.npc ?? null) === e.npc);
    const spawnedWith = [...g.tags, ...(member?.tags ?? [])];
    if (!spawnedWith.includes(tag)) return;
    const p = `$.world.entities[${i}]`;
    if (event !== 'groupDefeated' && !e.tags.includes(tag)) {
      // The tags it was not spawned with, or the list if one is just missing.
      const odd = e.tags.flatMap((t, k) => (spawnedWith.includes(t) ? [] : [`${p}.tags[${k}]`]));
      out.push(...(odd.length > 0 ? odd : [`${p}.tags`]));
    } else if (event === 'defeated' && e.npc !== null && e.faction !== 'enemy')
      out.push(`${p}.npc`, `${p}.faction`);
  });
  return out.slice(0, 10);
}

/** How many more `event`s with `tag` the entities in the world can still give. */
function countLeft(ctx: SimContext, w: World, event: string, tag: string): number {
  const alive = w.entities.filter((e) => e.alive && e.faction !== 'player');
  switch (event) {
    case 'defeated':
      // Friendly named NPCs report `npcDied`, not `defeated`.
      return alive.filter((e) => e.tags.includes(tag) && (e.npc === null || e.faction === 'enemy'))
        .length;
    case 'groupDefeated': {
      // A group reports its defeat when a member falls and none of its enemies is left: once
      // for its enemies, and at most once more for each of its other members.
      const groups = new Set<string>();
      for (const e of alive)
        if (e.group && ctx.spawns.get(e.group)?.tags.includes(tag)) groups.add(e.group);
      let total = 0;
      for (const g of groups) {
        const members = alive.filter((e) => e.group === g);
        const enemies = members.filter((e) => e.faction === 'enemy').length;
        total += (enemies > 0 ? 1 : 0) + members.length - enemies;
      }
      return total;
    }
    case 'rescued':
      return alive.filter(
        (e) => ctx.archetypes.get(e.archetype)?.rescue === true && e.tags.includes(tag),
      ).length;
    default:
      return 0;
  }
}

// Importing this module is what lets `Session.restore` take snapshots (snapshotCheck.ts).
installSnapshotCheck(validateSnapshot);
