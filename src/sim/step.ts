/**
 * One simulation tick: apply this tick's commands, run the scene's rules, resolve defeats,
 * zones and interactions. Returns the mission events the tick produced, in order.
 */
import type { MissionEvent } from '../mission/events';
import { GROUND, SPACE } from './balance';
import { applyDamage, resolveDefeats } from './combat';
import type { Command } from './commands';
import type { SimContext } from './context';
import { stepGround } from './ground';
import { checkWatches, hail, stepInteraction } from './interaction';
import { fireTorpedo, nearestHostile, stepSpace } from './space';
import { entityById, isHostile, type World } from './world';

export function stepWorld(
  world: World,
  ctx: SimContext,
  commands: readonly Command[],
  /** Where the events go (appended); a new list when not given. */
  events: MissionEvent[] = [],
): MissionEvent[] {
  world.tick += 1;
  // Last tick's list is handed on as it is (the host copies it out); an empty one is kept.
  if (world.fx.length !== 0) world.fx = [];
  for (let i = 0; i < commands.length; i++) applyCommand(world, commands[i]!, events);
  if (world.sceneKind === 'space') stepSpace(world, ctx);
  else stepGround(world, ctx);
  resolveDefeats(world, ctx, events);
  checkWatches(world, ctx, events);
  stepInteraction(world, ctx, events);
  return events;
}

function applyCommand(world: World, c: Command, events: MissionEvent[]) {
  const input = world.input;
  switch (c.type) {
    case 'throttle':
      input.throttle = c.value;
      break;
    case 'turn':
      input.turn = c.value;
      break;
    case 'fullImpulse':
      input.fullImpulse = c.on;
      break;
    case 'move':
      input.moveX = c.x;
      input.moveY = c.y;
      break;
    case 'aim':
      input.aimX = c.x;
      input.aimY = c.y;
      input.aiming = true;
      break;
    case 'clearAim':
      input.aiming = false;
      break;
    case 'fire':
      input.firing = c.on;
      break;
    case 'interact':
      input.interacting = c.on;
      break;
    case 'torpedo':
      if (world.sceneKind === 'space') fireTorpedo(world);
      break;
    case 'ability':
      useAbility(world, c.slot);
      break;
    case 'target': {
      const self = entityById(world, world.player);
      const t = entityById(world, c.id);
      if (self && (c.id === 0 || (t?.alive && t.map === world.map))) self.target = c.id;
      break;
    }
    case 'cycleTarget':
      cycleTarget(world);
      break;
    case 'hail':
      hail(world, c.contact, events);
      break;
    case 'accept':
      break;
  }
}

/** Tab: the next hostile by distance after the current one. */
function cycleTarget(world: World) {
  const self = entityById(world, world.player);
  if (!self) return;
  const list = world.entities
    .filter((e) => e.alive && e.map === world.map && isHostile(self, e) && e.downedUntil === 0)
    .map((e) => ({ e, d: (e.x - self.x) * (e.x - self.x) + (e.y - self.y) * (e.y - self.y) }))
    .sort((a, b) => a.d - b.d || a.e.id - b.e.id);
  if (list.length === 0) return;
  const at = list.findIndex((x) => x.e.id === self.target);
  self.target = list[(at + 1) % list.length]!.e.id;
}

/** Four slots in every scene (keys 1–4): what the controls, the action bar and the README promise. */
export const ABILITIES = {
  space: ['epts', 'hazard', 'evasive', 'tactical-team'],
  ground: ['grenade', 'recharge', 'medic', 'team-order'],
} as const;

function useAbility(world: World, slot: number) {
  const id = ABILITIES[world.sceneKind][slot - 1];
  const self = entityById(world, world.player);
  if (!id || !self?.alive || self.downedUntil !== 0) return;
  let a = world.abilities.find((x) => x.id === id);
  if (!a) {
    a = { id, readyAt: 0, activeUntil: 0 };
    world.abilities.push(a);
  }
  if (world.tick < a.readyAt) return;
  switch (id) {
    case 'epts':
      a.activeUntil = world.tick + SPACE.epts.duration;
      a.readyAt = world.tick + SPACE.epts.cooldown;
      break;
    case 'hazard':
      a.activeUntil = world.tick + SPACE.hazard.duration;
      a.readyAt = world.tick + SPACE.hazard.cooldown;
      break;
    case 'evasive':
      a.activeUntil = world.tick + SPACE.evasive.duration;
      a.readyAt = world.tick + SPACE.evasive.cooldown;
      break;
    case 'grenade': {
      const g = GROUND.grenade;
      const t = entityById(world, self.target) ?? nearestHostile(world, self, g.range);
      if (!t?.alive || !isHostile(self, t)) return;
      if ((t.x - self.x) * (t.x - self.x) + (t.y - self.y) * (t.y - self.y) > g.range * g.range)
        return;
      a.readyAt = world.tick + g.cooldown;
      world.fx.push({ type: 'explosion', x: t.x, y: t.y, size: 1 });
      for (const e of world.entities) {
        if (!e.alive || e.map !== world.map || !isHostile(self, e)) continue;
        if ((e.x - t.x) * (e.x - t.x) + (e.y - t.y) * (e.y - t.y) <= g.radius * g.radius) {
          applyDamage(world, self, e, {
            amount: g.damage,
            shieldFactor: 1,
            fromX: t.x,
            fromY: t.y,
          });
        }
      }
      break;
    }
    case 'tactical-team': {
      // Even out the facings, plus a little on each.
      let sum = 0;
      for (let i = 0; i < self.shields.length; i++) sum += self.shields[i]!;
      const each = Math.min(
        self.shieldMax,
        sum / self.shields.length + self.shieldMax * SPACE.tacticalTeam.bonus,
      );
      for (let i = 0; i < self.shields.length; i++) self.shields[i] = each;
      a.readyAt = world.tick + SPACE.tacticalTeam.cooldown;
      break;
    }
    case 'team-order': {
      // The away team uses its abilities on the captain's target, each officer who can see it.
      const t = entityById(world, self.target);
      if (!t?.alive || t.downedUntil !== 0 || !isHostile(self, t)) return;
      let used = false;
      for (const o of world.entities) {
        if (o.archetype !== 'bridge-officer' || !o.alive || o.downedUntil !== 0) continue;
        if (o.map !== world.map) continue;
        used = true;
        world.fx.push({ type: 'ability', who: o.id, ability: 'team-order' });
        applyDamage(world, o, t, {
          amount: GROUND.teamOrder.damage,
          shieldFactor: 1,
          fromX: o.x,
          fromY: o.y,
        });
      }
      if (!used) return;
      a.readyAt = world.tick + GROUND.teamOrder.cooldown;
      break;
    }
    case 'recharge':
      self.shields = [Math.min(self.shieldMax, (self.shields[0] ?? 0) + GROUND.recharge.amount)];
      a.readyAt = world.tick + GROUND.recharge.cooldown;
      break;
    case 'medic':
      self.hull = Math.min(self.hullMax, self.hull + GROUND.medic.amount);
      a.readyAt = world.tick + GROUND.medic.cooldown;
      break;
  }
  world.fx.push({ type: 'ability', who: self.id, ability: id });
}
