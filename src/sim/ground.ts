/**
 * Ground rules: the captain (moved by the player), the away team that follows and fights,
 * named NPCs obeying orders (Meyer follows, stays or works), enemies that hold, notice, chase
 * along the navigation grid and shoot with line of fire, T'Vala's change of form, downed and
 * revived characters. Walls and raised security fields block movement and fire.
 */
import { atan2, cos, sin } from '../core/detMath';
import { nextFloat } from '../core/rng';
import { CHARACTERS, type CharacterStats, GROUND, TVALA_UNDINE_FORM } from './balance';
import { applyDamage, regenerateShields } from './combat';
import type { SimContext } from './context';
import { pushOutOfRects, type Rect, segmentHitsBox, segmentHitsRect } from './geometry';
import { cellCenterX, cellCenterY, distanceField, type NavGrid, navGrid, nextCell } from './nav';
import { type Entity, entityById, isHostile, type World } from './world';

const DT = 1 / 60;

export function characterStats(e: Entity): CharacterStats {
  const base =
    e.archetype === 'captain' || e.archetype === 'bridge-officer'
      ? CHARACTERS[e.archetype]
      : (CHARACTERS[e.archetype as keyof typeof CHARACTERS] ?? CHARACTERS.captain);
  return e.trueForm ? trueFormOf(base) : base;
}

/** The Undine-form stats over a base, made once per base (this is asked many times a tick). */
const trueForms = new Map<CharacterStats, CharacterStats>();
function trueFormOf(base: CharacterStats): CharacterStats {
  let stats = trueForms.get(base);
  if (!stats) {
    stats = { ...base, ...TVALA_UNDINE_FORM };
    trueForms.set(base, stats);
  }
  return stats;
}

/**
 * Memo keyed by the `barriersUp` array itself: the world replaces that array whenever a field
 * drops or the scene changes, so an entry can never go stale.
 */
const blockerCache = new WeakMap<
  readonly string[],
  { map: string; ctx: SimContext; walls: Rect[] }
>();

/** Walls, map edges and the security fields that are up on the current map. */
export function blockers(world: Readonly<World>, ctx: SimContext): readonly Rect[] {
  const hit = blockerCache.get(world.barriersUp);
  if (hit && hit.map === world.map && hit.ctx === ctx) return hit.walls;
  const walls = buildBlockers(world, ctx);
  blockerCache.set(world.barriersUp, { map: world.map, ctx, walls });
  return walls;
}

function buildBlockers(world: Readonly<World>, ctx: SimContext): Rect[] {
  const geo = ctx.geometry[world.map];
  const walls: Rect[] = [];
  if (geo) {
    // The map's edges are walls too.
    const { width: w, height: h } = geo;
    walls.push(
      ...geo.walls,
      { x: -100, y: -100, w: w + 200, h: 100 },
      { x: -100, y: h, w: w + 200, h: 100 },
    );
    walls.push({ x: -100, y: 0, w: 100, h }, { x: w, y: 0, w: 100, h });
  }
  for (const id of world.barriersUp) {
    const b = ctx.barriers.get(id);
    if (b && b.map === world.map) walls.push(b.rect);
  }
  return walls;
}

export function lineOfFire(
  walls: readonly Rect[],
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  for (let i = 0; i < walls.length; i++)
    if (segmentHitsRect(ax, ay, bx, by, walls[i]!)) return false;
  return true;
}

/** Can a body of radius r walk straight from a to b? Walls are grown by r. */
export function walkable(
  walls: readonly Rect[],
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
): boolean {
  for (let i = 0; i < walls.length; i++) {
    const w = walls[i]!;
    if (segmentHitsBox(ax, ay, bx, by, w.x - r, w.y - r, w.w + 2 * r, w.h + 2 * r)) return false;
  }
  return true;
}

/**
 * Where to walk next on the way from (x, y) to (gx, gy): the goal itself when the way is
 * clear, else the farthest point a few cells down the navigation field that can be reached in
 * a straight line (so paths hug corners instead of zig-zagging between cell centres).
 */
export function pathPoint(
  world: Readonly<World>,
  ctx: SimContext,
  walls: readonly Rect[],
  x: number,
  y: number,
  gx: number,
  gy: number,
  r: number,
): { x: number; y: number } | null {
  if (walkable(walls, x, y, gx, gy, r)) return { x: gx, y: gy };
  const grid = navGrid(ctx, world.map, world.barriersUp);
  return (
    followField(grid, distanceField(grid, gx, gy), walls, x, y, r) ??
    followField(grid, distanceField(grid, gx, gy, true), walls, x, y, r)
  );
}

function followField(
  grid: NavGrid,
  field: Int32Array,
  walls: readonly Rect[],
  x: number,
  y: number,
  r: number,
): { x: number; y: number } | null {
  let found = false;
  let cx = x;
  let cy = y;
  for (let i = 0; i < 8; i++) {
    const cell = nextCell(grid, field, cx, cy);
    if (cell < 0) break;
    const wx = cellCenterX(grid, cell);
    const wy = cellCenterY(grid, cell);
    if (found && !walkable(walls, x, y, wx, wy, r)) break;
    found = true;
    cx = wx;
    cy = wy;
  }
  return found ? { x: cx, y: cy } : null;
}

/**
 * The entities of the player's side (faction player or ally) and the enemies, in list order,
 * taken at the start of each ground tick (the first `friendCount` / `foeCount` entries; the
 * arrays are reused from tick to tick, so taking them allocates nothing). Nothing in a ground
 * tick adds or removes entities or changes a faction, so scanning these lists visits exactly
 * the entities that a scan of the whole list would not skip by faction, in the same order:
 * the same answers, fewer visits.
 */
const friends: Entity[] = [];
const foes: Entity[] = [];
let friendCount = 0;
let foeCount = 0;

export function stepGround(world: World, ctx: SimContext) {
  const walls = blockers(world, ctx);
  const captain = entityById(world, world.player);
  if (!captain) return;
  const list = world.entities;
  friendCount = 0;
  foeCount = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.faction === 'player' || e.faction === 'ally') friends[friendCount++] = e;
    else if (e.faction === 'enemy') foes[foeCount++] = e;
  }
  stepCharacters(world, ctx, walls, captain, list);
}

function stepCharacters(
  world: World,
  ctx: SimContext,
  walls: readonly Rect[],
  captain: Entity,
  list: readonly Entity[],
) {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.kind !== 'character' || e.map !== world.map) continue;
    if (e.downedUntil !== 0) {
      if (world.tick >= e.downedUntil) revive(world, ctx, e);
      continue;
    }
    // Looked up once per character and tick: nothing below changes its form until the end.
    const s = characterStats(e);
    if (e.id === world.player) moveCaptain(world, e, s, walls);
    else if (e.archetype === 'bridge-officer') awayTeam(world, ctx, e, s, captain, walls);
    else if (e.faction === 'ally') ally(world, ctx, e, s, captain, walls);
    else if (e.faction === 'enemy') enemy(world, ctx, e, s, captain, walls);
    regenerateShields(world, e, s.shieldRegen, GROUND.shieldDelayTicks);
    if (e.archetype === 'tvala' && !e.trueForm && e.hull <= e.hullMax * GROUND.tvalaUndineFormAt) {
      e.trueForm = true;
      e.name = "T'Vala (Undine form)";
      world.fx.push({ type: 'transform', target: e.id });
    }
  }
}

function revive(world: World, ctx: SimContext, e: Entity) {
  e.downedUntil = 0;
  if (e.id === world.player) {
    // The captain comes back at the step's checkpoint: the scene's start point.
    const scene = ctx.script.scenes.find((s) => s.id === world.scene)!;
    const p = ctx.point(scene.map, scene.start);
    if (p) {
      e.x = p.x;
      e.y = p.y;
    }
    e.hull = e.hullMax;
    e.shields = [e.shieldMax];
    world.transition = { kind: 'revive', startTick: world.tick };
  } else {
    e.hull = e.hullMax / 2;
    e.shields = [0];
  }
}

function moveCaptain(world: World, e: Entity, s: CharacterStats, walls: readonly Rect[]) {
  const { moveX, moveY } = world.input;
  const len = Math.sqrt(moveX * moveX + moveY * moveY);
  if (len > 0.01) {
    const k = (s.speed * DT) / Math.max(1, len);
    walk(e, s, moveX * k, moveY * k, walls);
  }
  const target = entityById(world, e.target);
  if (world.input.aiming) e.angle = atan2(world.input.aimY - e.y, world.input.aimX - e.x);
  else if (target?.alive) e.angle = atan2(target.y - e.y, target.x - e.x);
  else if (len > 0.01) e.angle = atan2(moveY, moveX);
  if (world.input.firing) shoot(world, e, s, walls, true);
}

function awayTeam(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  // Stand in a loose arc behind the captain; fight whatever is in range. Round corners they
  // follow the captain's own path (one shared navigation field).
  const behind = captain.angle + Math.PI + (e.slot - 1) * 0.8;
  // Re-aim the follow point only a few times a second; in between keep walking to the old one.
  if ((world.tick + e.slot) % 6 === 0) {
    e.homeX = captain.x + cos(behind) * GROUND.followDistance;
    e.homeY = captain.y + sin(behind) * GROUND.followDistance;
  }
  const gx = e.homeX;
  const gy = e.homeY;
  moveToward(world, ctx, e, s, gx, gy, 24, walls);
  shoot(world, e, s, walls, false);
}

function ally(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  if (e.order === 'follow' && captain.downedUntil === 0) {
    moveToward(world, ctx, e, s, captain.x, captain.y, GROUND.followDistance, walls);
  }
}

function enemy(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  // Look for a target four times a second, staggered by id, so the cost is spread out.
  if ((world.tick + e.id) % 15 === 0 || !entityById(world, e.target)?.alive) {
    e.target = pickTarget(world, e, s, walls);
  }
  const target = entityById(world, e.target);
  if (target && target.downedUntil === 0 && target.alive) {
    const d2 = (target.x - e.x) * (target.x - e.x) + (target.y - e.y) * (target.y - e.y);
    // Check the line of fire a few times a second, not every tick.
    if ((world.tick + e.id) % 6 === 0)
      e.clearShot = lineOfFire(walls, e.x, e.y, target.x, target.y);
    const clear = d2 <= s.range * s.range && e.clearShot;
    e.angle = atan2(target.y - e.y, target.x - e.x);
    if (!clear || d2 > s.range * s.range * 0.64)
      moveToward(world, ctx, e, s, target.x, target.y, s.range * 0.6, walls);
    else if ((world.tick + e.id) % 90 < 30) {
      // Side-step now and then, so a firefight is not two statues.
      const px = -sin(e.angle) * e.side;
      const py = cos(e.angle) * e.side;
      walk(e, s, px * s.speed * 0.5 * DT, py * s.speed * 0.5 * DT, walls);
    }
    if (clear && world.tick >= e.weaponReady) fire(world, e, target, s);
    return;
  }
  if (e.behavior === 'attack' && captain.downedUntil === 0)
    moveToward(world, ctx, e, s, captain.x, captain.y, 150, walls);
}

function pickTarget(world: World, e: Entity, s: CharacterStats, walls: readonly Rect[]): number {
  let best = 0;
  let bestScore = Infinity;
  const reach = e.behavior === 'attack' ? s.aggroRange * 1.6 : s.aggroRange;
  // `e` is an enemy: its hostiles are exactly the player's side.
  for (let i = 0; i < friendCount; i++) {
    const o = friends[i]!;
    if (!o.alive || o.downedUntil !== 0 || o.map !== world.map || !isHostile(e, o)) continue;
    const d2 = (o.x - e.x) * (o.x - e.x) + (o.y - e.y) * (o.y - e.y);
    if (d2 > reach * reach) continue;
    // T'Vala goes for the engineer first.
    const score = e.archetype === 'tvala' && o.npc !== null ? d2 * 0.25 : d2;
    if (score < bestScore && lineOfFire(walls, e.x, e.y, o.x, o.y)) {
      best = o.id;
      bestScore = score;
    }
  }
  return best;
}

function shoot(
  world: World,
  e: Entity,
  s: CharacterStats,
  walls: readonly Rect[],
  isCaptain: boolean,
) {
  if (world.tick < e.weaponReady) return;
  let target = entityById(world, e.target);
  if (!canHit(world, e, target, s, walls)) {
    target = undefined;
    let bestD = s.range * s.range;
    for (let i = 0; i < foeCount; i++) {
      const o = foes[i]!;
      if (o.faction !== 'enemy' || !o.alive || o.map !== world.map) continue;
      const d2 = (o.x - e.x) * (o.x - e.x) + (o.y - e.y) * (o.y - e.y);
      if (d2 <= bestD && canHit(world, e, o, s, walls)) {
        bestD = d2;
        target = o;
      }
    }
    if (!target) return;
    if (isCaptain || e.target === 0 || !entityById(world, e.target)?.alive) e.target = target.id;
  }
  fire(world, e, target!, s);
}

/** Is `t` a hostile that `e` could shoot now: standing, in range and in the line of fire? */
function canHit(
  world: World,
  e: Entity,
  t: Entity | undefined,
  s: CharacterStats,
  walls: readonly Rect[],
): boolean {
  return (
    t?.alive === true &&
    t.downedUntil === 0 &&
    t.map === world.map &&
    isHostile(e, t) &&
    (t.x - e.x) * (t.x - e.x) + (t.y - e.y) * (t.y - e.y) <= s.range * s.range &&
    lineOfFire(walls, e.x, e.y, t.x, t.y)
  );
}

function fire(world: World, e: Entity, target: Entity, s: CharacterStats) {
  e.weaponReady = world.tick + s.cooldown;
  // A little spread: most shots land, some go wide.
  const hit = nextFloat(world.rng) < 0.85;
  world.fx.push({ type: 'rifle', from: e.id, to: target.id, x: target.x, y: target.y });
  if (hit)
    applyDamage(world, e, target, { amount: s.damage, shieldFactor: 1, fromX: e.x, fromY: e.y });
}

/** Walks toward a point along the navigation grid, stopping `stopAt` short of it. */
function moveToward(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  gx: number,
  gy: number,
  stopAt: number,
  walls: readonly Rect[],
) {
  const dx = gx - e.x;
  const dy = gy - e.y;
  const d2 = dx * dx + dy * dy;
  if (d2 <= stopAt * stopAt) return;
  // Re-plan six times a second (or on reaching the waypoint); walk straight in between.
  const atWay = (e.wayX - e.x) * (e.wayX - e.x) + (e.wayY - e.y) * (e.wayY - e.y) < 16;
  if ((world.tick + e.id) % 10 === 0 || atWay || (e.wayX === 0 && e.wayY === 0)) {
    const wp = pathPoint(world, ctx, walls, e.x, e.y, gx, gy, s.radius + 2);
    if (!wp) return;
    e.wayX = wp.x;
    e.wayY = wp.y;
  }
  const mx = e.wayX - e.x;
  const my = e.wayY - e.y;
  const len = Math.sqrt(mx * mx + my * my);
  if (len < 0.001) return;
  const step = Math.min(len, s.speed * DT);
  walk(e, s, (mx / len) * step, (my / len) * step, walls);
}

function walk(e: Entity, s: CharacterStats, dx: number, dy: number, walls: readonly Rect[]) {
  e.x += dx;
  e.y += dy;
  e.vx = dx / DT;
  e.vy = dy / DT;
  pushOutOfRects(e, s.radius, walls);
}
