/**
 * Where the objective the player is after is on the current map: the one point the waypoint
 * arrow, the minimap and the automation API (`waypoint` in `window.shutdown.state()`) show.
 * Read off the session like a player reads the tracker; never changes it.
 *
 * While the mission is only offered (the ship has just warped in), the player is already
 * heading for the first objective, so its place is shown. Every objective type with a place
 * has a point: reach and escort (the zone to go to), interact (the target's point or zone),
 * counter (the nearest live target), protect (the NPC). A report is a hail of a contact, and
 * contacts have no place in a mission script, so it has none: the hail prompt leads instead.
 */
import type { Entity } from '../sim/world';
import type { Session } from './Session';

type ZoneShape = NonNullable<ReturnType<Session['ctx']['zones']['get']>>['shape'];

export interface ObjectivePoint {
  x: number;
  y: number;
  /** The entity the point follows (counter, protect), 0 for a place. */
  entity: number;
}

/** The point of a zone a player heads for: its centre, or for an "outside" ring the nearest way out. */
function zonePoint(shape: ZoneShape, from: { x: number; y: number }): { x: number; y: number } {
  if (shape.type === 'rect') return { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 };
  if (shape.type === 'circle') return { x: shape.x, y: shape.y };
  const dx = from.x - shape.x;
  const dy = from.y - shape.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  const r = shape.r + 150;
  if (d < 1) return { x: shape.x + r, y: shape.y };
  return { x: shape.x + (dx / d) * r, y: shape.y + (dy / d) * r };
}

export function objectivePoint(session: Session): ObjectivePoint | null {
  const { world, mission, ctx } = session;
  if (mission.status !== 'active' && mission.status !== 'offered') return null;
  const objective =
    mission.status === 'offered'
      ? ctx.script.steps[0]?.objectives[0]
      : ctx.script.steps[mission.step]?.objectives[mission.objective];
  if (!objective) return null;
  const player = world.entities.find((e) => e.id === world.player);
  const from = player ?? { x: 0, y: 0 };
  const zone = (id: string): ObjectivePoint | null => {
    const z = ctx.zones.get(id);
    if (!z || z.map !== world.map) return null;
    return { ...zonePoint(z.shape, from), entity: 0 };
  };
  const onMap = (e: Entity) => e.alive && e.map === world.map;
  switch (objective.type) {
    case 'reach':
    case 'escort':
      return zone(objective.zone);
    case 'interact': {
      const it = ctx.interactables.get(objective.target);
      if (!it || it.map !== world.map) return null;
      if (it.point !== undefined) {
        const p = ctx.point(it.map, it.point);
        if (p) return { x: p.x, y: p.y, entity: 0 };
      }
      return it.zone !== undefined ? zone(it.zone) : null;
    }
    case 'counter': {
      let best: Entity | null = null;
      let bestD = Infinity;
      for (const e of world.entities) {
        if (!onMap(e) || e.faction === 'player' || !e.tags.includes(objective.tag)) continue;
        const d = (e.x - from.x) * (e.x - from.x) + (e.y - from.y) * (e.y - from.y);
        if (d < bestD) {
          bestD = d;
          best = e;
        }
      }
      return best ? { x: best.x, y: best.y, entity: best.id } : null;
    }
    case 'protect': {
      const npc = world.entities.find((e) => e.npc === objective.npc && onMap(e));
      return npc ? { x: npc.x, y: npc.y, entity: npc.id } : null;
    }
    case 'report':
      return null;
  }
}
