/**
 * Ground rules: the captain (moved by the player), the away team that follows and fights,
 * named NPCs obeying orders (Meyer follows, stays or works), enemies that hold, notice, chase
 * along the navigation grid and shoot with line of fire, T'Vala's change of form, downed and
 * revived characters. Walls and raised security fields block movement and fire.
 */
import { atan2, cos, sin } from '../core/detMath';
import { nextFloat } from '../core/rng';
import { type Archetype, characterStatsOf } from './archetypes';
import { type CharacterStats, DIFFICULTY, GROUND } from './balance';
import { applyDamage, regenerateShields } from './combat';
import type { SimContext } from './context';
import { pushOutOfRects, type Rect, segmentHitsAnyGrownRect, segmentHitsAnyRect } from './geometry';
import type { MapGeometry } from './maps';
import { cellCenterX, cellCenterY, distanceField, type NavGrid, navGrid, nextCell } from './nav';
import { type Entity, entityById, isHostile, type World } from './world';

const DT = 1 / 60;

/** A character's stats on the world's difficulty, in its current form (archetypes.ts). */
export function characterStats(ctx: SimContext, world: World, e: Entity): CharacterStats {
  return characterStatsOf(ctx.archetypeOf(e), world.difficulty, e);
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
  const walls = sameBlockers(world, ctx);
  blockerCache.set(world.barriersUp, { map: world.map, ctx, walls });
  return walls;
}

/**
 * The list made before for the same mission script, map geometry and fields up (every scene
 * change makes a new `barriersUp` array, and every session a new context): the same list, so
 * what is worked out once per list (the culling grids and bounds) is not made again. The walls
 * are the geometry's and the fields' rectangles come from the script, so equal keys give equal
 * lists. A few lists per map; bounded all the same.
 */
const blockerLists = new WeakMap<
  SimContext['script'],
  Map<string, { geo: MapGeometry | undefined; walls: Rect[] }>
>();
const BLOCKER_LISTS_LIMIT = 64;

function sameBlockers(world: Readonly<World>, ctx: SimContext): Rect[] {
  let lists = blockerLists.get(ctx.script);
  if (!lists) {
    lists = new Map();
    blockerLists.set(ctx.script, lists);
  }
  const geo = ctx.geometry[world.map];
  const key = JSON.stringify([world.map, world.barriersUp]);
  const known = lists.get(key);
  if (known && known.geo === geo) return known.walls;
  const walls = buildBlockers(world, ctx);
  if (lists.size < BLOCKER_LISTS_LIMIT) lists.set(key, { geo, walls });
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
  return !segmentHitsAnyRect(ax, ay, bx, by, walls);
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
  return !segmentHitsAnyGrownRect(ax, ay, bx, by, walls, r);
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
    const a = ctx.archetypeOf(e);
    const s = characterStatsOf(a, world.difficulty, e);
    if (e.id === world.player) moveCaptain(world, e, s, walls);
    else if (e.archetype === 'bridge-officer') awayTeam(world, ctx, e, s, captain, walls);
    else if (e.faction === 'ally') ally(world, ctx, e, s, captain, walls);
    else if (e.faction === 'enemy') enemy(world, ctx, e, a, s, captain, walls);
    regenerateShields(world, e, s.shieldRegen, GROUND.shieldDelayTicks);
    // A second form (T'Vala's Undine form) when its health falls low enough.
    const form = a?.form;
    if (form && !e.trueForm && e.hull <= e.hullMax * form.at[world.difficulty]) {
      e.trueForm = true;
      e.name = form.name;
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
  if (dodge(world, ctx, e, s, walls)) return;
  // Stand in a loose arc behind the captain. Round corners they follow the captain's own path
  // (one shared navigation field).
  const behind = captain.angle + Math.PI + (e.slot - 1) * 0.8;
  // Re-aim the follow point only a few times a second; in between keep walking to the old one.
  if ((world.tick + e.slot) % 6 === 0) {
    e.homeX = captain.x + cos(behind) * GROUND.followDistance;
    e.homeY = captain.y + sin(behind) * GROUND.followDistance;
  }
  const gx = e.homeX;
  const gy = e.homeY;
  moveToward(world, ctx, e, s, gx, gy, 24, walls);
  // By rule: the first officer able to heals the captain when the captain's health runs low.
  const t = GROUND.teamOrder;
  if (
    captain.downedUntil === 0 &&
    captain.hull > 0 &&
    captain.hull < captain.hullMax * t.healBelow &&
    world.tick >= e.abilityReady
  ) {
    captain.hull = Math.min(captain.hullMax, captain.hull + t.heal);
    e.abilityReady = world.tick + t.healCooldown;
    world.fx.push({ type: 'ability', who: e.id, ability: 'heal' });
  }
  support(world, e, s, captain, walls);
}

/**
 * Bridge officers support the captain: they fire on the captain's target, and otherwise only
 * at an enemy that is shooting at them. They do not pick fights of their own.
 */
function support(
  world: World,
  e: Entity,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  if (world.tick < e.weaponReady) return;
  const ct = entityById(world, captain.target);
  if (canHit(world, e, ct, s, walls)) {
    e.target = ct!.id;
    fire(world, e, ct!, s);
    return;
  }
  for (let i = 0; i < foeCount; i++) {
    const o = foes[i]!;
    if (o.target !== e.id) continue;
    if (canHit(world, e, o, s, walls)) {
      e.target = o.id;
      fire(world, e, o, s);
      return;
    }
  }
}

/** A telegraphed attack of a standing enemy whose area holds (x, y), or undefined. */
export function telegraphAt(
  world: World,
  archetypes: ReadonlyMap<string, Archetype>,
  x: number,
  y: number,
  margin: number,
): Entity | undefined {
  for (let i = 0; i < foeCount; i++) {
    const o = foes[i]!;
    if (!o.alive || o.abilityUntil <= world.tick || o.kind !== 'character') continue;
    const r = blastRadius(archetypes, o) + margin;
    if ((o.aimX - x) * (o.aimX - x) + (o.aimY - y) * (o.aimY - y) <= r * r) return o;
  }
  return undefined;
}

/** The pending telegraphed attack is its form's blast when it has one, else a grenade. */
const blastsNow = (archetypes: ReadonlyMap<string, Archetype>, o: Entity) =>
  o.trueForm && archetypes.get(o.archetype)?.form?.blast === true;
/** The radius of the telegraphed attack `o` has under way (its form's blast, or a grenade). */
export const blastRadius = (archetypes: ReadonlyMap<string, Archetype>, o: Entity) =>
  blastsNow(archetypes, o) ? GROUND.tvalaBlast.radius : GROUND.enemyGrenade.radius;

/** Steps out of a telegraphed area when standing in one; true when it moved. */
function dodge(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  walls: readonly Rect[],
): boolean {
  const o = telegraphAt(world, ctx.archetypes, e.x, e.y, s.radius);
  if (!o) return false;
  let dx = e.x - o.aimX;
  let dy = e.y - o.aimY;
  let len = Math.sqrt(dx * dx + dy * dy);
  if (len < 1) {
    dx = e.side;
    dy = 0;
    len = 1;
  }
  walk(e, s, (dx / len) * s.speed * DT, (dy / len) * s.speed * DT, walls);
  return true;
}

function ally(
  world: World,
  ctx: SimContext,
  e: Entity,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  if (dodge(world, ctx, e, s, walls)) return;
  if (captain.downedUntil !== 0) {
    // The captain is down: take cover from the nearest enemy instead of standing exposed.
    const threat = nearestFoe(world, e);
    if (threat && (world.tick + e.id) % 20 === 0 && !inCover(world, e, walls)) {
      const spot = coverFrom(e, threat, walls, s.radius);
      if (spot) {
        e.tacticX = spot.x;
        e.tacticY = spot.y;
        e.tactic = 'cover';
      }
    }
    if (e.tactic === 'cover') moveToward(world, ctx, e, s, e.tacticX, e.tacticY, 4, walls);
    return;
  }
  e.tactic = 'none';
  if (e.order === 'follow') {
    moveToward(world, ctx, e, s, captain.x, captain.y, GROUND.followDistance, walls);
  }
}

function nearestFoe(world: World, e: Entity): Entity | undefined {
  let best: Entity | undefined;
  let bestD = Infinity;
  for (let i = 0; i < foeCount; i++) {
    const o = foes[i]!;
    if (!o.alive || o.map !== world.map) continue;
    const d2 = (o.x - e.x) * (o.x - e.x) + (o.y - e.y) * (o.y - e.y);
    if (d2 < bestD) {
      bestD = d2;
      best = o;
    }
  }
  return best;
}

/** Is no standing enemy able to see `e`? */
function inCover(world: World, e: Entity, walls: readonly Rect[]): boolean {
  for (let i = 0; i < foeCount; i++) {
    const o = foes[i]!;
    if (!o.alive || o.map !== world.map) continue;
    if (lineOfFire(walls, o.x, o.y, e.x, e.y)) return false;
  }
  return true;
}

const COVER_DIRS = 8;

/**
 * A spot near `e` that `threat` cannot see: tried on rings of growing radius, starting on the
 * side away from the threat; null when there is none nearby.
 */
function coverFrom(
  e: Entity,
  threat: Entity,
  walls: readonly Rect[],
  radius: number,
): { x: number; y: number } | null {
  const away = atan2(e.y - threat.y, e.x - threat.x);
  const r = radius + 2;
  for (let ring = 1; ring <= 4; ring++) {
    const dist = GROUND.cover.search * ring * 0.67;
    for (let k = 0; k < COVER_DIRS; k++) {
      // 0, +1, -1, +2, -2, … steps of 45° from straight away.
      const step = (k + 1) >> 1;
      const a = away + (k % 2 === 0 ? step : -step) * (Math.PI / 4);
      const px = e.x + cos(a) * dist;
      const py = e.y + sin(a) * dist;
      // A free spot (the way there is found on the navigation grid).
      if (!walkable(walls, px, py, px, py, r)) continue;
      if (!lineOfFire(walls, threat.x, threat.y, px, py)) return { x: px, y: py };
    }
  }
  return null;
}

function enemy(
  world: World,
  ctx: SimContext,
  e: Entity,
  a: Archetype | undefined,
  s: CharacterStats,
  captain: Entity,
  walls: readonly Rect[],
) {
  // A telegraphed attack under way lands when its time is up, wherever the target is now.
  if (e.abilityUntil !== 0 && world.tick >= e.abilityUntil) detonate(world, ctx.archetypes, e);
  // Look for a target four times a second, staggered by id, so the cost is spread out.
  if ((world.tick + e.id) % 15 === 0 || !entityById(world, e.target)?.alive) {
    e.target = a?.press ? pressTarget(world, e) : pickTarget(world, e, a, s, walls);
  }
  const target = entityById(world, e.target);
  if (target && target.downedUntil === 0 && target.alive) {
    const d2 = (target.x - e.x) * (target.x - e.x) + (target.y - e.y) * (target.y - e.y);
    // Check the line of fire a few times a second, not every tick.
    if ((world.tick + e.id) % 6 === 0)
      e.clearShot = lineOfFire(walls, e.x, e.y, target.x, target.y);
    const clear = d2 <= s.range * s.range && e.clearShot;
    e.angle = atan2(target.y - e.y, target.x - e.x);
    if (!a?.press) chooseTactic(world, e, target, d2, s, walls);
    if (e.tactic === 'cover') {
      // Hidden: catch its breath behind the wall, no shooting.
      moveToward(world, ctx, e, s, e.tacticX, e.tacticY, 4, walls);
      return;
    }
    if (e.tactic === 'flank') moveToward(world, ctx, e, s, e.tacticX, e.tacticY, 10, walls);
    else if (!clear || d2 > s.range * s.range * 0.64)
      moveToward(world, ctx, e, s, target.x, target.y, s.range * 0.6, walls);
    else if ((world.tick + e.id) % 90 < 30) {
      // Side-step now and then, so a firefight is not two statues.
      const px = -sin(e.angle) * e.side;
      const py = cos(e.angle) * e.side;
      walk(e, s, px * s.speed * 0.5 * DT, py * s.speed * 0.5 * DT, walls);
    }
    if (clear && a) telegraphAttack(world, e, a, target, d2);
    if (clear && world.tick >= e.weaponReady) fire(world, e, target, s);
    return;
  }
  if (e.tactic !== 'none') e.tactic = 'none';
  if (e.behavior === 'attack' && captain.downedUntil === 0)
    moveToward(world, ctx, e, s, captain.x, captain.y, 150, walls);
}

/**
 * T'Vala presses her attack wherever the away team stands: Engineer Meyer first, then the
 * nearest of the away team, seen or not (she walks to them).
 */
function pressTarget(world: World, e: Entity): number {
  let best = 0;
  let bestScore = Infinity;
  for (let i = 0; i < friendCount; i++) {
    const o = friends[i]!;
    if (!o.alive || o.downedUntil !== 0 || o.map !== world.map) continue;
    const d2 = (o.x - e.x) * (o.x - e.x) + (o.y - e.y) * (o.y - e.y);
    const score = o.npc !== null ? d2 * 0.25 : d2;
    if (score < bestScore) {
      best = o.id;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Insurgents: low on shields, break off to cover for a while; otherwise every other one works
 * round the target's side (a flank) now and then. Both have a cool-down (`tacticUntil` with no
 * tactic) before the next.
 */
function chooseTactic(
  world: World,
  e: Entity,
  target: Entity,
  d2: number,
  s: CharacterStats,
  walls: readonly Rect[],
) {
  if (e.tactic !== 'none') {
    if (world.tick < e.tacticUntil) return;
    e.tactic = 'none';
    e.tacticUntil = world.tick + 300;
    return;
  }
  if (world.tick < e.tacticUntil || (world.tick + e.id) % 10 !== 0) return;
  if ((e.shields[0] ?? 0) < e.shieldMax * GROUND.cover.below && e.hull < e.hullMax) {
    const spot = coverFrom(e, target, walls, s.radius);
    if (spot) {
      e.tactic = 'cover';
      e.tacticX = spot.x;
      e.tacticY = spot.y;
      e.tacticUntil = world.tick + GROUND.cover.ticks;
      return;
    }
  }
  if (e.id % 2 === 0 && d2 <= s.aggroRange * s.aggroRange) {
    const a = atan2(e.y - target.y, e.x - target.x) + e.side * GROUND.flank.angle;
    const r = s.range * 0.6;
    const fx = target.x + cos(a) * r;
    const fy = target.y + sin(a) * r;
    if (!walkable(walls, target.x, target.y, fx, fy, s.radius + 2)) return;
    e.tactic = 'flank';
    e.tacticX = fx;
    e.tacticY = fy;
    e.tacticUntil = world.tick + GROUND.flank.ticks;
  }
}

/**
 * Telegraphed area attacks: an insurgent's photon grenade, T'Vala's blast in her Undine form.
 * The spot is marked (a `telegraph` effect) and the blow lands there when the fuse runs out.
 */
function telegraphAttack(world: World, e: Entity, a: Archetype, target: Entity, d2: number) {
  if (e.abilityUntil !== 0 || world.tick < e.abilityReady) return;
  let fuse: number;
  let radius: number;
  let cooldown: number;
  if (a.form?.blast) {
    const b = GROUND.tvalaBlast;
    if (!e.trueForm || d2 > b.range * b.range) return;
    fuse = b.charge;
    radius = b.radius;
    cooldown = b.cooldown;
  } else if (a.grenade) {
    const g = GROUND.enemyGrenade;
    if (d2 > g.range * g.range) return;
    fuse = g.fuse;
    radius = g.radius;
    cooldown = g.cooldown;
  } else return;
  e.abilityUntil = world.tick + fuse;
  e.abilityReady =
    world.tick + fuse + Math.round(cooldown * DIFFICULTY[world.difficulty].abilityCooldown);
  e.aimX = target.x;
  e.aimY = target.y;
  world.fx.push({ type: 'telegraph', who: e.id, x: e.aimX, y: e.aimY, r: radius, ticks: fuse });
}

function detonate(world: World, archetypes: ReadonlyMap<string, Archetype>, e: Entity) {
  e.abilityUntil = 0;
  const blast = blastsNow(archetypes, e);
  const damage = blast ? GROUND.tvalaBlast.damage : GROUND.enemyGrenade.damage;
  const r = blast ? GROUND.tvalaBlast.radius : GROUND.enemyGrenade.radius;
  world.fx.push({ type: 'explosion', x: e.aimX, y: e.aimY, size: 1 });
  for (let i = 0; i < friendCount; i++) {
    const o = friends[i]!;
    if (!o.alive || o.downedUntil !== 0 || o.map !== world.map) continue;
    if ((o.x - e.aimX) * (o.x - e.aimX) + (o.y - e.aimY) * (o.y - e.aimY) > r * r) continue;
    applyDamage(world, e, o, { amount: damage, shieldFactor: 1, fromX: e.aimX, fromY: e.aimY });
  }
}

function pickTarget(
  world: World,
  e: Entity,
  a: Archetype | undefined,
  s: CharacterStats,
  walls: readonly Rect[],
): number {
  let best = 0;
  let bestScore = Infinity;
  const reach = e.behavior === 'attack' ? s.aggroRange * 1.6 : s.aggroRange;
  // `e` is an enemy: its hostiles are exactly the player's side.
  for (let i = 0; i < friendCount; i++) {
    const o = friends[i]!;
    // Out of reach is the common answer (and the cheapest test): asked first.
    const d2 = (o.x - e.x) * (o.x - e.x) + (o.y - e.y) * (o.y - e.y);
    if (d2 > reach * reach) continue;
    if (!o.alive || o.downedUntil !== 0 || o.map !== world.map || !isHostile(e, o)) continue;
    // One who presses (T'Vala) goes for the engineer first.
    const score = a?.press && o.npc !== null ? d2 * 0.25 : d2;
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
  // A little spread: most shots land, some go wide (enemies: as the difficulty says).
  const accuracy = e.faction === 'enemy' ? DIFFICULTY[world.difficulty].accuracy : GROUND.accuracy;
  const hit = nextFloat(world.rng) < accuracy;
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
