/**
 * Space rules: the player's ship (impulse, Full Impulse, turning, beams in 250° arcs fore and
 * aft, torpedoes in a 90° forward arc, abilities), enemy ships and station emplacements that
 * approach, circle and fire, torpedoes in flight, station hull collision and respawn.
 */
import { angleDiff, atan2, cos, sin } from '../core/detMath';
import { ENEMY_SHIPS, PLAYER_SHIP, type ShipStats, SPACE } from './balance';
import { abilityActive, applyDamage, inCombat, regenerateShields } from './combat';
import type { SimContext } from './context';
import { pushOutOfCircles } from './geometry';
import type { MapGeometry } from './maps';
import { type Entity, entityById, isHostile, type World } from './world';

const DT = 1 / 60;

export function statsOf(e: Entity): ShipStats {
  return e.archetype === 'player-ship'
    ? PLAYER_SHIP
    : (ENEMY_SHIPS[e.archetype as keyof typeof ENEMY_SHIPS] ?? PLAYER_SHIP);
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
    const s = statsOf(e);
    if (e.id === world.player) steerPlayer(world, e);
    else steerEnemy(e, s, player);
    move(world, geo, e, s);
    regenerate(world, e, s);
  }
  if (player?.alive) playerWeapons(world, player);
  const after = world.entities;
  for (let i = 0; i < after.length; i++) {
    const e = after[i]!;
    if (e.alive && e.kind === 'ship' && e.faction === 'enemy' && e.map === world.map)
      enemyWeapons(world, e);
  }
  stepProjectiles(world);
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

function steerEnemy(ship: Entity, s: ShipStats, player: Entity | undefined) {
  if (s.speed === 0) return;
  const engaged =
    player?.alive === true &&
    (ship.behavior === 'attack' ||
      ship.target !== 0 ||
      distSq(ship, player) < s.aggroRange * s.aggroRange);
  let goalX = ship.homeX;
  let goalY = ship.homeY;
  if (engaged && player) {
    ship.target = player.id;
    // Circle the target at orbit range: aim at a point a little ahead on the orbit.
    const around = atan2(ship.y - player.y, ship.x - player.x) + ship.side * 0.5;
    goalX = player.x + cos(around) * s.orbitRange;
    goalY = player.y + sin(around) * s.orbitRange;
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
  ship.speed = approach(ship.speed, far || engaged ? s.speed : 0, s.accel * DT);
}

function move(world: World, geo: MapGeometry | undefined, ship: Entity, s: ShipStats) {
  if (ship.speed === 0) return;
  ship.vx = cos(ship.angle) * ship.speed;
  ship.vy = sin(ship.angle) * ship.speed;
  ship.x += ship.vx * DT;
  ship.y += ship.vy * DT;
  if (!geo) return;
  // Scraping any part of the station slows the player's ship (once is enough: min is idempotent).
  if (pushOutOfCircles(ship, s.radius, geo.hulls) && ship.id === world.player) {
    ship.speed = Math.min(ship.speed, 60);
  }
  ship.x = Math.max(geo.originX, Math.min(geo.originX + geo.width, ship.x));
  ship.y = Math.max(geo.originY, Math.min(geo.originY + geo.height, ship.y));
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
  const rel = Math.abs(angleDiff(ship.angle, bearing));
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
  const id = world.nextId++;
  world.projectiles.push({
    id,
    owner: ship.id,
    target: target.id,
    x: ship.x,
    y: ship.y,
    angle: ship.angle,
    damage: PLAYER_SHIP.torpedoDamage,
    travelled: 0,
  });
  world.fx.push({ type: 'torpedo', id });
}

function enemyWeapons(world: World, ship: Entity) {
  if (world.tick < ship.weaponReady) return;
  const s = statsOf(ship);
  const player = entityById(world, world.player);
  if (!player?.alive) return;
  if (distSq(ship, player) > s.beamRange * s.beamRange) return;
  const banks =
    ship.archetype === 'defense-emplacement' ? 1 : banksBearing(ship, s, player.x, player.y);
  if (banks === 0) return;
  ship.weaponReady = world.tick + s.beamCooldown;
  world.fx.push({ type: 'beam', from: ship.id, to: player.id, hit: true, facing: 0 });
  applyDamage(world, ship, player, {
    amount: s.beamDamage * banks,
    shieldFactor: 1,
    fromX: ship.x,
    fromY: ship.y,
  });
}

function stepProjectiles(world: World) {
  if (world.projectiles.length === 0) return;
  const keep = [];
  const list = world.projectiles;
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
    const r = statsOf(target).radius + 10;
    if (distSq(p, target) <= r * r) {
      applyDamage(world, entityById(world, p.owner), target, {
        amount: p.damage,
        shieldFactor: SPACE.torpedoShieldFactor,
        fromX: p.x,
        fromY: p.y,
      });
      world.fx.push({ type: 'explosion', x: p.x, y: p.y, size: 1 });
      continue;
    }
    if (p.travelled < SPACE.torpedoRange * 1.5) keep.push(p);
  }
  world.projectiles = keep;
}

const distSq = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
const approach = (v: number, target: number, step: number) =>
  v < target ? Math.min(target, v + step) : Math.max(target, v - step);
const wrap = (a: number) => (a > Math.PI ? a - 2 * Math.PI : a <= -Math.PI ? a + 2 * Math.PI : a);
