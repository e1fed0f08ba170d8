/**
 * What a player's interface shows, read off a session: the tracker, vitals, target, abilities,
 * prompts and timers. Plain data, computed a few times a second for the DOM interface and the
 * automation API; it never changes the session.
 */
import { objectiveStates } from '../mission/machine';
import { PLAYER_SHIP, TICKS_PER_SECOND } from '../sim/balance';
import { inCombat } from '../sim/combat';
import { interactTargets } from '../sim/interaction';
import { ABILITIES } from '../sim/step';
import type { Entity } from '../sim/world';
import { entityById, type World } from '../sim/world';
import { objectivePoint } from './objective';
import { formatIgt, type Session } from './Session';

export const ABILITY_NAMES: Record<string, string> = {
  epts: 'Emergency Power to Shields',
  hazard: 'Hazard Emitters',
  evasive: 'Evasive Maneuvers',
  grenade: 'Photon Grenade',
  recharge: 'Shield Recharge',
  medic: 'Medical Tricorder',
  'tactical-team': 'Tactical Team',
  'team-order': 'Away Team: Open Fire',
};

export { DIFFICULTY_CHOICES, type Difficulty, difficultyLabel } from './difficulty';

export interface Vitals {
  name: string;
  hull: number;
  hullMax: number;
  shields: number[];
  shieldMax: number;
  downed: boolean;
}

const vitals = (e: Entity, tick: number): Vitals => ({
  name: e.name,
  hull: Math.round(e.hull),
  hullMax: e.hullMax,
  shields: e.shields.map((s) => Math.round(s)),
  shieldMax: e.shieldMax,
  downed: !e.alive || (e.downedUntil !== 0 && e.downedUntil > tick),
});

/**
 * The helm in space: the throttle the player has set (0–100 %), the speed the ship makes
 * (units a second, rounded), and whether Full Impulse is engaged: asked for and out of combat,
 * which is when the simulation really flies at Full Impulse speed. Null on the ground.
 */
export function helmFacts(w: World) {
  const ship = entityById(w, w.player);
  if (w.sceneKind !== 'space' || !ship) return null;
  return {
    throttle: Math.round(w.input.throttle * 100),
    speed: Math.round(ship.speed),
    /** The speed the throttle asks for at 100 %, for a gauge's scale. */
    maxSpeed: PLAYER_SHIP.speed,
    fullImpulse: w.input.fullImpulse && ship.alive && !inCombat(w, ship),
  };
}

/**
 * Who is with the player: their own away team, and allies (named NPCs) once they have been
 * given an order (Meyer from the moment the escort starts: before that he only waits at his
 * post, and is not in the team).
 */
const inTeam = (w: World, e: Entity): boolean =>
  e.map === w.map &&
  e.id !== w.player &&
  (e.faction === 'player' || (e.faction === 'ally' && e.npc !== null && e.order !== null));

export function trackerFacts(session: Session) {
  const script = session.ctx.script;
  const m = session.mission;
  const states = objectiveStates(script, m);
  const steps = script.steps.map((s) => ({
    id: s.id,
    title: s.title,
    objectives: states
      .filter((o) => o.stepId === s.id)
      .map((o) => {
        const def = s.objectives.find((x) => x.id === o.id);
        return {
          id: o.id,
          stepId: o.stepId,
          title: o.title,
          state: o.state,
          progress: o.progress,
          count: def?.type === 'counter' ? o.count : null,
        };
      }),
  }));
  return {
    status: m.status,
    stepId: script.steps[Math.max(0, m.step)]?.id ?? '',
    steps,
    igt: formatIgt(session.igtTicks()),
    runDifficulty: session.run?.difficulty ?? null,
  };
}

export function hudFacts(session: Session) {
  const w = session.world;
  const ctx = session.ctx;
  const player = entityById(w, w.player);
  const target = player ? entityById(w, player.target) : undefined;
  const scene = ctx.script.scenes.find((s) => s.id === w.scene);
  const waitUntil = w.sceneKind === 'space' ? w.respawnAt : (player?.downedUntil ?? 0);
  const interaction = interactTargets(w, ctx)[0];
  const hold = interaction && w.interaction?.target === interaction.id ? w.interaction.ticks : 0;
  const abilities = ABILITIES[w.sceneKind].map((id, i) => {
    const a = w.abilities.find((x) => x.id === id);
    return {
      slot: i + 1,
      id,
      name: ABILITY_NAMES[id] ?? id,
      readyIn: a ? Math.max(0, Math.ceil((a.readyAt - w.tick) / TICKS_PER_SECOND)) : 0,
      active: a !== undefined && a.activeUntil > w.tick,
    };
  });
  return {
    sceneKind: w.sceneKind,
    sceneTitle: scene?.title ?? '',
    player: player ? vitals(player, w.tick) : null,
    respawnIn: waitUntil > w.tick ? Math.ceil((waitUntil - w.tick) / TICKS_PER_SECOND) : 0,
    team: w.entities.filter((e) => inTeam(w, e)).map((e) => vitals(e, w.tick)),
    helm: helmFacts(w),
    target: target?.alive ? { ...vitals(target, w.tick), faction: target.faction } : null,
    abilities,
    interaction: interaction
      ? {
          label: interaction.label,
          progress: interaction.holdTicks > 0 ? Math.min(1, hold / interaction.holdTicks) : 0,
        }
      : null,
    hails: w.hails.map((id) => ({
      id,
      name: ctx.script.contacts.find((c) => c.id === id)?.name ?? id,
    })),
    failure:
      session.mission.status === 'failed' && session.mission.failure
        ? {
            reason: session.mission.failure.reason,
            restartIn: Math.max(0, Math.ceil((w.restartAt - w.tick) / TICKS_PER_SECOND)),
          }
        : null,
  };
}

/** The read-only snapshot `window.shutdown.state()` returns. */
export function automationState(session: Session, renderScene: string) {
  const t = trackerFacts(session);
  const player = entityById(session.world, session.world.player);
  const hud = hudFacts(session);
  const waypoint = objectivePoint(session);
  return {
    tick: session.tick,
    scene: renderScene,
    sceneId: session.world.scene,
    /** The accepted run's difficulty (null before the accept). */
    difficulty: session.run?.difficulty ?? null,
    mission: {
      status: t.status,
      stepId: t.stepId,
      objectives: t.steps.flatMap((s) =>
        s.objectives.map((o) => ({
          id: o.id,
          title: o.title,
          state: o.state,
          progress: o.progress,
          count: o.count,
        })),
      ),
    },
    player: {
      x: player?.x ?? 0,
      y: player?.y ?? 0,
      hull: player?.hull ?? 0,
      target: player?.target ?? 0,
      firing: session.world.input.firing,
    },
    interaction: hud.interaction,
    /** Where the waypoint points (the objective's place on this map), null when nowhere. */
    waypoint: waypoint ? { x: waypoint.x, y: waypoint.y } : null,
    helm: hud.helm,
    team: hud.team.map((m) => m.name),
    hails: hud.hails,
    igt: t.igt,
    stateHash: session.hash(),
  };
}
