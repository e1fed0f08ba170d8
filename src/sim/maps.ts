/**
 * Map geometry from Tiled JSON (.tmj) object layers, read as plain JSON without Phaser:
 * `walls` (rectangles that block movement and fire on the ground), `hull` (ellipses drawn as
 * circles: a space station's collision), `decor` (named shapes only the renderer draws).
 *
 * A map the simulation could not run is refused here, before it gets that far: too many
 * objects (every wall is tested each tick, and spread into argument lists), or too large an
 * area (a ground map's navigation grid is built in memory). The limits are in
 * `mission/limits.ts`.
 */
import { fail, ok, type Result } from '../core/result';
import { LIMITS } from '../mission/limits';
import type { Circle, Rect } from './geometry';

export interface DecorShape extends Rect {
  name: string;
  type: string;
  ellipse: boolean;
}

export interface MapGeometry {
  width: number;
  height: number;
  originX: number;
  originY: number;
  walls: (Rect & { name: string; type: string })[];
  hulls: (Circle & { name: string })[];
  decor: DecorShape[];
}

interface TiledObject {
  name?: unknown;
  type?: unknown;
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
  ellipse?: unknown;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const size = (v: unknown): v is number => num(v) && Number.isInteger(v) && v > 0;

/**
 * Problems are `FILE: PATH: message` lines. `kind` is the map's kind in the mission script
 * when known: ground maps have a smaller size limit.
 */
export function parseTiledMap(
  data: unknown,
  file = 'map',
  kind?: 'space' | 'ground',
): Result<MapGeometry, string> {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail([`${file}: $: not a Tiled map object`]);
  const m = data as Record<string, unknown>;
  if (m.type !== 'map' || !Array.isArray(m.layers))
    return fail([`${file}: $: not a Tiled map (type 'map' with layers)`]);
  if (!size(m.width) || !size(m.height) || !size(m.tilewidth) || !size(m.tileheight)) {
    return fail([`${file}: $: width, height, tilewidth and tileheight must be positive integers`]);
  }
  const extent = kind === 'ground' ? LIMITS.groundMapPixels : LIMITS.mapPixels;
  const w = m.width * m.tilewidth;
  const h = m.height * m.tileheight;
  if (w > extent || h > extent) {
    return fail([
      `${file}: $: the map is ${w} × ${h} pixels; a ${kind === 'ground' ? 'ground map' : 'map'} may be at most ${extent} pixels wide and high`,
    ]);
  }
  if (m.layers.length > LIMITS.mapLayers) {
    return fail([
      `${file}: $.layers: has ${m.layers.length} layers; a map may have at most ${LIMITS.mapLayers}`,
    ]);
  }
  const objects = (m.layers as unknown[]).reduce<number>((n, layer) => {
    const list =
      layer !== null && typeof layer === 'object'
        ? (layer as { objects?: unknown }).objects
        : undefined;
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
  if (objects > LIMITS.mapObjects) {
    return fail([
      `${file}: $.layers: holds ${objects} objects; a map may have at most ${LIMITS.mapObjects} (walls, hull and decor together)`,
    ]);
  }
  const props = Array.isArray(m.properties)
    ? (m.properties as { name?: unknown; value?: unknown }[])
    : [];
  const prop = (name: string) => {
    const p = props.find((q) => q !== null && typeof q === 'object' && q.name === name);
    return p && num(p.value) ? p.value : 0;
  };
  const geo: MapGeometry = {
    width: w,
    height: h,
    originX: prop('originX'),
    originY: prop('originY'),
    walls: [],
    hulls: [],
    decor: [],
  };
  const problems: string[] = [];
  (m.layers as { name?: unknown; type?: unknown; objects?: unknown }[]).forEach((layer, li) => {
    if (layer === null || typeof layer !== 'object' || layer.type !== 'objectgroup') return;
    if (!Array.isArray(layer.objects)) return;
    (layer.objects as TiledObject[]).forEach((o, oi) => {
      if (
        o === null ||
        typeof o !== 'object' ||
        !num(o.x) ||
        !num(o.y) ||
        !num(o.width) ||
        !num(o.height)
      ) {
        problems.push(
          `${file}: $.layers[${li}].objects[${oi}]: x, y, width and height must be numbers`,
        );
        return;
      }
      const name = typeof o.name === 'string' ? o.name : '';
      const type = typeof o.type === 'string' ? o.type : '';
      if (layer.name === 'walls')
        geo.walls.push({ name, type, x: o.x, y: o.y, w: o.width, h: o.height });
      else if (layer.name === 'hull') {
        geo.hulls.push({ name, x: o.x + o.width / 2, y: o.y + o.height / 2, r: o.width / 2 });
      } else if (layer.name === 'decor') {
        geo.decor.push({
          name,
          type,
          x: o.x,
          y: o.y,
          w: o.width,
          h: o.height,
          ellipse: o.ellipse === true,
        });
      }
    });
  });
  return problems.length > 0 ? fail(problems) : ok(geo);
}
