/**
 * Space rules: the player's ship (impulse, Full Impulse, turning, beams in 250° arcs fore and
 * aft, torpedoes in a 90° forward arc, abilities), enemy ships and station emplacements that
 * approach, circle and fire, torpedoes in flight, station hull collision and respawn.
 */
import { angleDiff, atan2, cos, sin } from '../core/detMath';
import { type Archetype, shipStatsOf } from './archetypes';
import { DIFFICULTY, ENEMY_ABILITY, PLAYER_SHIP, type ShipStats, SPACE } from './balance';
import { abilityActive, applyDamage, facingToward, inCombat, regenerateShields } from './combat';
import type { SimContext } from './context';
import { pushOutOfCircles } from './geometry';
import type { MapGeometry } from './maps';
import { type Entity, entityById, isHostile, type World } from './world';

const DT = 1 / 60;

/** A ship's stats on the world's difficulty, from its archetype (resolved in the context). */
export function statsOf(ctx: SimContext, world: World, e: Entity): ShipStats {
  return shipStatsOf(ctx.archetypeOf(e), world.difficulty);
}

export function stepSpace(world: World, ctx: SimContext) {
  const player = entityById(world, world.player);
  if (player && !player.alive && world.respawnAt > 0 && world.tick >= world.respawnAt)
    respawn(world, ctx, player);
  // Indexed loops over the live list (as `for…of` would read it): no iterator objects.
  const list = world.entities;
  const geo = ctx.geometry[world.map];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.kind !== 'ship' || e.map !== world.map) continue;
    const s = statsOf(ctx, world, e);
    if (e.id === world.player) steerPlayer(world, e);
    else steerEnemy(world, e, s, player);
    move(world, geo, e, s);
    regenerate(world, e, s);
  }
  if (player?.alive) playerWeapons(world, player);
  const after = world.entities;
  for (let i = 0; i < after.length; i++) {
    const e = after[i]!;
    if (e.alive && e.kind === 'ship' && e.faction === 'enemy' && e.map === world.map)
      enemyWeapons(world, ctx, e);
  }
  stepProjectiles(world, ctx.archetypes);
}

/**
 * As in STO, the ship comes back near where it fell: pulled back from the station by
 * `respawnDistance`, facing it, with full hull and shields.
 */
function respawn(world: World, ctx: SimContext, ship: Entity) {
  const station = ctx.geometry[world.map]?.hulls[0] ?? { x: 0, y: 0, r: 0 };
  const away = atan2(ship.y - station.y, ship.x - station.x);
  const d = Math.sqrt(
    (ship.x - station.x) * (ship.x - station.x) + (ship.y - station.y) * (ship.y - station.y),
  );
  const r = d + SPACE.respawnDistance;
  ship.alive = true;
  ship.x = station.x + cos(away) * r;
  ship.y = station.y + sin(away) * r;
  ship.angle = away + Math.PI;
  ship.speed = 0;
  ship.hull = ship.hullMax;
  ship.shields = ship.shields.map(() => ship.shieldMax);
  world.respawnAt = 0;
  world.transition = { kind: 'respawn', startTick: world.tick };
}

function steerPlayer(world: World, ship: Entity) {
  const s = PLAYER_SHIP;
  const input = world.input;
  ship.angle = wrap(ship.angle + input.turn * s.turnRate * DT);
  const full = input.fullImpulse && !inCombat(world, ship);
  const evasive = abilityActive(world, 'evasive') ? SPACE.evasive.factor : 1;
  const target = (full ? SPACE.fullImpulseSpeed : input.throttle * s.speed) * evasive;
  const accel = (full ? SPACE.fullImpulseAccel : s.accel) * evasive * DT;
  ship.speed = approach(ship.speed, target, ship.speed > target ? accel * 2 : accel);
}

function steerEnemy(world: World, ship: Entity, s: ShipStats, player: Entity | undefined) {
  if (s.speed === 0) return;
  const engaged =
    player?.alive === true &&
    (ship.behavior === 'attack' ||
      ship.target !== 0 ||
      distSq(ship, player) < s.aggroRange * s.aggroRange);
  let goalX = ship.homeX;
  let goalY = ship.homeY;
  let speed = s.speed;
  if (engaged && player) {
    ship.target = player.id;
    if (s.ability === 'attackRun') attackRun(world, ship, player);
    if (ship.abilityUntil > world.tick && s.ability === 'attackRun') {
      // On an attack run: straight at the target, fast, and through.
      goalX = player.x;
      goalY = player.y;
      speed = s.speed * ENEMY_ABILITY.attackRun.speedFactor;
    } else if (ship.abilityUntil > world.tick && s.ability === 'heavyAttack') {
      // Charging the lance: hold the nose on the target, slowing.
      goalX = player.x;
      goalY = player.y;
      speed = s.speed * 0.4;
    } else {
      // Circle the target at orbit range: aim at a point a little ahead on the orbit.
      const around = atan2(ship.y - player.y, ship.x - player.x) + ship.side * 0.5;
      goalX = player.x + cos(around) * s.orbitRange;
      goalY = player.y + sin(around) * s.orbitRange;
    }
  } else {
    ship.target = 0;
    if (ship.behavior === 'patrol') {
      const around = atan2(ship.y - ship.homeY, ship.x - ship.homeX) + ship.side * 0.6;
      goalX = ship.homeX + cos(around) * 300;
      goalY = ship.homeY + sin(around) * 300;
    }
  }
  const want = atan2(goalY - ship.y, goalX - ship.x);
  const diff = angleDiff(ship.angle, want);
  const maxTurn = s.turnRate * DT;
  ship.angle = wrap(ship.angle + Math.max(-maxTurn, Math.min(maxTurn, diff)));
  const far = (goalX - ship.x) * (goalX - ship.x) + (goalY - ship.y) * (goalY - ship.y) > 40 * 40;
  ship.speed = approach(ship.speed, far || engaged ? speed : 0, s.accel * DT);
}

/**
 * Jem'Hadar attack runs: when ready and in reach, a run starts; on the harder difficulties a
 * second follows after a short gap before the ability cools down.
 */
function attackRun(world: World, ship: Entity, target: Entity) {
  const a = ENEMY_ABILITY.attackRun;
  if (ship.abilityUntil > world.tick || world.tick < ship.abilityReady) return;
  if (distSq(ship, target) > a.range * a.range) return;
  if (ship.runs === 0) ship.runs = DIFFICULTY[world.difficulty].attackRuns;
  ship.runs -= 1;
  ship.abilityUntil = world.tick + a.duration;
  ship.abilityReady =
    ship.runs > 0
      ? world.tick + a.duration + a.gap
      : world.tick + Math.round(a.cooldown * DIFFICULTY[world.difficulty].abilityCooldown);
  world.fx.push({ type: 'ability', who: ship.id, ability: 'attackRun' });
}

function move(world: World, geo: MapGeometry | undefined, ship: Entity, s: ShipStats) {
  if (ship.speed === 0) return;
  ship.vx = cos(ship.angle) * ship.speed;
  ship.vy = sin(ship.angle) * ship.speed;
  ship.x += ship.vx * DT;
  ship.y += ship.vy * DT;
  if (!geo) return;
  const xi = ship.x;
  const yi = ship.y;
  if (pushOutOfCircles(ship, s.radius, geo.hulls)) {
    // Scraping the station slows the player's ship.
    if (ship.id === world.player) ship.speed = Math.min(ship.speed, 60);
    else slideAlong(ship, ship.x - xi, ship.y - yi);
  }
  ship.x = Math.max(geo.originX, Math.min(geo.originX + geo.width, ship.x));
  ship.y = Math.max(geo.originY, Math.min(geo.originY + geo.height, ship.y));
}

/**
 * An AI ship that touched the hull turns along it: of the two directions along the surface
 * (across the push it got), the one nearer its heading, or its circling side when it hit head
 * on. So it slides past a pylon instead of nosing into it for good.
 */
function slideAlong(ship: Entity, px: number, py: number) {
  const len = Math.sqrt(px * px + py * py);
  if (len < 1e-9) return;
  const nx = px / len;
  const ny = py / len;
  const hx = cos(ship.angle);
  const hy = sin(ship.angle);
  // Tangent (-ny, nx); its dot with the heading says which way along the hull is ahead.
  const dot = -ny * hx + nx * hy;
  const dir = dot > 0.05 ? 1 : dot < -0.05 ? -1 : ship.side;
  ship.angle = atan2(nx * dir, -ny * dir);
}

function regenerate(world: World, ship: Entity, s: ShipStats) {
  if (ship.id !== world.player && shieldsFull(ship)) return;
  let rate = s.shieldRegen;
  if (ship.id === world.player) {
    if (abilityActive(world, 'epts')) rate *= SPACE.epts.regenFactor;
    if (abilityActive(world, 'hazard')) {
      ship.hull = Math.min(ship.hullMax, ship.hull + SPACE.hazard.heal / SPACE.hazard.duration);
    }
  }
  regenerateShields(world, ship, rate, SPACE.shieldDelayTicks);
}

function shieldsFull(ship: Entity): boolean {
  const shields = ship.shields;
  for (let i = 0; i < shields.length; i++) if (!(shields[i]! >= ship.shieldMax)) return false;
  return true;
}

/** How many beam banks bear on a point: fore banks within the fore arc, aft banks within the aft arc. */
export function banksBearing(ship: Entity, s: ShipStats, x: number, y: number): number {
  const bearing = atan2(y - ship.y, x - ship.x);
  return banksAt(s, Math.abs(angleDiff(ship.angle, bearing)));
}

/** `banksBearing` for a point whose bearing off the bow (`rel`, 0..PI) is known. */
function banksAt(s: ShipStats, rel: number): number {
  let banks = 0;
  if (rel <= SPACE.beamArc) banks += s.foreBanks;
  if (Math.PI - rel <= SPACE.beamArc) banks += s.aftBanks;
  return banks;
}

export function validTarget(
  world: World,
  self: Entity,
  id: number,
  range: number,
): Entity | undefined {
  const t = entityById(world, id);
  if (!t?.alive || t.map !== world.map || !isHostile(self, t)) return undefined;
  return distSq(self, t) <= range * range ? t : undefined;
}

export function nearestHostile(world: World, self: Entity, range: number): Entity | undefined {
  let best: Entity | undefined;
  let bestD = range * range;
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.map !== world.map || e.downedUntil !== 0 || !isHostile(self, e)) continue;
    const d = distSq(self, e);
    if (d <= bestD) {
      bestD = d;
      best = e;
    }
  }
  return best;
}

function playerWeapons(world: World, ship: Entity) {
  if (!world.input.firing || world.tick < ship.weaponReady) return;
  const s = PLAYER_SHIP;
  let target = validTarget(world, ship, ship.target, s.beamRange);
  if (!target) {
    target = nearestHostile(world, ship, s.beamRange);
    if (target) ship.target = target.id;
  }
  if (!target) return;
  const banks = banksBearing(ship, s, target.x, target.y);
  if (banks === 0) return;
  ship.weaponReady = world.tick + s.beamCooldown;
  world.fx.push({ type: 'beam', from: ship.id, to: target.id, hit: true, facing: 0 });
  applyDamage(world, ship, target, {
    amount: s.beamDamage * banks,
    shieldFactor: 1,
    fromX: ship.x,
    fromY: ship.y,
  });
}

/** Fires a torpedo at the current target if it is in the forward 90° arc and range. */
export function fireTorpedo(world: World) {
  const ship = entityById(world, world.player);
  if (!ship?.alive || ship.kind !== 'ship' || world.tick < ship.secondaryReady) return;
  const target =
    validTarget(world, ship, ship.target, SPACE.torpedoRange) ??
    nearestHostile(world, ship, SPACE.torpedoRange);
  if (!target) return;
  const rel = Math.abs(angleDiff(ship.angle, atan2(target.y - ship.y, target.x - ship.x)));
  if (rel > SPACE.torpedoArc) return;
  ship.target = target.id;
  ship.secondaryReady = world.tick + PLAYER_SHIP.torpedoCooldown;
  ship.lastCombat = world.tick;
  launchTorpedo(world, ship, target, ship.angle, PLAYER_SHIP.torpedoDamage);
}

/** One torpedo from `ship` toward `target`, leaving at `angle` (the player's and the enemies'). */
function launchTorpedo(world: World, ship: Entity, target: Entity, angle: number, damage: number) {
  const id = world.nextId++;
  world.projectiles.push({
    id,
    owner: ship.id,
    target: target.id,
    x: ship.x,
    y: ship.y,
    angle,
    damage,
    travelled: 0,
  });
  world.fx.push({ type: 'torpedo', id });
}

function enemyWeapons(world: World, ctx: SimContext, ship: Entity) {
  const s = statsOf(ctx, world, ship);
  const player = entityById(world, world.player);
  if (!player?.alive) return;
  if (s.ability === 'shieldBoost') shieldBoost(world, ship);
  if (s.ability === 'heavyAttack') heavyAttack(world, ship, player);
  const d2 = distSq(ship, player);
  // Most ticks nothing is ready or in reach: then the bearing (an atan2) is not worked out.
  // Nothing below changes what these two read, so asking first changes no outcome.
  const torpedoNow =
    s.torpedoDamage > 0 && world.tick >= ship.secondaryReady && d2 <= torpedoReach(s);
  const beamNow = world.tick >= ship.weaponReady && d2 <= s.beamRange * s.beamRange;
  if (!torpedoNow && !beamNow) return;
  const rel = Math.abs(angleDiff(ship.angle, atan2(player.y - ship.y, player.x - ship.x)));
  // Emplacements bear only into open space: the player can come at them from the station side.
  if (rel > s.fireArc) return;
  // Ships fire torpedoes only within the forward arc (emplacements: their firing arc, above).
  if (torpedoNow && (s.speed === 0 || rel <= SPACE.torpedoArc))
    enemyTorpedoes(world, ship, player, s);
  if (!beamNow) return;
  // `rel` is the player's bearing off the bow, as `banksBearing` would work it out again (the
  // ship and the player have not moved since).
  const banks = s.speed === 0 ? 1 : banksAt(s, rel);
  if (banks === 0) return;
  const onRun = s.ability === 'attackRun' && ship.abilityUntil > world.tick;
  ship.weaponReady =
    world.tick +
    (onRun ? Math.round(s.beamCooldown * ENEMY_ABILITY.attackRun.fireFactor) : s.beamCooldown);
  world.fx.push({ type: 'beam', from: ship.id, to: player.id, hit: true, facing: 0 });
  applyDamage(world, ship, player, {
    amount: s.beamDamage * banks,
    shieldFactor: 1,
    fromX: ship.x,
    fromY: ship.y,
  });
}

const torpedoReach = (s: ShipStats) => {
  const r = Math.min(SPACE.torpedoRange, s.beamRange + 200);
  return r * r;
};

/**
 * A torpedo volley, fired only into a weakened facing (the facing toward this ship below half
 * its maximum); the caller has checked the forward arc (emplacements: their firing arc).
 */
function enemyTorpedoes(world: World, ship: Entity, target: Entity, s: ShipStats) {
  const facing = facingToward(target, ship.x, ship.y);
  if ((target.shields[facing] ?? 0) >= target.shieldMax * ENEMY_ABILITY.weakFacing) return;
  ship.secondaryReady = world.tick + s.torpedoCooldown;
  ship.lastCombat = world.tick;
  const volley = DIFFICULTY[world.difficulty].torpedoVolley;
  const aim = atan2(target.y - ship.y, target.x - ship.x);
  for (let k = 0; k < volley; k++)
    launchTorpedo(world, ship, target, wrap(aim + (k - (volley - 1) / 2) * 0.15), s.torpedoDamage);
}

/** Cardassian shield boost: a facing low, the ability ready: every facing restored. */
function shieldBoost(world: World, ship: Entity) {
  const b = ENEMY_ABILITY.shieldBoost;
  if (world.tick < ship.abilityReady) return;
  let low = false;
  for (let i = 0; i < ship.shields.length; i++)
    if (ship.shields[i]! < ship.shieldMax * b.below) low = true;
  if (!low) return;
  for (let i = 0; i < ship.shields.length; i++)
    ship.shields[i] = Math.min(ship.shieldMax, ship.shields[i]! + ship.shieldMax * b.amount);
  ship.abilityReady =
    world.tick + Math.round(b.cooldown * DIFFICULTY[world.difficulty].abilityCooldown);
  world.fx.push({ type: 'ability', who: ship.id, ability: 'shieldBoost' });
}

/**
 * Undine heavy attack: the charge is telegraphed (a `telegraph` effect for its whole length);
 * when it ends, whatever is inside the forward cone and range takes the blow. Turning away or
 * getting out of range in time avoids it.
 */
function heavyAttack(world: World, ship: Entity, target: Entity) {
  const h = ENEMY_ABILITY.heavyAttack;
  if (ship.abilityUntil !== 0) {
    if (world.tick < ship.abilityUntil) return;
    ship.abilityUntil = 0;
    const rel = Math.abs(angleDiff(ship.angle, atan2(target.y - ship.y, target.x - ship.x)));
    const inReach = distSq(ship, target) <= h.range * h.range && rel <= h.arc;
    world.fx.push({ type: 'beam', from: ship.id, to: target.id, hit: inReach, facing: 0 });
    if (inReach)
      applyDamage(world, ship, target, {
        amount: h.damage,
        shieldFactor: 1,
        fromX: ship.x,
        fromY: ship.y,
      });
    return;
  }
  if (world.tick < ship.abilityReady) return;
  if (distSq(ship, target) > h.range * h.range) return;
  ship.abilityUntil = world.tick + h.charge;
  ship.abilityReady =
    world.tick + h.charge + Math.round(h.cooldown * DIFFICULTY[world.difficulty].abilityCooldown);
  world.fx.push({
    type: 'telegraph',
    who: ship.id,
    x: ship.x,
    y: ship.y,
    r: h.range,
    ticks: h.charge,
  });
  world.fx.push({ type: 'ability', who: ship.id, ability: 'heavyAttack' });
}

function stepProjectiles(world: World, archetypes: ReadonlyMap<string, Archetype>) {
  if (world.projectiles.length === 0) return;
  // The torpedoes still flying are moved to the front of the same list, in order.
  const list = world.projectiles;
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const target = entityById(world, p.target);
    if (!target?.alive) continue;
    const want = atan2(target.y - p.y, target.x - p.x);
    const turn = SPACE.torpedoTurnRate * DT;
    p.angle = wrap(p.angle + Math.max(-turn, Math.min(turn, angleDiff(p.angle, want))));
    const step = SPACE.torpedoSpeed * DT;
    p.x += cos(p.angle) * step;
    p.y += sin(p.angle) * step;
    p.travelled += step;
    const r = shipStatsOf(archetypes.get(target.archetype), world.difficulty).radius + 10;
    // (Written out: `distSq` keeps to entities, so its reads see one object shape.)
    if ((p.x - target.x) * (p.x - target.x) + (p.y - target.y) * (p.y - target.y) <= r * r) {
      applyDamage(world, entityById(world, p.owner), target, {
        amount: p.damage,
        shieldFactor: SPACE.torpedoShieldFactor,
        fromX: p.x,
        fromY: p.y,
      });
      world.fx.push({ type: 'explosion', x: p.x, y: p.y, size: 1 });
      continue;
    }
    if (p.travelled < SPACE.torpedoRange * 1.5) list[kept++] = p;
  }
  if (kept !== list.length) list.length = kept;
}

const distSq = (a: Entity, b: Entity) => (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
const approach = (v: number, target: number, step: number) =>
  v < target ? Math.min(target, v + step) : Math.max(target, v - step);
const wrap = (a: number) => (a > Math.PI ? a - 2 * Math.PI : a <= -Math.PI ? a + 2 * Math.PI : a);
