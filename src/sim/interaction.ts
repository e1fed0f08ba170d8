/**
 * Zones, interactions and hails: where the world tells the mission that something happened.
 * Watches are level-triggered (an actor already inside a watched zone counts at once).
 * Interactions are held: the player keeps interacting for the interactable's hold time while
 * standing in reach; moving away or letting go resets the hold.
 */

import type { MissionEvent } from '../mission/events';
import { PLAYER } from '../mission/events';
import { GROUND } from './balance';
import type { SimContext } from './context';
import { shapeContains } from './geometry';
import { type Entity, entityById, type World } from './world';

export function checkWatches(world: World, ctx: SimContext, events: MissionEvent[]) {
  const watches = world.watches;
  if (watches.length === 0) return;
  // Most ticks no watch fires: the list is replaced only when one does.
  let kept: World['watches'] | null = null;
  for (let i = 0; i < watches.length; i++) {
    const w = watches[i]!;
    if (!watchFires(world, ctx, w)) {
      kept?.push(w);
      continue;
    }
    events.push({ type: 'enteredZone', tick: world.tick, zone: w.zone, actor: w.actor });
    kept ??= watches.slice(0, i);
  }
  if (kept) world.watches = kept;
}

function watchFires(world: World, ctx: SimContext, w: World['watches'][number]): boolean {
  const zone = ctx.zones.get(w.zone);
  if (!zone || zone.map !== world.map) return false;
  const actor = w.actor === PLAYER ? entityById(world, world.player) : npcEntity(world, w.actor);
  return (
    actor?.alive === true && actor.downedUntil === 0 && shapeContains(zone.shape, actor.x, actor.y)
  );
}

function npcEntity(world: World, npc: string): Entity | undefined {
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.npc === npc && e.alive) return e;
  }
  return undefined;
}

export interface InteractTarget {
  id: string;
  kind: 'interactable' | 'injured';
  label: string;
  holdTicks: number;
  entity?: number;
}

/** What the player could use from where they stand now, in script order; injured last. */
export function interactTargets(world: World, ctx: SimContext): InteractTarget[] {
  const player = entityById(world, world.player);
  if (!player?.alive || player.downedUntil !== 0) return [];
  const out: InteractTarget[] = [];
  for (const id of world.enabledInteractables) {
    const it = ctx.interactables.get(id);
    if (!it || it.map !== world.map) continue;
    if (inReach(world, ctx, player, id))
      out.push({ id, kind: 'interactable', label: it.label, holdTicks: it.holdTicks });
  }
  if (world.sceneKind === 'ground') {
    let best: Entity | undefined;
    let bestD = GROUND.injuredRange * GROUND.injuredRange;
    for (const e of world.entities) {
      if (!e.alive || e.map !== world.map || ctx.archetypeOf(e)?.rescue !== true) continue;
      const d2 = (e.x - player.x) * (e.x - player.x) + (e.y - player.y) * (e.y - player.y);
      if (d2 <= bestD) {
        bestD = d2;
        best = e;
      }
    }
    if (best)
      out.push({
        id: `injured-${best.id}`,
        kind: 'injured',
        label: 'Help the injured',
        holdTicks: GROUND.rescueHoldTicks,
        entity: best.id,
      });
  }
  return out;
}

export function inReach(world: World, ctx: SimContext, player: Entity, id: string): boolean {
  const it = ctx.interactables.get(id);
  if (!it || it.map !== world.map) return false;
  if (it.zone !== undefined) {
    const z = ctx.zones.get(it.zone);
    if (z && shapeContains(z.shape, player.x, player.y)) return true;
  }
  if (it.point !== undefined) {
    const p = ctx.point(it.map, it.point);
    const r = it.radius ?? GROUND.interactRange;
    if (p && (p.x - player.x) * (p.x - player.x) + (p.y - player.y) * (p.y - player.y) <= r * r)
      return true;
  }
  return false;
}

export function stepInteraction(world: World, ctx: SimContext, events: MissionEvent[]) {
  if (!world.input.interacting) {
    world.interaction = null;
    return;
  }
  const target = interactTargets(world, ctx)[0];
  if (!target) {
    world.interaction = null;
    return;
  }
  const ticks = world.interaction?.target === target.id ? world.interaction.ticks + 1 : 1;
  if (ticks < target.holdTicks) {
    world.interaction = { target: target.id, ticks };
    return;
  }
  world.interaction = null;
  if (target.kind === 'injured') {
    const e = entityById(world, target.entity ?? 0);
    if (!e) return;
    world.entities = world.entities.filter((x) => x.id !== e.id);
    world.fx.push({ type: 'rescued', x: e.x, y: e.y });
    events.push({ type: 'rescued', tick: world.tick, tags: e.tags });
    return;
  }
  const it = ctx.interactables.get(target.id)!;
  if (it.opens !== undefined && world.barriersUp.includes(it.opens)) {
    world.barriersUp = world.barriersUp.filter((b) => b !== it.opens);
    world.fx.push({ type: 'fieldDown', barrier: it.opens });
  }
  events.push({ type: 'interacted', tick: world.tick, target: target.id });
}

export function hail(world: World, contact: string, events: MissionEvent[]) {
  if (!world.hails.includes(contact)) return;
  world.hails = world.hails.filter((h) => h !== contact);
  events.push({ type: 'hailed', tick: world.tick, contact });
}
