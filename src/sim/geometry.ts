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

/**
 * `segmentHitsRect` against every rectangle of a list: does the segment cross any of them?
 * The same answer as testing each one (the order does not matter for "any"), but a rectangle
 * whose bounds lie at least CULL_MARGIN beyond the segment's bounding box (grown by `grow`) is
 * skipped without the clipping test: for such a rectangle the test's slab parameters come out
 * strictly outside [0, 1] (coordinates of at most CULL_LIMIT round by far less than the
 * margin), so it would have answered "no". A list holding larger coordinates, or a segment or
 * growth that is not a plain finite number below the limit, tests every rectangle.
 */
export function segmentHitsAnyRect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  rects: readonly Rect[],
): boolean {
  const b = boundsOf(rects);
  if (b === null || !inLimit(ax, ay, bx, by, 0)) {
    for (let i = 0; i < rects.length; i++)
      if (segmentHitsRect(ax, ay, bx, by, rects[i]!)) return true;
    return false;
  }
  const minX = Math.min(ax, bx) - CULL_MARGIN;
  const maxX = Math.max(ax, bx) + CULL_MARGIN;
  const minY = Math.min(ay, by) - CULL_MARGIN;
  const maxY = Math.max(ay, by) + CULL_MARGIN;
  for (let i = 0, j = 0; i < rects.length; i++, j += 4) {
    if (b[j]! > maxX || b[j + 2]! < minX || b[j + 1]! > maxY || b[j + 3]! < minY) continue;
    if (segmentHitsRect(ax, ay, bx, by, rects[i]!)) return true;
  }
  return false;
}

/**
 * `segmentHitsBox` against every rectangle of a list grown by `r` on each side (as
 * `segmentHitsBox(ax, ay, bx, by, x - r, y - r, w + 2 * r, h + 2 * r)` grows it): does the
 * segment cross any? Culled as `segmentHitsAnyRect` is, with the segment's box grown by r too.
 */
export function segmentHitsAnyGrownRect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  rects: readonly Rect[],
  r: number,
): boolean {
  const b = boundsOf(rects);
  if (b === null || !inLimit(ax, ay, bx, by, r)) {
    for (let i = 0; i < rects.length; i++) {
      const w = rects[i]!;
      if (segmentHitsBox(ax, ay, bx, by, w.x - r, w.y - r, w.w + 2 * r, w.h + 2 * r)) return true;
    }
    return false;
  }
  const pad = r + CULL_MARGIN;
  const minX = Math.min(ax, bx) - pad;
  const maxX = Math.max(ax, bx) + pad;
  const minY = Math.min(ay, by) - pad;
  const maxY = Math.max(ay, by) + pad;
  for (let i = 0, j = 0; i < rects.length; i++, j += 4) {
    if (b[j]! > maxX || b[j + 2]! < minX || b[j + 1]! > maxY || b[j + 3]! < minY) continue;
    const w = rects[i]!;
    if (segmentHitsBox(ax, ay, bx, by, w.x - r, w.y - r, w.w + 2 * r, w.h + 2 * r)) return true;
  }
  return false;
}

/** A rectangle is skipped only when it is this far beyond the segment's (grown) box. */
const CULL_MARGIN = 1;
/** Coordinates (and growths) up to this size round by under 1e-9: far below the margin. */
const CULL_LIMIT = 1e6;

/** Are the segment's coordinates and the growth plain numbers within the limit? */
function inLimit(ax: number, ay: number, bx: number, by: number, r: number): boolean {
  // Written so that NaN fails every test.
  return (
    Math.abs(ax) <= CULL_LIMIT &&
    Math.abs(ay) <= CULL_LIMIT &&
    Math.abs(bx) <= CULL_LIMIT &&
    Math.abs(by) <= CULL_LIMIT &&
    r >= 0 &&
    r <= CULL_LIMIT
  );
}

/**
 * Each rectangle's bounds as [minX, minY, maxX, maxY] (four numbers per rectangle, in list
 * order), or null when some rectangle is not made of finite numbers within the limit. Lists
 * are assumed not to change once seen (as for the culled pushes below).
 */
const rectBounds = new WeakMap<readonly Rect[], Float64Array | null>();
let lastBoundsList: readonly Rect[] | null = null;
let lastBounds: Float64Array | null = null;

function boundsOf(rects: readonly Rect[]): Float64Array | null {
  if (rects === lastBoundsList) return lastBounds;
  let b = rectBounds.get(rects);
  if (b === undefined) {
    b = buildBounds(rects);
    rectBounds.set(rects, b);
  }
  lastBoundsList = rects;
  lastBounds = b;
  return b;
}

function buildBounds(rects: readonly Rect[]): Float64Array | null {
  const b = new Float64Array(rects.length * 4);
  for (let i = 0; i < rects.length; i++) {
    const { x, y, w, h } = rects[i]!;
    // The far sides as the clipping test computes them (x + w, y + h).
    const x2 = x + w;
    const y2 = y + h;
    for (const v of [x, y, x2, y2]) if (!(Math.abs(v) <= CULL_LIMIT)) return null;
    b[i * 4] = Math.min(x, x2);
    b[i * 4 + 1] = Math.min(y, y2);
    b[i * 4 + 2] = Math.max(x, x2);
    b[i * 4 + 3] = Math.max(y, y2);
  }
  return b;
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

// ---------------------------------------------------------------- culling
//
// `pushOutOfRects` and `pushOutOfCircles` give exactly the results of pushing against every
// shape of the list in order, but test only the shapes near the body. A shape is skipped only
// when the body is at least 2 units farther away than it could reach; at world scale
// (coordinates below 10^5) rounding is about 10^-11, so a skipped test would certainly have
// answered "no contact". Lists are assumed not to change once seen (map walls, barriers and
// hulls never do; a changed barrier state is a new list).

/**
 * For each cell of a coarse grid, the indices (in list order) of the shapes that a body of
 * radius up to MAX_RADIUS anywhere in the cell could touch.
 */
interface ShapeGrid {
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  cells: number[][];
}

const GRID_CELL = 64;
const MAX_RADIUS = 64;
const grids = new WeakMap<readonly unknown[], ShapeGrid>();

/** The last list asked for: nearly every call asks for the same one as the call before. */
let lastShapes: readonly unknown[] | null = null;
let lastGrid: ShapeGrid | null = null;

function gridOf<T>(shapes: readonly T[], box: (shape: T) => Rect): ShapeGrid {
  if (shapes === lastShapes) return lastGrid!;
  lastShapes = shapes;
  lastGrid = grids.get(shapes) ?? buildGrid(shapes, box);
  return lastGrid;
}

function buildGrid<T>(shapes: readonly T[], box: (shape: T) => Rect): ShapeGrid {
  const pad = MAX_RADIUS + 2;
  const boxes = shapes.map(box);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x - pad);
    minY = Math.min(minY, b.y - pad);
    maxX = Math.max(maxX, b.x + b.w + pad);
    maxY = Math.max(maxY, b.y + b.h + pad);
  }
  const cols = boxes.length === 0 ? 0 : Math.ceil((maxX - minX) / GRID_CELL);
  const rows = boxes.length === 0 ? 0 : Math.ceil((maxY - minY) / GRID_CELL);
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  boxes.forEach((b, i) => {
    // Every cell that overlaps the box grown by `pad` lists the shape: a body in any other
    // cell is out of its reach with 2 units to spare, far more than any rounding.
    const c0 = Math.max(0, Math.floor((b.x - pad - minX) / GRID_CELL));
    const c1 = Math.min(cols - 1, Math.floor((b.x + b.w + pad - minX) / GRID_CELL));
    const r0 = Math.max(0, Math.floor((b.y - pad - minY) / GRID_CELL));
    const r1 = Math.min(rows - 1, Math.floor((b.y + b.h + pad - minY) / GRID_CELL));
    for (let row = r0; row <= r1; row++)
      for (let col = c0; col <= c1; col++) cells[row * cols + col]!.push(i);
  });
  const g = { x0: minX, y0: minY, cols, rows, cells };
  grids.set(shapes, g);
  return g;
}

/**
 * Pushes the body out of each shape in list order, as a plain loop over `push` does, and says
 * whether any shape moved it. Until one of them moves the body, every shape not listed for its
 * cell would have left it in place; after a push the rest of the list is tested from the new
 * position, in order. A larger body, or a position that is not a number, tests every shape.
 */
function pushOutOfAll<T>(
  pos: { x: number; y: number },
  r: number,
  shapes: readonly T[],
  g: ShapeGrid,
  push: (pos: { x: number; y: number }, r: number, shape: T) => boolean,
): boolean {
  let moved = false;
  if (!(r <= MAX_RADIUS)) {
    for (const shape of shapes) if (push(pos, r, shape)) moved = true;
    return moved;
  }
  const col = Math.floor((pos.x - g.x0) / GRID_CELL);
  const row = Math.floor((pos.y - g.y0) / GRID_CELL);
  if (Number.isNaN(col) || Number.isNaN(row)) {
    for (const shape of shapes) if (push(pos, r, shape)) moved = true;
    return moved;
  }
  // Off the grid is beyond every shape's reach (the grid is their boxes grown by more than r).
  if (col < 0 || col >= g.cols || row < 0 || row >= g.rows) return false;
  const near = g.cells[row * g.cols + col]!;
  for (let k = 0; k < near.length; k++) {
    const i = near[k]!;
    if (push(pos, r, shapes[i]!)) {
      for (let j = i + 1; j < shapes.length; j++) push(pos, r, shapes[j]!);
      return true;
    }
  }
  return false;
}

const rectBox = (r: Rect): Rect => r;
const circleBox = (c: Circle): Rect => ({ x: c.x - c.r, y: c.y - c.r, w: 2 * c.r, h: 2 * c.r });

/** `for (const rect of rects) pushOutOfRect(pos, r, rect)`; true when any of them moved it. */
export function pushOutOfRects(
  pos: { x: number; y: number },
  r: number,
  rects: readonly Rect[],
): boolean {
  return pushOutOfAll(pos, r, rects, gridOf(rects, rectBox), pushOutOfRect);
}

/** `for (const c of circles) pushOutOfCircle(pos, r, c)`; true when any of them moved it. */
export function pushOutOfCircles(
  pos: { x: number; y: number },
  r: number,
  circles: readonly Circle[],
): boolean {
  return pushOutOfAll(pos, r, circles, gridOf(circles, circleBox), pushOutOfCircle);
}
