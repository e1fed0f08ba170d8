/**
 * The autopilot: plays the mission with the same commands a player has.
 *
 * It reads what a player can see (the world around it and the tracker's active objective) and
 * never writes state. It keeps no memory of its own: the controls it is holding are read back
 * from the world's input, like a player feels the keys under their fingers, so a snapshot of
 * the world is all that is needed to carry on a run, and it only sends a command when it wants
 * a control changed (sparse command logs).
 */
import { angleDiff, atan2, cos, sin } from '../core/detMath';
import type { DeepReadonly, Objective } from '../mission/schema';
import { shipStatsOf } from './archetypes';
import { ENEMY_ABILITY, PLAYER_SHIP, SPACE } from './balance';
import type { Command } from './commands';
import type { SimContext } from './context';
import { shapeCenter } from './geometry';
import { blastRadius, blockers, characterStats, lineOfFire, pathPoint, walkable } from './ground';
import { inReach, interactTargets } from './interaction';
import { type Entity, entityById, type World } from './world';

export interface BotView {
  world: Readonly<World>;
  ctx: SimContext;
  status: 'offered' | 'active' | 'failed' | 'complete';
  objective: DeepReadonly<Objective> | null;
}

interface Want {
  throttle: number;
  turn: number;
  fullImpulse: boolean;
  moveX: number;
  moveY: number;
  firing: boolean;
  interacting: boolean;
  target: number;
  extra: Command[];
}

/** The bot thinks 15 times a second, about a quick player's reaction time; keys stay held between. */
export const BOT_THINK_INTERVAL = 4;

export function botCommands(view: BotView): Command[] {
  const { world, status, objective } = view;
  if (world.tick % BOT_THINK_INTERVAL !== 0) return [];
  if (status === 'offered') return [{ type: 'accept' }];
  const want: Want = {
    throttle: 0,
    turn: 0,
    fullImpulse: false,
    moveX: 0,
    moveY: 0,
    firing: false,
    interacting: false,
    target: -1,
    extra: [],
  };
  const self = entityById(world as World, world.player);
  if (status === 'active' && objective && self?.alive && self.downedUntil === 0) {
    if (world.sceneKind === 'space') space(view, self, objective, want);
    else ground(view, self, objective, want);
  }
  return diff(world, self, want);
}

/** Commands for the controls that differ from what the world says is held now. */
function diff(world: Readonly<World>, self: Entity | undefined, w: Want): Command[] {
  const input = world.input;
  const out: Command[] = [];
  if (world.sceneKind === 'space') {
    if (input.throttle !== w.throttle) out.push({ type: 'throttle', value: w.throttle });
    if (input.turn !== w.turn) out.push({ type: 'turn', value: w.turn });
    if (input.fullImpulse !== w.fullImpulse) out.push({ type: 'fullImpulse', on: w.fullImpulse });
  } else if (input.moveX !== w.moveX || input.moveY !== w.moveY) {
    out.push({ type: 'move', x: w.moveX, y: w.moveY });
  }
  if (input.firing !== w.firing) out.push({ type: 'fire', on: w.firing });
  if (input.interacting !== w.interacting) out.push({ type: 'interact', on: w.interacting });
  if (w.target >= 0 && self && self.target !== w.target) out.push({ type: 'target', id: w.target });
  out.push(...w.extra);
  return out;
}

const d2 = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
/**
 * `d2` of two entities. The same sum, kept apart so that its property reads see one object
 * shape: `d2` is given points of every kind and its reads are slow (megamorphic) for all.
 */
const eD2 = (a: Entity, b: Entity) => (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);

function abilityReady(world: Readonly<World>, id: string): boolean {
  const list = world.abilities;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.id === id) return world.tick >= a.readyAt;
  }
  return true;
}

function nearest(
  world: Readonly<World>,
  from: { x: number; y: number },
  pick: (e: Entity) => boolean,
): Entity | undefined {
  let best: Entity | undefined;
  let bestD = Infinity;
  const list = world.entities;
  // `from` may be any point: read once (the sum is `d2(e, from)`'s, term for term).
  const fx = from.x;
  const fy = from.y;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.map !== world.map || e.downedUntil !== 0) continue;
    // Every `pick` is a pure test (some look along a line of fire): ask it only of a nearer one.
    const d = (e.x - fx) * (e.x - fx) + (e.y - fy) * (e.y - fy);
    if (d < bestD && pick(e)) {
      bestD = d;
      best = e;
    }
  }
  return best;
}

/**
 * `nearest(world, cap, (e) => e.faction === 'enemy' && visible(e, r))` of `ground`, written
 * out: the same entities asked the same questions in the same order, without a closure made on
 * every thought.
 */
function nearestVisibleEnemy(
  world: Readonly<World>,
  cap: Entity,
  walls: ReturnType<typeof blockers>,
  r: number,
): Entity | undefined {
  let best: Entity | undefined;
  let bestD = Infinity;
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.map !== world.map || e.downedUntil !== 0) continue;
    const d = eD2(e, cap);
    if (d < bestD && e.faction === 'enemy' && visibleFrom(cap, walls, e, r)) {
      bestD = d;
      best = e;
    }
  }
  return best;
}

/** Is `e` within r of the captain and in the line of fire? */
function visibleFrom(
  cap: Entity,
  walls: ReturnType<typeof blockers>,
  e: Entity,
  r: number,
): boolean {
  return eD2(e, cap) <= r * r && lineOfFire(walls, cap.x, cap.y, e.x, e.y);
}

// ---------------------------------------------------------------- space

function space(view: BotView, ship: Entity, o: DeepReadonly<Objective>, w: Want) {
  const { world, ctx } = view;
  const hull = stationBounds(ctx, world.map);
  // Fight back first: a ship (not an emplacement) that is after us and close.
  const threat = nearestThreat(world, ctx, ship);
  let goal: { x: number; y: number } | null = null;
  let fightTarget: Entity | undefined = threat;
  let arriveSlow = false;

  if (!threat) {
    switch (o.type) {
      case 'reach': {
        const z = ctx.zones.get(o.zone);
        if (z) goal = shapeCenter(z.shape);
        break;
      }
      case 'counter': {
        fightTarget = nearest(world, ship, (e) => e.faction === 'enemy' && e.tags.includes(o.tag));
        if (!fightTarget) fightTarget = nearest(world, ship, (e) => e.faction === 'enemy');
        break;
      }
      case 'interact': {
        const it = ctx.interactables.get(o.target);
        if (!it) break;
        if (inReach(world as World, ctx, ship, o.target)) {
          w.interacting = true;
          return;
        }
        const z = it.zone ? ctx.zones.get(it.zone) : undefined;
        if (z?.shape.type === 'outside') {
          // Leave the area: head straight away from its centre.
          const a = atan2(ship.y - z.shape.y, ship.x - z.shape.x);
          goal = {
            x: z.shape.x + cos(a) * (z.shape.r + 400),
            y: z.shape.y + sin(a) * (z.shape.r + 400),
          };
        } else if (z?.shape.type === 'circle') {
          const a = atan2(ship.y - z.shape.y, ship.x - z.shape.x);
          const r = Math.max(z.shape.r * 0.85, (hull?.r ?? 0) + 60);
          goal = { x: z.shape.x + cos(a) * r, y: z.shape.y + sin(a) * r };
          arriveSlow = true;
        } else if (it.point) goal = ctx.point(it.map, it.point) ?? null;
        break;
      }
      case 'report':
        w.extra.push({ type: 'hail', contact: o.contact });
        return;
      default:
        break;
    }
  }

  if (fightTarget) {
    w.target = fightTarget.id;
    goal = orbitPoint(
      ship,
      fightTarget,
      ctx.archetypes.get(fightTarget.archetype)?.kind === 'emplacement' ? hull : undefined,
    );
    const dist = Math.sqrt(eD2(ship, fightTarget));
    w.firing = dist < PLAYER_SHIP.beamRange + 200;
    const rel = Math.abs(
      angleDiff(ship.angle, atan2(fightTarget.y - ship.y, fightTarget.x - ship.x)),
    );
    if (
      rel < SPACE.torpedoArc * 0.9 &&
      dist < SPACE.torpedoRange &&
      world.tick >= ship.secondaryReady
    )
      w.extra.push({ type: 'torpedo' });
    defend(world, ship, w);
  }
  // A heavy attack charging with us in its cone: break out sideways, on evasive if ready.
  const lance = chargingAt(view, ship);
  if (lance) {
    const bearing = atan2(ship.y - lance.y, ship.x - lance.x);
    const away = lance.angle + (angleDiff(lance.angle, bearing) >= 0 ? 1 : -1) * (Math.PI / 2);
    goal = { x: ship.x + cos(away) * 700, y: ship.y + sin(away) * 700 };
    if (abilityReady(world, 'evasive')) w.extra.push({ type: 'ability', slot: 3 });
  }
  if (!goal) return;
  goal = avoidHull(ship, goal, hull);
  // Scraping the hull (slowed right down close to the station): pull straight out first.
  if (
    hull &&
    ship.speed <= 61 &&
    world.input.throttle > 0.5 &&
    d2(ship, hull) < (hull.r + 60) * (hull.r + 60)
  ) {
    const out = atan2(ship.y - hull.y, ship.x - hull.x);
    goal = { x: hull.x + cos(out) * (hull.r + 300), y: hull.y + sin(out) * (hull.r + 300) };
  }
  steer(world, ship, goal, w, arriveSlow, !fightTarget);
}

/**
 * `nearest(world, ship, pick)` with the test of `space`'s threat written out (no closure made
 * on every thought): an enemy ship, not an emplacement, that targets us and is close.
 */
function nearestThreat(
  world: Readonly<World>,
  ctx: BotView['ctx'],
  ship: Entity,
): Entity | undefined {
  let best: Entity | undefined;
  let bestD = Infinity;
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.map !== world.map || e.downedUntil !== 0) continue;
    const d = eD2(e, ship);
    if (
      d < bestD &&
      e.faction === 'enemy' &&
      e.kind === 'ship' &&
      ctx.archetypeOf(e)?.kind !== 'emplacement' &&
      e.target === ship.id &&
      eD2(e, ship) < 1300 * 1300
    ) {
      bestD = d;
      best = e;
    }
  }
  return best;
}

/** An enemy ship charging a heavy attack whose cone and reach hold `ship`, or undefined. */
function chargingAt(view: BotView, ship: Entity): Entity | undefined {
  const { world, ctx } = view;
  const h = ENEMY_ABILITY.heavyAttack;
  for (const e of world.entities) {
    if (!e.alive || e.faction !== 'enemy' || e.kind !== 'ship' || e.map !== world.map) continue;
    if (e.abilityUntil <= world.tick) continue;
    if (shipStatsOf(ctx.archetypeOf(e), world.difficulty).ability !== 'heavyAttack') continue;
    const reach = h.range + 150;
    if (eD2(e, ship) > reach * reach) continue;
    const rel = Math.abs(angleDiff(e.angle, atan2(ship.y - e.y, ship.x - e.x)));
    if (rel <= h.arc + 0.2) return e;
  }
  return undefined;
}

/** The station as one circle: its centre and the radius that clears every pylon. */
function stationBounds(
  ctx: SimContext,
  map: string,
): { x: number; y: number; r: number } | undefined {
  const hulls = ctx.geometry[map]?.hulls;
  const core = hulls?.[0];
  if (!hulls || !core) return undefined;
  // A map's hulls never change: work the circle out once per list.
  const known = boundsOf.get(hulls);
  if (known) return known;
  let r = core.r;
  for (const h of hulls) r = Math.max(r, Math.sqrt(d2(h, core)) + h.r);
  const bounds = { x: core.x, y: core.y, r };
  boundsOf.set(hulls, bounds);
  return bounds;
}
const boundsOf = new WeakMap<readonly unknown[], { x: number; y: number; r: number }>();

/** A point on a circle around the target (or, for the station's emplacements, around the station). */
function orbitPoint(
  ship: Entity,
  t: Entity,
  hull?: { x: number; y: number; r: number },
): { x: number; y: number } {
  if (hull) {
    // Circle the station just outside its hull, sweeping the emplacements on the way.
    const a = atan2(t.y - hull.y, t.x - hull.x);
    const r = hull.r + 80;
    return { x: hull.x + cos(a) * r, y: hull.y + sin(a) * r };
  }
  const a = atan2(ship.y - t.y, ship.x - t.x) + 0.5;
  return { x: t.x + cos(a) * 520, y: t.y + sin(a) * 520 };
}

function avoidHull(
  ship: Entity,
  goal: { x: number; y: number },
  hull?: { x: number; y: number; r: number },
) {
  if (!hull) return goal;
  const from0 = atan2(ship.y - hull.y, ship.x - hull.x);
  if (d2(ship, hull) < hull.r * hull.r && d2(goal, hull) > d2(ship, hull)) {
    // Among the pylons: back out straight along the pylons' direction before turning.
    return { x: hull.x + cos(from0) * (hull.r + 200), y: hull.y + sin(from0) * (hull.r + 200) };
  }
  const clear = hull.r + 40;
  // Does the straight line pass through the station? Then go round it by a tangent point.
  const dx = goal.x - ship.x;
  const dy = goal.y - ship.y;
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((hull.x - ship.x) * dx + (hull.y - ship.y) * dy) / len2));
  const cx = ship.x + t * dx - hull.x;
  const cy = ship.y + t * dy - hull.y;
  if (cx * cx + cy * cy >= clear * clear) return goal;
  const from = atan2(ship.y - hull.y, ship.x - hull.x);
  const to = atan2(goal.y - hull.y, goal.x - hull.x);
  const step = angleDiff(from, to) >= 0 ? 0.7 : -0.7;
  const r = hull.r + 150;
  return { x: hull.x + cos(from + step) * r, y: hull.y + sin(from + step) * r };
}

function steer(
  world: Readonly<World>,
  ship: Entity,
  goal: { x: number; y: number },
  w: Want,
  arriveSlow: boolean,
  cruise: boolean,
) {
  const want = atan2(goal.y - ship.y, goal.x - ship.x);
  const diffA = angleDiff(ship.angle, want);
  w.turn = diffA > 0.25 ? 1 : diffA < -0.25 ? -1 : diffA > 0.06 ? 0.5 : diffA < -0.06 ? -0.5 : 0;
  const dist = Math.sqrt(d2(ship, goal));
  w.throttle = Math.abs(diffA) > 2 ? 0.5 : arriveSlow && dist < 250 ? 0.25 : 1;
  w.fullImpulse =
    cruise &&
    dist > 900 &&
    Math.abs(diffA) < 0.5 &&
    world.tick - ship.lastCombat > SPACE.combatTicks;
}

function defend(world: Readonly<World>, ship: Entity, w: Want) {
  const weakest = Math.min(...ship.shields);
  if (weakest < ship.shieldMax * 0.35 && abilityReady(world, 'epts'))
    w.extra.push({ type: 'ability', slot: 1 });
  if (ship.hull < ship.hullMax * 0.55 && abilityReady(world, 'hazard'))
    w.extra.push({ type: 'ability', slot: 2 });
}

// ---------------------------------------------------------------- ground

/** How far the captain looks for an enemy to fight (in sight, not behind a wall). */
const SIGHT = 520;

function ground(view: BotView, cap: Entity, o: DeepReadonly<Objective>, w: Want) {
  const { world, ctx } = view;
  const walls = blockers(world as World, ctx);
  const range = characterStats(ctx, world as World, cap).range;
  const meyer = escortee(world);

  // Who to shoot: for protect, whoever is closest to the protected NPC; otherwise the closest.
  const guard = o.type === 'protect' || o.type === 'escort' ? meyer : undefined;
  const seen = guard ? undefined : nearestVisibleEnemy(world, cap, walls, SIGHT);
  const focus = guard
    ? nearest(world, guard, (e) => e.faction === 'enemy' && eD2(e, guard) < 600 * 600)
    : stickTo(world, cap, seen);
  if (focus) w.target = focus.id;
  // The nearest enemy in sight within SIGHT is also the nearest within the rifle's shorter
  // range when it is that near, and when it is not, none in sight is: one search for both.
  const anyInRange =
    !guard && range <= SIGHT
      ? seen && eD2(seen, cap) <= range * range
        ? seen
        : undefined
      : nearestVisibleEnemy(world, cap, walls, range);
  w.firing = anyInRange !== undefined;
  heal(view, cap, w, focus);

  let goal: { x: number; y: number } | null = null;
  let stopAt = 20;
  // Close in on the fight when the focus is out of reach or hidden.
  if (focus && !visibleFrom(cap, walls, focus, range * 0.85)) {
    // Out of reach or behind cover: walk until there is a clear shot. Close by, to a spot
    // that sees round the cover (walking at an enemy tucked behind a pillar can rock the
    // captain between two ways round it).
    const peek = eD2(focus, cap) < 200 * 200 ? peekPoint(cap, focus, walls) : null;
    goal = peek ?? focus;
    stopAt = peek ? 8 : 30;
  } else if (focus && o.type !== 'escort') {
    goal = null;
  } else {
    switch (o.type) {
      case 'reach': {
        const z = ctx.zones.get(o.zone);
        if (z) goal = shapeCenter(z.shape);
        break;
      }
      case 'counter': {
        const t =
          o.event === 'rescued'
            ? nearest(world, cap, (e) => ctx.archetypeOf(e)?.rescue === true)
            : stickTo(
                world,
                cap,
                nearest(world, cap, (e) => e.faction === 'enemy'),
              );
        if (t && o.event === 'rescued') {
          if (interactTargets(world as World, ctx).some((x) => x.kind === 'injured'))
            w.interacting = true;
          else goal = t;
        } else if (t) {
          goal = t;
          stopAt = visibleFrom(cap, walls, t, range) ? range * 0.6 : 30;
        }
        break;
      }
      case 'interact': {
        if (inReach(world as World, ctx, cap, o.target)) {
          w.interacting = true;
          break;
        }
        const it = ctx.interactables.get(o.target);
        if (it?.point) goal = ctx.point(it.map, it.point) ?? null;
        else if (it?.zone) {
          const z = ctx.zones.get(it.zone);
          if (z) goal = shapeCenter(z.shape);
        }
        break;
      }
      case 'escort': {
        const z = ctx.zones.get(o.zone);
        if (!z || !meyer) break;
        // Lead, but never get far ahead of the engineer.
        goal = eD2(meyer, cap) > 130 * 130 ? null : shapeCenter(z.shape);
        break;
      }
      case 'protect':
        if (meyer && eD2(meyer, cap) > 140 * 140) {
          goal = meyer;
          stopAt = 80;
        }
        break;
      case 'report':
        w.extra.push({ type: 'hail', contact: o.contact });
        break;
    }
  }
  // A grenade or a blast marked where the captain stands: step out first, still firing.
  const out = wayOut(view, cap, walls);
  if (out) {
    w.moveX = out.x;
    w.moveY = out.y;
    return;
  }
  if (goal) walkTo(view, cap, goal, stopAt, walls, w);
}

/** The first ally with a name (the engineer) standing on this map, in list order. */
function escortee(world: Readonly<World>): Entity | undefined {
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.npc !== null && e.faction === 'ally' && e.alive && e.map === world.map) return e;
  }
  return undefined;
}

/**
 * The key direction out of a telegraphed attack about to land on the captain, or null when
 * none is marked there: straight away from the marked spot, or the nearest free turn of it.
 */
function wayOut(
  view: BotView,
  cap: Entity,
  walls: ReturnType<typeof blockers>,
): { x: number; y: number } | null {
  const { world, ctx } = view;
  for (const o of world.entities) {
    if (!o.alive || o.faction !== 'enemy' || o.kind !== 'character' || o.map !== world.map)
      continue;
    if (o.abilityUntil <= world.tick) continue;
    const r = blastRadius(ctx.archetypes, o) + 16;
    const dx = cap.x - o.aimX;
    const dy = cap.y - o.aimY;
    if (dx * dx + dy * dy > r * r) continue;
    const away = dx * dx + dy * dy < 1 ? cap.angle + Math.PI : atan2(dy, dx);
    const k0 = Math.round(away / (Math.PI / 4));
    for (const turn of [0, 1, -1, 2, -2, 3, -3]) {
      const [x, y] = DIR8[(((k0 + turn) % 8) + 8) % 8]!;
      const len = x !== 0 && y !== 0 ? Math.SQRT1_2 : 1;
      if (walkable(walls, cap.x, cap.y, cap.x + x * len * 40, cap.y + y * len * 40, 11))
        return { x, y };
    }
    return null;
  }
  return null;
}

/** The nearest free spot round `focus` (two rings) with a clear line of fire to it. */
function peekPoint(
  cap: Entity,
  focus: Entity,
  walls: ReturnType<typeof blockers>,
): { x: number; y: number } | null {
  let best: { x: number; y: number } | null = null;
  let bestD = Infinity;
  for (const r of [80, 140]) {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      const p = { x: focus.x + cos(a) * r, y: focus.y + sin(a) * r };
      if (!walkable(walls, p.x, p.y, p.x, p.y, 11)) continue;
      if (!lineOfFire(walls, p.x, p.y, focus.x, focus.y)) continue;
      const d = d2(p, cap);
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
  }
  return best;
}

/**
 * Keeps the enemy already targeted while it is about as near as the nearest (within a third
 * farther): two enemies at nearly the same distance would otherwise swap as the captain walks,
 * and the captain would walk back and forth between them.
 */
function stickTo(world: Readonly<World>, cap: Entity, best: Entity | undefined) {
  const current = entityById(world as World, cap.target);
  if (!best || !current || current === best) return best;
  if (!current.alive || current.faction !== 'enemy' || current.map !== world.map) return best;
  if (current.downedUntil !== 0) return best;
  return eD2(current, cap) <= eD2(best, cap) * 1.8 ? current : best;
}

function heal(view: BotView, cap: Entity, w: Want, focus: Entity | undefined) {
  const { world, ctx } = view;
  if ((cap.shields[0] ?? 0) < cap.shieldMax * 0.3 && abilityReady(world, 'recharge'))
    w.extra.push({ type: 'ability', slot: 2 });
  if (cap.hull < cap.hullMax * 0.5 && abilityReady(world, 'medic'))
    w.extra.push({ type: 'ability', slot: 3 });
  if (focus && abilityReady(world, 'grenade') && eD2(focus, cap) < 400 * 400) {
    let crowd = 0;
    for (const e of world.entities)
      if (e.alive && e.faction === 'enemy' && e.map === world.map && eD2(e, focus) < 90 * 90)
        crowd++;
    // A crowd, or one who presses the attack (T'Vala): worth a grenade.
    if (crowd >= 2 || ctx.archetypes.get(focus.archetype)?.press === true)
      w.extra.push({ type: 'ability', slot: 1 });
  }
}

const DIR8 = [
  [1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
  [0, -1],
  [1, -1],
] as const;

function walkTo(
  view: BotView,
  cap: Entity,
  goal: { x: number; y: number },
  stopAt: number,
  walls: ReturnType<typeof blockers>,
  w: Want,
) {
  if (d2(cap, goal) <= stopAt * stopAt) return;
  const { world, ctx } = view;
  const wp = pathPoint(world, ctx, walls, cap.x, cap.y, goal.x, goal.y, 11);
  if (!wp) return;
  const tx = wp.x;
  const ty = wp.y;
  // Eight directions, like a keyboard: fewer command changes, easy to read in a replay.
  const a = atan2(ty - cap.y, tx - cap.x);
  const k = ((Math.round(a / (Math.PI / 4)) % 8) + 8) % 8;
  const [x, y] = DIR8[k]!;
  const len = x !== 0 && y !== 0 ? Math.SQRT1_2 : 1;
  if (walkable(walls, cap.x, cap.y, cap.x + x * len * 12, cap.y + y * len * 12, 11)) {
    w.moveX = x;
    w.moveY = y;
    return;
  }
  // The key direction runs into a wall (a diagonal into a corner would hold the captain there
  // for good): steer straight at the waypoint instead, as a stick would (two decimals).
  const d = Math.sqrt((tx - cap.x) * (tx - cap.x) + (ty - cap.y) * (ty - cap.y));
  if (d < 0.001) return;
  w.moveX = Math.round(((tx - cap.x) / d) * 100) / 100;
  w.moveY = Math.round(((ty - cap.y) / d) * 100) / 100;
}
