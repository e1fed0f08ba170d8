/** Shapes, containment, line of fire and collision, allocation-free for the hot loops. */
import type { Shape } from '../mission/schema';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Circle {
  x: number;
  y: number;
  r: number;
}

export function shapeContains(s: Shape | Readonly<Shape>, x: number, y: number): boolean {
  switch (s.type) {
    case 'circle': {
      const dx = x - s.x;
      const dy = y - s.y;
      return dx * dx + dy * dy <= s.r * s.r;
    }
    case 'rect':
      return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h;
    case 'outside': {
      const dx = x - s.x;
      const dy = y - s.y;
      return dx * dx + dy * dy >= s.r * s.r;
    }
  }
}

export function shapeCenter(s: Shape | Readonly<Shape>): { x: number; y: number } {
  return s.type === 'rect' ? { x: s.x + s.w / 2, y: s.y + s.h / 2 } : { x: s.x, y: s.y };
}

/**
 * Does the segment (ax,ay)→(bx,by) cross the rectangle? Liang–Barsky clipping, written out
 * without helper closures because it runs thousands of times a tick.
 */
export function segmentHitsRect(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  return segmentHitsBox(ax, ay, bx, by, r.x, r.y, r.w, r.h);
}

/** `segmentHitsRect` for a rectangle given as numbers, so callers need not allocate one. */
export function segmentHitsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x: number,
  y: number,
  w: number,
  h: number,
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // x slabs
  if (dx === 0) {
    if (ax < x || ax > x + w) return false;
  } else {
    let ta = (x - ax) / dx;
    let tb = (x + w - ax) / dx;
    if (ta > tb) {
      const t = ta;
      ta = tb;
      tb = t;
    }
    if (ta > t0) t0 = ta;
    if (tb < t1) t1 = tb;
    if (t0 > t1) return false;
  }
  // y slabs
  if (dy === 0) {
    if (ay < y || ay > y + h) return false;
  } else {
    let ta = (y - ay) / dy;
    let tb = (y + h - ay) / dy;
    if (ta > tb) {
      const t = ta;
      ta = tb;
      tb = t;
    }
    if (ta > t0) t0 = ta;
    if (tb < t1) t1 = tb;
    if (t0 > t1) return false;
  }
  return true;
}

/** Distance from point to segment, squared. */
export function segmentPointDistSq(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len;
  t = t < 0 ? 0 : Math.min(t, 1);
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}

/**
 * Pushes a circle (centre in `pos`, radius r) out of a rectangle; mutates `pos`.
 * Returns true when it had to move.
 */
export function pushOutOfRect(pos: { x: number; y: number }, r: number, rect: Rect): boolean {
  const cx = pos.x < rect.x ? rect.x : Math.min(pos.x, rect.x + rect.w);
  const cy = pos.y < rect.y ? rect.y : Math.min(pos.y, rect.y + rect.h);
  const dx = pos.x - cx;
  const dy = pos.y - cy;
  const d2 = dx * dx + dy * dy;
  if (d2 >= r * r) return false;
  if (d2 > 0) {
    const d = Math.sqrt(d2);
    pos.x = cx + (dx / d) * r;
    pos.y = cy + (dy / d) * r;
    return true;
  }
  // Centre inside the rectangle: leave by the nearest side.
  const left = pos.x - rect.x;
  const right = rect.x + rect.w - pos.x;
  const top = pos.y - rect.y;
  const bottom = rect.y + rect.h - pos.y;
  const m = Math.min(left, right, top, bottom);
  if (m === left) pos.x = rect.x - r;
  else if (m === right) pos.x = rect.x + rect.w + r;
  else if (m === top) pos.y = rect.y - r;
  else pos.y = rect.y + rect.h + r;
  return true;
}

/** Pushes a circle out of another (static) circle; mutates `pos`. */
export function pushOutOfCircle(pos: { x: number; y: number }, r: number, c: Circle): boolean {
  const dx = pos.x - c.x;
  const dy = pos.y - c.y;
  const min = r + c.r;
  const d2 = dx * dx + dy * dy;
  if (d2 >= min * min) return false;
  if (d2 === 0) {
    pos.x = c.x + min;
    return true;
  }
  const d = Math.sqrt(d2);
  pos.x = c.x + (dx / d) * min;
  pos.y = c.y + (dy / d) * min;
  return true;
}
