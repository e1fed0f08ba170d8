/**
 * Read-only lookups the systems need, built once from the mission script and map geometry.
 * Derived data, never part of the world state.
 */
import type {
  DeepReadonly,
  Interactable,
  MapData,
  MissionScript,
  Shape,
  SpawnGroup,
} from '../mission/schema';
import { type Archetype, archetypeIndex, resolveArchetypes } from './archetypes';
import type { Rect } from './geometry';
import type { MapGeometry } from './maps';
import type { Entity } from './world';

export interface SimContext {
  script: MissionScript;
  geometry: Readonly<Record<string, MapGeometry>>;
  maps: ReadonlyMap<string, DeepReadonly<MapData>>;
  zones: ReadonlyMap<string, { map: string; shape: DeepReadonly<Shape> }>;
  interactables: ReadonlyMap<string, DeepReadonly<Interactable> & { map: string }>;
  barriers: ReadonlyMap<string, { map: string; rect: Rect; label: string }>;
  spawns: ReadonlyMap<string, DeepReadonly<SpawnGroup>>;
  /** Every archetype by id, resolved once (the player's side included): see archetypes.ts. */
  archetypes: ReadonlyMap<string, Archetype>;
  /**
   * An entity's archetype: `archetypes.get(e.archetype)`, remembered by entity id (the systems
   * ask for it several times per entity and tick). See `archetypeIndex`.
   */
  archetypeOf(e: Entity): Archetype | undefined;
  point(map: string, id: string): { x: number; y: number; angle: number } | undefined;
}

export function createContext(
  script: MissionScript,
  geometry: Record<string, MapGeometry>,
): SimContext {
  const maps = new Map(script.maps.map((m) => [m.id, m]));
  const zones = new Map<string, { map: string; shape: DeepReadonly<Shape> }>();
  const interactables = new Map<string, DeepReadonly<Interactable> & { map: string }>();
  const barriers = new Map<string, { map: string; rect: Rect; label: string }>();
  // By map, then point id: looked up several times a tick (no key string made per lookup).
  const points = new Map<string, Map<string, { x: number; y: number; angle: number }>>();
  for (const m of script.maps) {
    for (const z of m.zones) zones.set(z.id, { map: m.id, shape: z.shape });
    for (const i of m.interactables) interactables.set(i.id, { ...i, map: m.id });
    for (const b of m.barriers) {
      const s = b.shape;
      const rect =
        s.type === 'rect'
          ? { x: s.x, y: s.y, w: s.w, h: s.h }
          : { x: s.x - s.r, y: s.y - s.r, w: 2 * s.r, h: 2 * s.r };
      barriers.set(b.id, { map: m.id, rect, label: b.label });
    }
    const own = points.get(m.id) ?? new Map<string, { x: number; y: number; angle: number }>();
    points.set(m.id, own);
    for (const p of m.points) own.set(p.id, { x: p.x, y: p.y, angle: p.angle ?? 0 });
  }
  const archetypes = resolveArchetypes(script);
  return {
    script,
    // Looked up by map id: without a prototype, a map id like `constructor` finds only its own.
    geometry: Object.assign(Object.create(null), geometry),
    maps,
    zones,
    interactables,
    barriers,
    spawns: new Map(script.spawns.map((s) => [s.id, s])),
    archetypes,
    archetypeOf: archetypeIndex(archetypes),
    point: (map, id) => points.get(map)?.get(id),
  };
}

const shared = new WeakMap<MissionScript, WeakMap<Record<string, MapGeometry>, SimContext>>();

/**
 * The context of a script and its map geometry, made once and shared by every session of that
 * pair (a context is read-only; what it remembers, `archetypeOf`, is checked on every use).
 * Sharing keeps the systems' code fast from run to run: each new context brought new objects
 * and new closures, so the optimised code of the hot systems was thrown away at every session
 * (V8's "wrong map" and "wrong call target" deoptimisations) and a bench of many runs spent
 * its first several runs several times slower.
 */
export function contextFor(
  script: MissionScript,
  geometry: Record<string, MapGeometry>,
): SimContext {
  let byGeometry = shared.get(script);
  if (!byGeometry) {
    byGeometry = new WeakMap();
    shared.set(script, byGeometry);
  }
  let ctx = byGeometry.get(geometry);
  if (!ctx) {
    ctx = createContext(script, geometry);
    byGeometry.set(geometry, ctx);
  }
  return ctx;
}
