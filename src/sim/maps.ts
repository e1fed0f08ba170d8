/**
 * Map geometry from Tiled JSON (.tmj) object layers, read as plain JSON without Phaser:
 * `walls` (rectangles that block movement and fire on the ground), `hull` (ellipses drawn as
 * circles: a space station's collision), `decor` (named shapes only the renderer draws).
 */
import { fail, ok, type Result } from '../core/result';
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

export function parseTiledMap(data: unknown, file = 'map'): Result<MapGeometry, string> {
  if (data === null || typeof data !== 'object') return fail([`${file}: not a Tiled map object`]);
  const m = data as Record<string, unknown>;
  if (m.type !== 'map' || !Array.isArray(m.layers))
    return fail([`${file}: not a Tiled map (type 'map' with layers)`]);
  if (!num(m.width) || !num(m.height) || !num(m.tilewidth) || !num(m.tileheight)) {
    return fail([`${file}: width, height, tilewidth and tileheight must be numbers`]);
  }
  const props = Array.isArray(m.properties)
    ? (m.properties as { name?: unknown; value?: unknown }[])
    : [];
  const prop = (name: string) => {
    const p = props.find((q) => q.name === name);
    return p && num(p.value) ? p.value : 0;
  };
  const geo: MapGeometry = {
    width: m.width * m.tilewidth,
    height: m.height * m.tileheight,
    originX: prop('originX'),
    originY: prop('originY'),
    walls: [],
    hulls: [],
    decor: [],
  };
  const problems: string[] = [];
  (m.layers as { name?: unknown; type?: unknown; objects?: unknown }[]).forEach((layer, li) => {
    if (layer.type !== 'objectgroup') return;
    if (!Array.isArray(layer.objects)) return;
    (layer.objects as TiledObject[]).forEach((o, oi) => {
      if (!num(o.x) || !num(o.y) || !num(o.width) || !num(o.height)) {
        problems.push(
          `${file}: layers[${li}].objects[${oi}]: x, y, width and height must be numbers`,
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
